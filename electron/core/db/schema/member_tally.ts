import type { Selectable } from 'kysely'

/** Trigger-maintained head counts of member by the list's equality filters (migration 0005); never written by code. */
export interface MemberTallyTable {
  org_id: string
  status: string
  /** '' for unknown. */
  gender: string
  is_migrant: 0 | 1
  /** '' for none. */
  new_form_type: string
  n: number
}
export type MemberTallyRow = Selectable<MemberTallyTable>
export interface PartialDB {
  member_tally: MemberTallyTable
}
