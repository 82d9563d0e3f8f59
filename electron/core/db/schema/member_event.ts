import type { Selectable } from 'kysely'

export type MemberEventTypeColumn = 'join' | 'transfer_in' | 'retain' | 'transfer_out' | 'expel' | 'withdraw'

/** 会籍变化 history; org_id is the union the event happened at. A voided event (更正) stays, marked, and no longer counts. */
export interface MemberEventTable {
  id: string
  member_id: string
  org_id: string
  type: MemberEventTypeColumn
  /** Null when the source did not say (a roster imported without a join-date column). */
  date: string | null
  reason: string | null
  operator: string
  created_at: string
  /** 转出: the union of this office it went to, or to_text for one outside. */
  to_org_id: string | null
  to_text: string | null
  voided_at: string | null
  voided_by: string | null
  void_reason: string | null
}
export type MemberEventRow = Selectable<MemberEventTable>
export interface PartialDB {
  member_event: MemberEventTable
}
