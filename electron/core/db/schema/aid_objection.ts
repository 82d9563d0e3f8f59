import type { Selectable } from 'kysely'

/** 异议 raised during a batch's 公示; an open one blocks 批准. */
export interface AidObjectionTable {
  id: string
  batch_id: string
  application_id: string | null
  date: string
  raised_by: string | null
  content: string
  resolution: string | null
  resolved_on: string | null
  resolved_by: string | null
  recorded_by: string
  created_at: string
}
export type AidObjectionRow = Selectable<AidObjectionTable>
export interface PartialDB {
  aid_objection: AidObjectionTable
}
