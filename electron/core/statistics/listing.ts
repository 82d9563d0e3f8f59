import type { SelectQueryBuilder } from 'kysely'
import type { ReportRecordKind } from '../../../shared/contract/reports'
import { totalOf } from '../db/sql-helpers'

/** The columns every drill-down query selects, whatever the record. */
export interface RecordRow {
  id: string
  title: string
  id_number: string | null
  detail: string | null
  org_id: string | null
  date: string | null
  member_id: string | null
}

/** A figure's records: how many, and one page of them. */
export interface Listing {
  kind: ReportRecordKind
  total(): Promise<number>
  page(limit: number, offset: number): Promise<RecordRow[]>
}

export function listing<DB, TB extends keyof DB, O extends RecordRow>(kind: ReportRecordKind, q: SelectQueryBuilder<DB, TB, O>): Listing {
  return { kind, total: () => totalOf(q), page: (limit, offset) => q.limit(limit).offset(offset).execute() }
}
