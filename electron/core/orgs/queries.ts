import { sql } from 'kysely'
import { countAll } from '../db/sql-helpers'
import type { Db, Trx } from '../db/schema/index'
import type { EnterpriseTable } from '../db/schema/enterprise'
import type { OrgTable } from '../db/schema/org'

export function listOrgRows(db: Db, includeInactive: boolean) {
  let q = db.selectFrom('org').selectAll().orderBy('name')
  if (!includeInactive) q = q.where('status', '=', 'active')
  return q.execute()
}

export function getOrgRow(db: Db, id: string) {
  return db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Register counts per union over 在会/保留 members. They come from member_tally (kept by triggers), so listing 250
 * unions over 200,000 members sums a few thousand tally rows instead of scanning the register.
 */
export async function orgCounts(db: Db, orgId?: string) {
  let q = db
    .selectFrom('member_tally')
    .select([
      'org_id',
      sql<number>`sum(n)`.as('members'),
      sql<number>`sum(case when gender = '女' then n else 0 end)`.as('women'),
      sql<number>`sum(case when is_migrant = 1 then n else 0 end)`.as('migrant'),
      sql<number>`sum(case when new_form_type <> '' then n else 0 end)`.as('new_form'),
      sql<number>`sum(case when status = 'active' then n else 0 end)`.as('active'),
    ])
    .where('status', 'in', ['active', 'retained'])
    .groupBy('org_id')
  if (orgId) q = q.where('org_id', '=', orgId)
  return q.execute()
}

export function enterpriseCounts(db: Db) {
  return db.selectFrom('enterprise').select(['org_id', countAll().as('n')]).groupBy('org_id').execute()
}

export function enterprisesOf(db: Db, orgId: string) {
  return db.selectFrom('enterprise').selectAll().where('org_id', '=', orgId).orderBy('name').execute()
}

export async function insertOrg(trx: Trx, row: OrgTable): Promise<void> {
  await trx.insertInto('org').values(row).execute()
}

export async function updateOrg(trx: Trx, id: string, changes: Partial<OrgTable>): Promise<void> {
  await trx.updateTable('org').set(changes).where('id', '=', id).execute()
}

export async function upsertEnterprises(trx: Trx, rows: EnterpriseTable[]): Promise<void> {
  for (const row of rows) {
    const { id: _id, ...changes } = row
    await trx.insertInto('enterprise').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute()
  }
}

export async function deleteEnterprises(trx: Trx, ids: string[]): Promise<void> {
  if (ids.length) await trx.deleteFrom('enterprise').where('id', 'in', ids).execute()
}

export async function membersUsingEnterprises(db: Db, ids: string[]): Promise<number> {
  if (!ids.length) return 0
  const r = await db.selectFrom('member').select(countAll().as('n')).where('enterprise_id', 'in', ids).executeTakeFirstOrThrow()
  return r.n
}

export async function moveOrgContents(trx: Trx, fromId: string, intoId: string, now: string) {
  const members = await trx.updateTable('member').set({ org_id: intoId, updated_at: now }).where('org_id', '=', fromId).executeTakeFirst()
  const enterprises = await trx.updateTable('enterprise').set({ org_id: intoId }).where('org_id', '=', fromId).executeTakeFirst()
  await trx.updateTable('org').set({ parent_id: intoId, updated_at: now }).where('parent_id', '=', fromId).execute()
  return { members: Number(members.numUpdatedRows), enterprises: Number(enterprises.numUpdatedRows) }
}
