import type { Generated, Selectable } from 'kysely'

/** The federation's merged register: one row per member per originating office (migration 0131). */
export interface FederationMemberTable {
  office_id: string
  member_id: string
  org_key: string
  name: string
  name_pinyin: string
  id_number: string
  gender: '男' | '女' | null
  birth_date: string | null
  status: string
  is_migrant: 0 | 1
  new_form_type: string | null
  employer_name: string | null
  /** Migration 0132: the ID number's last four characters, computed by the database (never written). */
  id_tail: Generated<string>
}
export type FederationMemberRow = Selectable<FederationMemberTable>
export interface PartialDB {
  federation_member: FederationMemberTable
}
