import { sql } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { UserAccountRow, UserAccountTable } from '../db/schema/user_account'

export function findAccountByName(db: Db, name: string): Promise<UserAccountRow | undefined> {
  return db.selectFrom('user_account').selectAll().where(sql<boolean>`name = ${name} collate nocase`).executeTakeFirst()
}

export function findAccountById(db: Db, id: string): Promise<UserAccountRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listAccounts(db: Db): Promise<UserAccountRow[]> {
  return db.selectFrom('user_account').selectAll().orderBy('created_at').orderBy('name').execute()
}

export async function countAccounts(db: Db, only: { active?: true; role?: UserAccountRow['role'] } = {}): Promise<number> {
  let q = db.selectFrom('user_account').select((eb) => eb.fn.countAll<number>().as('n'))
  if (only.active) q = q.where('active', '=', 1)
  if (only.role) q = q.where('role', '=', only.role)
  return (await q.executeTakeFirstOrThrow()).n
}

export async function insertAccount(trx: Trx, row: UserAccountTable): Promise<void> {
  await trx.insertInto('user_account').values(row).execute()
}

export async function updateAccount(
  trx: Trx,
  id: string,
  changes: Partial<Pick<UserAccountTable, 'password_hash' | 'active' | 'failed_logins' | 'locked_until' | 'updated_at'>>,
): Promise<void> {
  await trx.updateTable('user_account').set(changes).where('id', '=', id).execute()
}

/** One more wrong password, counted in the database so concurrent logins (two tabs, a script) cannot undercount. */
export async function countFailedLogin(trx: Trx, id: string, at: string): Promise<number> {
  const row = await trx
    .updateTable('user_account')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow()
  return row.failed_logins
}

export function readAccountSetting(db: Db) {
  return db.selectFrom('account_setting').selectAll().where('id', '=', 1).executeTakeFirst()
}

export async function writeAccountSetting(trx: Trx, idleLockMinutes: number, at: string, by: string): Promise<void> {
  const row = { id: 1, idle_lock_minutes: idleLockMinutes, updated_at: at, updated_by: by }
  await trx
    .insertInto('account_setting')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ idle_lock_minutes: idleLockMinutes, updated_at: at, updated_by: by }))
    .execute()
}
