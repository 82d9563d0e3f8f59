import type { Selectable } from 'kysely'

/** Aid and hardship settings, one JSON value per key (dibaoLineFen, separationOfDuties, noticeDays). */
export interface AidSettingTable {
  key: string
  value_json: string
  updated_at: string
  updated_by: string
}
export type AidSettingRow = Selectable<AidSettingTable>
export interface PartialDB {
  aid_setting: AidSettingTable
}
