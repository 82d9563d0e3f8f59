import type { Selectable } from 'kysely'

/** Present (one row, id 'self') while the database holds demo data; see migration 0120. */
export interface DemoMarkerTable {
  id: 'self'
  loaded_at: string
  seed: number
  members: number
  /** Row counts of the record tables right after the load: { member: 2000, org: 5, … }. */
  counts_json: string
}
export type DemoMarkerRow = Selectable<DemoMarkerTable>
export interface PartialDB {
  demo_marker: DemoMarkerTable
}
