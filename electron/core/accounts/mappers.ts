import type { AccountSummary } from '../../../shared/contract/accounts'
import { roleNames } from '../../../shared/contract/auth'
import type { UserAccountRow } from '../db/schema/user_account'

export function toAccountSummary(row: UserAccountRow, now: string): AccountSummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    roleName: roleNames[row.role],
    active: row.active === 1,
    lockedUntil: row.locked_until !== null && row.locked_until > now ? row.locked_until : null,
    createdAt: row.created_at,
  }
}
