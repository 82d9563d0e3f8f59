import type { Selectable } from 'kysely'

/** Who did what to an application and when (录入, 提交, 审核通过, 退回, 批准, 发放, 不予发放 …). */
export interface AidApplicationEventTable {
  id: string
  application_id: string
  action: string
  operator: string
  date: string | null
  note: string | null
  at: string
}
export type AidApplicationEventRow = Selectable<AidApplicationEventTable>
export interface PartialDB {
  aid_application_event: AidApplicationEventTable
}
