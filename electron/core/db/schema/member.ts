import type { Selectable } from 'kysely'

export type MemberStatusColumn = 'active' | 'retained' | 'transferred_out' | 'expelled' | 'withdrawn'

/** One row per person in this office; id_number is normalised; the last four columns exist for search indexes. */
export interface MemberTable {
  id: string
  org_id: string
  enterprise_id: string | null
  name: string
  id_number: string
  id_kind: 'resident' | 'hkmo' | 'taiwan' | 'foreign' | 'other'
  gender: '男' | '女' | null
  birth_date: string | null
  ethnicity: string | null
  employment_status: string | null
  education: string | null
  skill_level: string | null
  phone: string | null
  hukou_type: string | null
  hukou_place: string | null
  political_status: string | null
  employer_name: string | null
  native_place: string | null
  is_migrant: 0 | 1
  new_form_type: string | null
  bank_name: string | null
  bank_account: string | null
  notes: string | null
  status: MemberStatusColumn
  name_rest: string
  name_pinyin: string
  name_initials: string
  id_reversed: string
  /** The name without dots or spaces (shared/members/name-keys.ts). */
  name_key: string
  /** The part after the first dot, or after a two-character 复姓; else null. */
  name_given: string | null
  created_at: string
  updated_at: string
}
export type MemberRow = Selectable<MemberTable>
export interface PartialDB {
  member: MemberTable
}
