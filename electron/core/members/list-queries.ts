import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import type { z } from 'zod'
import type { listFilter } from '../../../shared/contract/members'
import type { Database, Db } from '../db/schema/index'
import { countAll } from '../db/sql-helpers'

/*
 * The member list on 200,000 rows (issue 10). Which index a page is read from is chosen here, not left to SQLite's
 * planner: the database holds no statistics (and could not know that 在会 is 90% of it), and a wrong guess costs a scan
 * of the register. A list query is driven either
 *  - by its sort ('sort'): the sort key's member_list_* index (key, id, filter columns) is walked in order, every filter
 *    is checked inside the index, and reading stops after the page: no sort step, and few entries as long as the
 *    matches are not rare; or
 *  - by its narrowest condition (a search text's matches, a union, a new-form type, a status, an age range, the members
 *    with an event in a period): that index range yields the few matches, which are then sorted — a sort of fewer
 *    than `narrowRange` rows.
 * Every other condition is written as `+column …`, which SQLite cannot use as an index, so the chosen index is the only
 * one it can start from (the plan tests pin each choice).
 */

export type ListFilter = z.output<typeof listFilter>
export type ListSort = 'name' | 'birthDate' | 'updatedAt' | 'createdAt'
export type ListDriver = 'sort' | 'search' | 'org' | 'newForm' | 'status' | 'age' | 'event'

/**
 * A condition whose index range holds fewer entries than this is narrow: a page is then read from that range and its
 * matches sorted (at most this many rows, each a lookup by rowid). Wider ranges are left to the sort index walk.
 */
export const narrowRange = 10_000

/** What the list is filtered by: the contract's filter, core's today (for ages), a search text's matching rowids. */
export interface ListWhere {
  filter: ListFilter
  today: string
  /** `select rowid …` of the members a search text matches; absent without a search text. */
  matches?: RawBuilder<unknown> | undefined
}

/** Where the next page starts: just after this member, in the list's order (keyset paging, no OFFSET). */
export interface ListCursor {
  /** The member's sort key (null: no birth date). */
  key: string | null
  id: string
}

export const sortColumn = { name: 'name_pinyin', birthDate: 'birth_date', updatedAt: 'updated_at', createdAt: 'created_at' } as const

/** `member.col`, or `+member.col` when the query must not start from an index on it. */
function col(name: string, indexed: boolean): RawBuilder<unknown> {
  return indexed ? sql`${sql.ref(`member.${name}`)}` : sql`+${sql.ref(`member.${name}`)}`
}

/** Birth-date bound for an age on `today`: age ≥ n ⇔ born on or before today − n years. */
function yearsBefore(today: string, n: number): string {
  return `${String(Number(today.slice(0, 4)) - n).padStart(4, '0')}${today.slice(4)}`
}

/** The columns an index range of this driver is searched on (each driver's index leads with them). */
function drivenColumns(driver: ListDriver, sort: ListSort): ReadonlySet<string> {
  switch (driver) {
    case 'sort':
      return new Set([sortColumn[sort]])
    case 'search':
      return new Set(['rowid'])
    case 'org':
      return new Set(['org_id', 'status']) // member_org_status_pinyin
    case 'newForm':
      return new Set(['new_form_type', 'status']) // member_new_form
    case 'status':
      return new Set(['status']) // member_status_pinyin
    case 'age':
      return new Set(['birth_date']) // member_list_birth
    case 'event':
      return new Set(['id']) // the period's members from member_event_type_date_org, each then found by id
  }
}

/**
 * The members with a live event of these types in [from, to], as `member.id in (…)` rather than a correlated EXISTS:
 * an EXISTS would be probed once per member (by member_event_member, reading each event row), while `in` reads the
 * period once from member_event_type_date_org, which holds member_id (migration 0141), and, when it drives, finds each
 * member by its id (a month is a few hundred members on the 200,000-member demo).
 */
function eventTerm(e: NonNullable<ListFilter['event']>, id: RawBuilder<unknown>): RawBuilder<boolean> {
  const types = sql.join(e.types.map((t) => sql`${t}`))
  return sql<boolean>`${id} in (select member_event.member_id from member_event where member_event.type in (${types}) and member_event.voided_at is null and member_event.date >= ${e.from} and member_event.date <= ${e.to})`
}

