import type { Db, Trx } from '../db/schema/index'
import type { ProfileTable } from '../db/schema/profile'

export function getProfileRow(db: Db) {
  return db.selectFrom('profile').selectAll().where('id', '=', 'self').executeTakeFirst()
}

export async function upsertProfile(trx: Trx, row: ProfileTable): Promise<void> {
  const { id: _id, ...changes } = row
  await trx.insertInto('profile').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute()
}
