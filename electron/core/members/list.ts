import { AppError } from '../../../shared/errors'
import type { Db } from '../db/schema/index'
import {
  countFromTally, countMatchesQuery, countMembers, countMembersTotal, cursorOf, driverCandidates, driverRangeQuery, listPage, narrowRange,
  type ListDriver, type ListFilter, type ListSort, type ListWhere,
} from './list-queries'
import type { MemberListRow } from './mappers'
import { listWhere } from './search'

export interface ListRequest extends ListFilter {
  sort: ListSort
  order: 'asc' | 'desc'
  page: number
  pageSize: number
  /** Keyset paging: the page starts just after this member (page is then ignored). */
  after?: string | undefined
}

/** A range this small is taken without measuring the other candidates. */
const clearlyNarrow = 1000

function isUnfiltered(f: ListFilter): boolean {
  return !f.orgId && !f.status && !f.gender && f.migrant === undefined && !f.newFormType && f.ageMin === undefined && f.ageMax === undefined && !f.event
}

interface Narrowest {
  driver: ListDriver
  /** Entries in its index range. */
  n: number
}

/**
 * The narrowest of the list's own index ranges (the search text's matches, the union, the new-form type, the status,
 * the age range), measured by index-only counts capped at narrowRange rather than guessed; undefined if none is narrow.
 * A range of at most clearlyNarrow entries is taken without measuring the others.
 */
async function narrowestDriver(db: Db, w: ListWhere): Promise<Narrowest | undefined> {
  let best: Narrowest | undefined
  for (const driver of driverCandidates(w)) {
    const { n } = await driverRangeQuery(db, w, driver, narrowRange).executeTakeFirstOrThrow()
    if (n < narrowRange && (!best || n < best.n)) best = { driver, n }
    if (n <= clearlyNarrow) break
  }
  return best
}

async function countList(db: Db, w: ListWhere, narrowest: () => Promise<Narrowest | undefined>): Promise<number> {
  const f = w.filter
  if (w.matches && isUnfiltered(f)) return (await countMatchesQuery(db, w.matches).executeTakeFirstOrThrow()).n
  if (!w.matches && f.ageMin === undefined && f.ageMax === undefined && !f.event) return countFromTally(db, f)
  // Counted along the narrowest range; failing one, a search text's matches are looked up one by one, an event
  // period's members by id, and an age range is counted in member_list_birth, which holds every filter column (no row
  // is read).
  return countMembers(db, w, (await narrowest())?.driver ?? (w.matches ? 'search' : f.event ? 'event' : 'age'))
}

/** Measured on the 200,000-member bench database: reading a row by rowid costs about as much as walking 16 index entries. */
const lookupCost = 16

/**
 * Which index the page is read from (see list-queries.ts): the narrow range when looking up its entries costs less
 * than walking the sort index to the page's end, the matches assumed spread along it; the walk otherwise. A search
 * text's matches are never assumed spread (王 is all under "wang" in the name order), so a narrow one is always read.
 */
async function pageDriver(db: Db, w: ListWhere, p: { total: number; sort: ListSort; end: number }, narrowest: () => Promise<Narrowest | undefined>): Promise<ListDriver> {
  // Sorted by birth date, an age range is read in order from the sort index itself: nothing to sort.
  if (!w.matches && p.sort === 'birthDate' && (w.filter.ageMin !== undefined || w.filter.ageMax !== undefined)) return 'sort'
  const best = await narrowest()
  if (!best) return 'sort'
  if (best.driver === 'search') return 'search'
  const { n: registered } = await countMembersTotal(db)
  return best.n * lookupCost < (p.end * registered) / p.total ? best.driver : 'sort'
}

/** One page of the member list and the list's exact total; the same conditions as listConditions (export). */
export async function listMembers(db: Db, today: string, input: ListRequest): Promise<{ total: number; rows: MemberListRow[] }> {
  const w = await listWhere(db, input, today)
  const after = input.after === undefined ? undefined : await cursorOf(db, input.sort, input.after)
  if (input.after !== undefined && !after) throw new AppError('NOT_FOUND', '「上一页最后一位会员」不存在，请从第一页重新读取', { field: 'after' })
  let measured: Promise<Narrowest | undefined> | undefined
  const narrowest = () => (measured ??= narrowestDriver(db, w))
  const total = await countList(db, w, narrowest)
  const offset = after ? 0 : (input.page - 1) * input.pageSize
  // Nothing to read: a walk of the sort index would only find that out at its end.
  if (total === 0 || offset >= total) return { total, rows: [] }
  const driver = await pageDriver(db, w, { total, sort: input.sort, end: offset + input.pageSize }, narrowest)
  const rows = await listPage(db, w, {
    driver,
    sort: input.sort,
    order: input.order,
    limit: input.pageSize,
    offset,
    after,
  })
  return { total, rows }
}
