import type { Selectable } from 'kysely'

/** The clerk's header → field choices, remembered for the next import. field null = ignore the column. */
export interface MemberImportMappingTable {
  header: string
  field: string | null
  updated_at: string
}
export type MemberImportMappingRow = Selectable<MemberImportMappingTable>
export interface PartialDB {
  member_import_mapping: MemberImportMappingTable
}
