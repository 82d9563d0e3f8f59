import type { Selectable } from 'kysely'

/** Sign-in settings: one row (id 1) once an administrator has saved them; defaults until then. */
export interface AccountSettingTable {
  id: number
  idle_lock_minutes: number
  updated_at: string
  updated_by: string
}
export type AccountSettingRow = Selectable<AccountSettingTable>
export interface PartialDB {
  account_setting: AccountSettingTable
}
