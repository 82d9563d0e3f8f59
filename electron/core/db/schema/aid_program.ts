import type { Selectable } from 'kysely'

/** One version of an aid program; definition_json is the engine's AidProgram, validated on every read. */
export interface AidProgramTable {
  id: string
  code: string
  name: string
  year: number
  version: number
  kind: 'fixed' | 'graded' | 'table' | 'medical' | 'in_kind'
  budget_fen: number
  cap_group: string | null
  definition_json: string
  is_current: 0 | 1
  created_at: string
  created_by: string
  updated_at: string
}
export type AidProgramRow = Selectable<AidProgramTable>
export interface PartialDB {
  aid_program: AidProgramTable
}
