import type { Selectable } from 'kysely'

/** A local account: who may sign in, with which role; the password only as a scrypt hash. */
export interface UserAccountTable {
  id: string
  name: string
  role: 'admin' | 'clerk' | 'reviewer' | 'viewer'
  /** scrypt$N$r$p$salt$hash (base64), so the cost can be raised later without breaking old hashes. */
  password_hash: string
  active: 0 | 1
  /** Wrong passwords in a row; the fifth locks the account. */
  failed_logins: number
  locked_until: string | null
  created_at: string
  updated_at: string
}
export type UserAccountRow = Selectable<UserAccountTable>
export interface PartialDB {
  user_account: UserAccountTable
}