/** The list's conditions, each on member columns only (so counting needs no join), indexed only where `driver` says. */
export function listTerms(w: ListWhere, driver: ListDriver = 'sort', sort: ListSort = 'name'): Array<RawBuilder<boolean>> {
  const f = w.filter
  const on = drivenColumns(driver, sort)
  const c = (name: string) => col(name, on.has(name))
  const conds: Array<RawBuilder<boolean>> = []
  if (f.orgId) conds.push(sql<boolean>`${c('org_id')} = ${f.orgId}`)
  if (f.status) conds.push(sql<boolean>`${c('status')} = ${f.status}`)
  if (f.newFormType) conds.push(sql<boolean>`${c('new_form_type')} = ${f.newFormType}`)
  if (f.gender) conds.push(sql<boolean>`${c('gender')} = ${f.gender}`)
  if (f.migrant !== undefined) conds.push(sql<boolean>`${c('is_migrant')} = ${f.migrant ? 1 : 0}`)
  if (f.ageMin !== undefined) conds.push(sql<boolean>`${c('birth_date')} <= ${yearsBefore(w.today, f.ageMin)}`)
  if (f.ageMax !== undefined) conds.push(sql<boolean>`${c('birth_date')} > ${yearsBefore(w.today, f.ageMax + 1)}`)
  if (f.event) conds.push(eventTerm(f.event, c('id')))
  if (w.matches) conds.push(sql<boolean>`${c('rowid')} in (${w.matches})`)
  return conds
}

/** The conditions a driver can start from, narrowest-looking first; the caller measures which is really narrow. */
export function driverCandidates(w: ListWhere): ListDriver[] {
  const f = w.filter
  const out: ListDriver[] = w.matches ? ['search'] : []
  if (f.event) out.push('event')
  if (f.orgId) out.push('org')
  if (f.newFormType) out.push('newForm')
  if (f.status) out.push('status')
  if (f.ageMin !== undefined || f.ageMax !== undefined) out.push('age')
  return out
}

/**
 * How many entries the driver's index range holds, counted up to `cap` (an index-only count, so a wide range costs
 * `cap` entries at most).
 */
export function driverRangeQuery(db: Db, w: ListWhere, driver: ListDriver, cap: number) {
  if (driver === 'search') {
    const inner = sql`select 1 from (${w.matches ?? sql`select null as member_rowid where 0`}) limit ${cap}`
    return db.selectNoFrom(sql<number>`(select count(*) from (${inner}))`.as('n'))
  }
  const only = listTerms({ today: w.today, filter: rangeFilterOf(w.filter, driver) }, driver)
  const inner = sql`select 1 from member where ${only.length ? sql.join(only, sql` and `) : sql`1`} limit ${cap}`
  return db.selectNoFrom(sql<number>`(select count(*) from (${inner}))`.as('n'))
}

function rangeFilterOf(f: ListFilter, driver: ListDriver): ListFilter {
  switch (driver) {
    case 'org':
      return { orgId: f.orgId, status: f.status }
    case 'newForm':
      return { newFormType: f.newFormType, status: f.status }
    case 'status':
      return { status: f.status }
    case 'age':
      return { ageMin: f.ageMin, ageMax: f.ageMax }
    case 'event':
      return { event: f.event }
    default:
      return {}
  }
}

const listColumns = [
  'member.id', 'member.name', 'member.id_number', 'member.id_kind', 'member.gender', 'member.birth_date', 'member.org_id',
  'member.enterprise_id', 'member.status', 'member.phone', 'member.is_migrant', 'member.new_form_type',
] as const

export interface PageParams {
  driver: ListDriver
  sort: ListSort
  order: 'asc' | 'desc'
  limit: number
  offset: number
  after?: ListCursor | undefined
}

/** Rows after the cursor in (key, id) order; NULL birth dates come first ascending and last descending, as SQLite sorts them. */
function afterCondition(p: PageParams, after: ListCursor): RawBuilder<boolean> {
  const indexed = p.driver === 'sort'
  const key = col(sortColumn[p.sort], indexed)
  const id = col('id', indexed)
  // Only birth_date can be NULL. Its NULL branches are written unindexable (+), so SQLite keeps walking the sort index
  // in order rather than merging two ranges and sorting them; only those rare pages pay for it.
  const nullKey = col(sortColumn[p.sort], false)
  if (p.order === 'asc') {
    return after.key === null
      ? sql<boolean>`((${nullKey} is null and ${id} > ${after.id}) or ${nullKey} is not null)`
      : sql<boolean>`(${key}, ${id}) > (${after.key}, ${after.id})`
  }
  if (after.key === null) return sql<boolean>`(${nullKey} is null and ${id} < ${after.id})`
  const before = sql<boolean>`(${key}, ${id}) < (${after.key}, ${after.id})`
  return p.sort === 'birthDate' ? sql<boolean>`(${before} or ${nullKey} is null)` : before
}

