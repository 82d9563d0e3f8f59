import type { Selectable } from 'kysely'

/** The office's own profile (本单位信息): exactly one row, id 'self'. */
export interface ProfileTable {
  id: 'self'
  name: string
  level: string
  credit_code: string | null
  parent_name: string | null
  address: string | null
  contact_person: string | null
  contact_phone: string | null
  chairman: string | null
  updated_at: string
}
export type ProfileRow = Selectable<ProfileTable>
export interface PartialDB {
  profile: ProfileTable
}
