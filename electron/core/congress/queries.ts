import { sql } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { CongressTable } from '../db/schema/congress'
import type { CongressRepresentativeTable } from '../db/schema/congress_representative'
import type { CongressSessionTable } from '../db/schema/congress_session'
import { countAll, startsWith } from '../db/sql-helpers'

/** Members who count in the workforce's make-up: 在会 and 保留, as the union's own counts do. */
const COUNTED_STATUSES = ['active', 'retained'] as const

function enterprisesWithCongress(db: Db) {
  return db
    .selectFrom('enterprise as e')
    .innerJoin('org as o', 'o.id', 'e.org_id')
    .leftJoin('congress as c', 'c.enterprise_id', 'e.id')
    .select(['e.id as enterprise_id', 'e.name as enterprise_name', 'e.org_id', 'e.economic_type', 'o.name as org_name'])
    .select(['c.id as congress_id', 'c.established', 'c.rules_on_file', 'c.term_start', 'c.term_end', 'c.updated_at'])
}
export type EnterpriseCongressRow = Awaited<ReturnType<ReturnType<typeof enterprisesWithCongress>['executeTakeFirstOrThrow']>>

export function enterpriseCongress(db: Db, enterpriseId: string) {
  return enterprisesWithCongress(db).where('e.id', '=', enterpriseId).executeTakeFirst()
}

/** Every enterprise of the register with this exact name (names are unique only within a union). */
export function enterpriseCongressByName(db: Db, name: string) {
  return enterprisesWithCongress(db).where('e.name', '=', name).orderBy('o.name').execute()
}

/** A page of the register by enterprise name (index enterprise_name), each with its congress if one is recorded. */
export async function enterpriseCongressPage(db: Db, p: { q: string | null; termEndBy?: string | undefined; offset: number; limit: number }) {
  const match = p.q ? startsWith('e.name', p.q) : sql<boolean>`1`
  // Issue 16: established congresses whose term has ended or ends by termEndBy.
  const ending = p.termEndBy === undefined ? sql<boolean>`1` : sql<boolean>`(c.established = 1 and c.term_end <= ${p.termEndBy})`
  const items = await enterprisesWithCongress(db).where(match).where(ending).orderBy('e.name').orderBy('e.id').limit(p.limit).offset(p.offset).execute()
  const total = await db
    .selectFrom('enterprise as e')
    .leftJoin('congress as c', 'c.enterprise_id', 'e.id')
    .select(countAll().as('n'))
    .where(match)
    .where(ending)
    .executeTakeFirstOrThrow()
  return { items, total: total.n }
}

export function representativesOf(db: Db, congressIds: readonly string[]) {
  if (!congressIds.length) return Promise.resolve([])
  return db.selectFrom('congress_representative').selectAll().where('congress_id', 'in', congressIds).orderBy('congress_id').orderBy('seq').execute()
}

export function sessionsOf(db: Db, congressIds: readonly string[]) {
  if (!congressIds.length) return Promise.resolve([])
  return db.selectFrom('congress_session').selectAll().where('congress_id', 'in', congressIds).orderBy('congress_id').orderBy('seq').execute()
}

/** Each roster's size and make-up, counted by SQLite: the checks need no names, and a page of 500 rosters is 20,000 rows. */
export function rosterCountsOf(db: Db, congressIds: readonly string[]) {
  if (!congressIds.length) return Promise.resolve([])
  return db
    .selectFrom('congress_representative')
    .select([
      'congress_id',
      countAll().as('total'),
      sql<number>`sum(category = '一线职工')`.as('frontline'),
      sql<number>`sum(category = '中层以上管理人员和领导人员')`.as('managers'),
      sql<number>`sum(gender = '女')`.as('women'),
    ])
    .where('congress_id', 'in', congressIds)
    .groupBy('congress_id')
    .execute()
}

/** Women and all members with a known gender, per enterprise (index member_enterprise). */
export function womenByEnterprise(db: Db, enterpriseIds: readonly string[]) {
  if (!enterpriseIds.length) return Promise.resolve([])
  return db
    .selectFrom('member')
    .select(['enterprise_id as key', sql<number>`sum(gender = '女')`.as('women'), countAll().as('total')])
    .where('enterprise_id', 'in', enterpriseIds)
    .where('status', 'in', COUNTED_STATUSES)
    .where('gender', 'is not', null)
    .groupBy('enterprise_id')
    .execute()
}

/** The same per grassroots union (index member_org_counts), for enterprises whose own members are not registered. */
export function womenByOrg(db: Db, orgIds: readonly string[]) {
  if (!orgIds.length) return Promise.resolve([])
  return db
    .selectFrom('member')
    .select(['org_id as key', sql<number>`sum(gender = '女')`.as('women'), countAll().as('total')])
    .where('org_id', 'in', orgIds)
    .where('status', 'in', COUNTED_STATUSES)
    .where('gender', 'is not', null)
    .groupBy('org_id')
    .execute()
}

/** 建制率 by economic type: one grouped pass over the register. */
export function establishmentByType(db: Db) {
  return db
    .selectFrom('enterprise as e')
    .leftJoin('congress as c', 'c.enterprise_id', 'e.id')
    .select([
      sql<string>`coalesce(nullif(e.economic_type, ''), '未填')`.as('economic_type'),
      countAll().as('enterprises'),
      sql<number>`coalesce(sum(c.established), 0)`.as('established'),
      sql<number>`sum(coalesce(e.employee_count, 0) >= 100)`.as('hundred_plus'),
      sql<number>`coalesce(sum(c.established and coalesce(e.employee_count, 0) >= 100), 0)`.as('hundred_plus_established'),
    ])
    .groupBy(sql`1`)
    .orderBy(sql`2`, 'desc')
    .orderBy(sql`1`)
    .execute()
}

/** Replaces the enterprise's record, roster and sessions: the saved file is the whole record. */
export async function replaceCongress(
  trx: Trx,
  congress: CongressTable,
  representatives: readonly Omit<CongressRepresentativeTable, 'congress_id'>[],
  sessions: readonly Omit<CongressSessionTable, 'congress_id'>[],
): Promise<void> {
  const existing = await trx.selectFrom('congress').select(['id', 'created_at']).where('enterprise_id', '=', congress.enterprise_id).executeTakeFirst()
  const id = existing?.id ?? congress.id
  if (existing) {
    await trx.deleteFrom('congress_representative').where('congress_id', '=', id).execute()
    await trx.deleteFrom('congress_session').where('congress_id', '=', id).execute()
    await trx
      .updateTable('congress')
      .set({ established: congress.established, rules_on_file: congress.rules_on_file, term_start: congress.term_start, term_end: congress.term_end, updated_at: congress.updated_at })
      .where('id', '=', id)
      .execute()
  } else {
    await trx.insertInto('congress').values(congress).execute()
  }
  // Rosters run to a few hundred; chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < representatives.length; i += 100) {
    await trx.insertInto('congress_representative').values(representatives.slice(i, i + 100).map((r) => ({ ...r, congress_id: id }))).execute()
  }
  for (let i = 0; i < sessions.length; i += 100) {
    await trx.insertInto('congress_session').values(sessions.slice(i, i + 100).map((s) => ({ ...s, congress_id: id }))).execute()
  }
}
