import type { AccountSettings } from '../../../shared/contract/accounts'
import type { Db } from '../db/schema/index'
import { readAccountSetting } from './queries'

export const defaultIdleLockMinutes = 15

export async function accountSettings(db: Db): Promise<AccountSettings> {
  const row = await readAccountSetting(db)
  return {
    idleLockMinutes: row?.idle_lock_minutes ?? defaultIdleLockMinutes,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  }
}
