import type { Selectable } from 'kysely'

/** 冲突清单: one ID number active (在会/保留) in two offices, for a person at the federation to resolve. */
export interface ExchangeConflictTable {
  id: string
  id_number: string
  first_office_id: string
  first_member_id: string
  second_office_id: string
  second_member_id: string
  detected_at: string
  state: 'open' | 'kept_one' | 'kept_both'
  kept_office_id: string | null
  note: string | null
  resolved_at: string | null
  resolved_by: string | null
}
export type ExchangeConflictRow = Selectable<ExchangeConflictTable>
export interface PartialDB {
  exchange_conflict: ExchangeConflictTable
}
