import type { Selectable } from 'kysely'

/** An enterprise's workers' congress (职代会): whether it is set up, its rules, its current term. Flags are 0/1. */
export interface CongressTable {
  id: string
  enterprise_id: string
  established: number
  rules_on_file: number
  term_start: string | null
  term_end: string | null
  created_at: string
  updated_at: string
}
export type CongressRow = Selectable<CongressTable>
export interface PartialDB {
  congress: CongressTable
}
