import type { Selectable } from 'kysely'

/** A grassroots union under this office (基层工会); merged/dissolved ones stay for history. */
export interface OrgTable {
  id: string
  name: string
  credit_code: string | null
  type: string
  parent_id: string | null
  founded_on: string | null
  chairman: string | null
  contact_person: string | null
  contact_phone: string | null
  address: string | null
  status: 'active' | 'merged' | 'dissolved'
  merged_into: string | null
  dissolved_on: string | null
  created_at: string
  updated_at: string
}
export type OrgRow = Selectable<OrgTable>
export interface PartialDB {
  org: OrgTable
}