/**
 * member is the only table in FROM; the union and enterprise names come from correlated lookups by primary key, so
 * the query is driven from the member index chosen above and never re-sorts a join.
 */
function pageColumns(db: Db) {
  return db
    .selectFrom('member')
    .select(listColumns)
    .select((eb) => [
      eb.selectFrom('org').select('org.name').whereRef('org.id', '=', 'member.org_id').as('org_name'),
      eb.selectFrom('enterprise').select('enterprise.name').whereRef('enterprise.id', '=', 'member.enterprise_id').as('enterprise_name'),
    ])
}

/** The list's conditions, cursor, order and page on a query over member. */
function restrictToPage<O>(q: SelectQueryBuilder<Database, 'member', O>, w: ListWhere, p: PageParams) {
  for (const c of listTerms(w, p.driver, p.sort)) q = q.where(c)
  if (p.after) q = q.where(afterCondition(p, p.after))
  const indexed = p.driver === 'sort'
  // id breaks ties: each member_list_* index holds it right after the key, so (key, id) is the index's own order.
  return q.orderBy(col(sortColumn[p.sort], indexed), p.order).orderBy(col('id', indexed), p.order).limit(p.limit).offset(p.offset)
}

/**
 * Walking the sort index, the page's rows are read as they are found. From a narrow range, every match goes through the
 * sort, and SQLite would compute each one's columns (two name lookups) before sorting: so the page's rowids are chosen
 * first and only those rows are read, then put back in order (a sort of one page).
 */
export function listPageQuery(db: Db, w: ListWhere, p: PageParams) {
  if (p.driver === 'sort') return restrictToPage(pageColumns(db), w, p)
  const rowids = restrictToPage(db.selectFrom('member').select(sql<number>`member.rowid`.as('member_rowid')), w, p)
  return pageColumns(db)
    .where(sql<boolean>`member.rowid in (${rowids})`)
    .orderBy(col(sortColumn[p.sort], false), p.order)
    .orderBy(col('id', false), p.order)
}

export function listPage(db: Db, w: ListWhere, p: PageParams) {
  return listPageQuery(db, w, p).execute()
}

export function countQuery(db: Db, w: ListWhere, driver: ListDriver) {
  let q = db.selectFrom('member').select(countAll().as('n'))
  for (const c of listTerms(w, driver)) q = q.where(c)
  return q
}

export async function countMembers(db: Db, w: ListWhere, driver: ListDriver): Promise<number> {
  return (await countQuery(db, w, driver).executeTakeFirstOrThrow()).n
}

/** How many members a search text matches, read from the search indexes alone (no filter besides the text). */
export function countMatchesQuery(db: Db, matches: RawBuilder<unknown>) {
  return db.selectNoFrom(sql<number>`(select count(distinct member_rowid) from (${matches}))`.as('n'))
}

/** How many member rows there are, at most (rowids are never reused: members are not deleted); read in O(1). */
export function countMembersTotal(db: Db) {
  return db.selectFrom('member').select(sql<number>`coalesce(max(rowid), 0)`.as('n')).executeTakeFirstOrThrow()
}

/** The list's total from the trigger-kept tally (migration 0005) when only equality filters are set. */
export async function countFromTally(db: Db, f: ListFilter): Promise<number> {
  let q = db.selectFrom('member_tally').select(sql<number>`coalesce(sum(n), 0)`.as('n'))
  if (f.orgId) q = q.where('org_id', '=', f.orgId)
  if (f.status) q = q.where('status', '=', f.status)
  if (f.gender) q = q.where('gender', '=', f.gender)
  if (f.migrant !== undefined) q = q.where('is_migrant', '=', f.migrant ? 1 : 0)
  if (f.newFormType) q = q.where('new_form_type', '=', f.newFormType)
  return (await q.executeTakeFirstOrThrow()).n
}

/** The cursor of a member: its sort key and id, or undefined when no such member exists. */
export async function cursorOf(db: Db, sort: ListSort, id: string): Promise<ListCursor | undefined> {
  const row = await db.selectFrom('member').select(['id', sql<string | null>`${sql.ref(`member.${sortColumn[sort]}`)}`.as('key')]).where('id', '=', id).executeTakeFirst()
  return row ? { key: row.key, id: row.id } : undefined
}
