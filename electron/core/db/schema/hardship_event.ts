import type { Selectable } from 'kysely'

/** One lifecycle step of a household file, dated, with who recorded it. */
export interface HardshipEventTable {
  id: string
  file_id: string
  step: string
  date: string
  operator: string
  note: string | null
  at: string
}
export type HardshipEventRow = Selectable<HardshipEventTable>
export interface PartialDB {
  hardship_event: HardshipEventTable
}
