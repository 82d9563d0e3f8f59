import type { Selectable } from 'kysely'

export type MemberEventTypeColumn = 'join' | 'transfer_in' | 'retain' | 'transfer_out' | 'expel' | 'withdraw'

/** 会籍变化 history; org_id is the union the event happened at. */
export interface MemberEventTable {
  id: string
  member_id: string
  org_id: string
  type: MemberEventTypeColumn
  date: string
  reason: string | null
  operator: string
  created_at: string
}
export type MemberEventRow = Selectable<MemberEventTable>
export interface PartialDB {
  member_event: MemberEventTable
}
