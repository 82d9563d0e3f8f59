import type { Selectable } from 'kysely'

/** A package this federation merged, with what it did; a replay adds no row. */
export interface ExchangeInboundTable {
  office_id: string
  sequence: number
  kind: 'full' | 'incremental'
  base_sequence: number
  package_created_at: string
  imported_at: string
  imported_by: string
  payload_hash: string
  row_counts_json: string
  inserted: number
  updated: number
  deleted: number
  conflicts: number
  receipt_file: string | null
  /** The sender's audit-trail head the package vouched for (migration 0133): its last row's number and hash. */
  audit_rows: number | null
  audit_hash: string | null
}
export type ExchangeInboundRow = Selectable<ExchangeInboundTable>
export interface PartialDB {
  exchange_inbound: ExchangeInboundTable
}
