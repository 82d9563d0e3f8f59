import { sql } from 'kysely'
import { contractKinds } from '../../../shared/contract/contracts'
import type { ReportPeriod } from '../../../shared/contract/reports'
import type { Db } from '../db/schema/index'
import { contractKindSlugs } from './catalog'
import { addCount, markUncomputable, setTotal, type Tally } from './tally'

/** Unions that existed on `end`: founded by then (or no founding date on file) and not dissolved by then. */
export function unionsExistingOn(db: Db, end: string) {
  return db
    .selectFrom('org as o')
    .where((w) => w.or([w('o.founded_on', 'is', null), w('o.founded_on', '<=', end)]))
    .where((w) => w.or([w('o.status', '=', 'active'), w.and([w('o.status', '=', 'dissolved'), w('o.dissolved_on', '>', end)])]))
}

export async function countUnions(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const all = await db.selectFrom('org').select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(status = 'merged'), 0)`.as('merged')]).executeTakeFirstOrThrow()
  if (all.n === 0) return markUncomputable(t, 'unions', '尚未登记任何基层工会，无法统计')
  for (const r of await unionsExistingOn(db, period.to).select('o.id').execute()) addCount(t, 'unions.total', r.id, 1)
  addCount(t, 'unions.total', null, 0)
  if (all.merged > 0) t.notes.set('unions.total', `另有${all.merged}家已合并的工会未记录合并日期，不计入`)

  const founded = await db
    .selectFrom('org as o')
    .leftJoin('enterprise as e', 'e.org_id', 'o.id')
    .select(['o.id', sql<number | null>`sum(e.employee_count)`.as('workers'), sql<number>`count(e.id)`.as('enterprises'), sql<number>`count(e.id) - count(e.employee_count)`.as('unknown')])
    .where('o.founded_on', '>=', period.from)
    .where('o.founded_on', '<=', period.to)
    .groupBy('o.id')
    .execute()
  addCount(t, 'unions.founded', null, 0)
  addCount(t, 'unions.foundedWorkers', null, 0)
  for (const r of founded) {
    addCount(t, 'unions.founded', r.id, 1)
    addCount(t, 'unions.foundedWorkers', r.id, r.workers ?? 0)
  }
  const unknown = founded.reduce((s, r) => s + r.unknown, 0)
  const known = founded.reduce((s, r) => s + r.enterprises - r.unknown, 0)
  if (founded.length > 0 && known === 0) t.reasons.set('unions.foundedWorkers', '新建工会所属企业均未登记职工人数，无法统计')
  else if (unknown > 0) t.notes.set('unions.foundedWorkers', `另有${unknown}家企业未登记职工人数，未计入`)
  const undated = await db.selectFrom('org').select(sql<number>`count(*)`.as('n')).where('founded_on', 'is', null).executeTakeFirstOrThrow()
  if (undated.n > 0) t.notes.set('unions.founded', `另有${undated.n}家工会未登记成立日期，不计入新建`)
}

/** Contracts signed in the period, by kind; workers covered as saved on each contract (domain §8.5). */
export async function countContracts(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const any = await db.selectFrom('collective_contract').select('id').limit(1).executeTakeFirst()
  if (!any) return markUncomputable(t, 'contracts', '尚未登记任何集体合同，无法统计')
  const signed = db.selectFrom('collective_contract as c').where('c.signed_date', '>=', period.from).where('c.signed_date', '<=', period.to)
  const byKind = await signed
    .select(['c.org_id', 'c.kind', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(c.workers_covered), 0)`.as('workers')])
    .groupBy(['c.org_id', 'c.kind'])
    .execute()
  for (const key of ['contracts.total', 'contracts.enterprises', 'contracts.workers']) addCount(t, key, null, 0)
  for (const k of contractKinds) for (const m of ['count', 'enterprises', 'workers']) addCount(t, `contracts.kind.${contractKindSlugs[k]}.${m}`, null, 0)
  for (const r of byKind) {
    addCount(t, 'contracts.total', r.org_id, r.n)
    addCount(t, 'contracts.workers', r.org_id, r.workers)
    addCount(t, `contracts.kind.${contractKindSlugs[r.kind]}.count`, r.org_id, r.n)
    addCount(t, `contracts.kind.${contractKindSlugs[r.kind]}.workers`, r.org_id, r.workers)
  }
  const covered = signed.innerJoin('collective_contract_enterprise as ce', 'ce.contract_id', 'c.id')
  const enterprises = await covered.select(['c.org_id', 'c.kind', sql<number>`count(distinct ce.enterprise_id)`.as('n')]).groupBy(['c.org_id', 'c.kind']).execute()
  for (const r of enterprises) addCount(t, `contracts.kind.${contractKindSlugs[r.kind]}.enterprises`, r.org_id, r.n)
  // An enterprise under two contracts of the period is one enterprise covered.
  const perUnion = await covered.select(['c.org_id', sql<number>`count(distinct ce.enterprise_id)`.as('n')]).groupBy('c.org_id').execute()
  for (const r of perUnion) addCount(t, 'contracts.enterprises', r.org_id, r.n)
  const kindTotals = await covered.select(['c.kind', sql<number>`count(distinct ce.enterprise_id)`.as('n')]).groupBy('c.kind').execute()
  for (const r of kindTotals) setTotal(t, `contracts.kind.${contractKindSlugs[r.kind]}.enterprises`, r.n)
  const total = await covered.select(sql<number>`count(distinct ce.enterprise_id)`.as('n')).executeTakeFirstOrThrow()
  setTotal(t, 'contracts.enterprises', total.n)
  const unassigned = byKind.filter((r) => r.org_id === null).reduce((s, r) => s + r.n, 0)
  if (unassigned > 0) t.notes.set('contracts.total', `其中${unassigned}份合同未指定基层工会，只计入合计`)
}

/** Workers' congresses: established by the year's end (by the start of their term), and sessions held in the period. */
export async function countCongress(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const any = await db.selectFrom('congress').select('id').limit(1).executeTakeFirst()
  if (!any) return markUncomputable(t, 'congress', '尚未登记任何职代会，无法统计')
  for (const key of ['congress.enterprises', 'congress.established', 'congress.sessions']) addCount(t, key, null, 0)
  const enterprises = await db.selectFrom('enterprise').select(['org_id', sql<number>`count(*)`.as('n')]).groupBy('org_id').execute()
  for (const r of enterprises) addCount(t, 'congress.enterprises', r.org_id, r.n)
  t.notes.set('congress.enterprises', '企业名录不记录登记日期，按现有企业计')
  const established = await db
    .selectFrom('congress as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select(['e.org_id', sql<number>`count(*)`.as('n'), sql<number>`count(*) - count(c.term_start)`.as('undated')])
    .where('c.established', '=', 1)
    .where((w) => w.or([w('c.term_start', 'is', null), w('c.term_start', '<=', period.to)]))
    .groupBy('e.org_id')
    .execute()
  for (const r of established) addCount(t, 'congress.established', r.org_id, r.n)
  const undated = established.reduce((s, r) => s + r.undated, 0)
  if (undated > 0) t.notes.set('congress.established', `其中${undated}家未登记本届起始日期，按已建立计`)
  const sessions = await db
    .selectFrom('congress_session as s')
    .innerJoin('congress as c', 'c.id', 's.congress_id')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select(['e.org_id', sql<number>`count(*)`.as('n')])
    .where('s.date', '>=', period.from)
    .where('s.date', '<=', period.to)
    .groupBy('e.org_id')
    .execute()
  for (const r of sessions) addCount(t, 'congress.sessions', r.org_id, r.n)
}
