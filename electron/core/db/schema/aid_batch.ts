import type { Selectable } from 'kysely'

/** 发放批次: approved applications of one program, published (公示), approved (批准) and paid together. */
export interface AidBatchTable {
  id: string
  title: string
  program_id: string
  status: 'draft' | 'notice' | 'approved' | 'paid'
  notice_start: string | null
  notice_end: string | null
  notice_days: number | null
  earliest_approval: string | null
  approved_on: string | null
  approved_by: string | null
  created_at: string
  created_by: string
}
export type AidBatchRow = Selectable<AidBatchTable>
export interface PartialDB {
  aid_batch: AidBatchTable
}
