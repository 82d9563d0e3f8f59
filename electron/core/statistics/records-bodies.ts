import { sql } from 'kysely'
import { contractKinds } from '../../../shared/contract/contracts'
import type { ReportPeriod } from '../../../shared/contract/reports'
import { CASE_OUTCOMES } from '../../../shared/mediation/types'
import type { Db } from '../db/schema/index'
import { contractKindSlugs, outcomeSlugs } from './catalog'
import { unionsExistingOn } from './count-organisation'
import { listing, type Listing } from './listing'

// Drill-down of the figures that count bodies and documents: unions, enterprises, contracts, congresses, cases.

export function unionListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  if (!['unions.total', 'unions.founded', 'unions.foundedWorkers'].includes(key)) return null
  let q =
    key === 'unions.total'
      ? unionsExistingOn(db, period.to)
      : db.selectFrom('org as o').where('o.founded_on', '>=', period.from).where('o.founded_on', '<=', period.to)
  if (orgId) q = q.where('o.id', '=', orgId)
  const query = q
    .select([
      'o.id',
      'o.name as title',
      sql<string | null>`null`.as('id_number'),
      'o.type as detail',
      sql<string | null>`o.id`.as('org_id'),
      'o.founded_on as date',
      sql<string | null>`null`.as('member_id'),
    ])
    .orderBy('o.name')
    .orderBy('o.id')
  return listing('org', query)
}

export function contractListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const m = /^contracts\.(?:kind\.(\w+)\.)?(total|count|workers|enterprises)$/.exec(key)
  if (!m) return null
  const kind = m[1] === undefined ? undefined : contractKinds.find((k) => contractKindSlugs[k] === m[1])
  if (m[1] !== undefined && !kind) return null
  // contracts.total but contracts.kind.<kind>.count
  if (m[1] === undefined ? m[2] === 'count' : m[2] === 'total') return null
  let signed = db.selectFrom('collective_contract as c').where('c.signed_date', '>=', period.from).where('c.signed_date', '<=', period.to)
  if (kind) signed = signed.where('c.kind', '=', kind)
  if (orgId) signed = signed.where('c.org_id', '=', orgId)
  if (m[2] === 'enterprises') {
    const query = db
      .selectFrom('enterprise as en')
      .select([
        'en.id',
        'en.name as title',
        sql<string | null>`null`.as('id_number'),
        sql<string | null>`en.employee_count`.as('detail'),
        sql<string | null>`en.org_id`.as('org_id'),
        sql<string | null>`null`.as('date'),
        sql<string | null>`null`.as('member_id'),
      ])
      .where('en.id', 'in', signed.innerJoin('collective_contract_enterprise as ce', 'ce.contract_id', 'c.id').select('ce.enterprise_id'))
      .orderBy('en.name')
      .orderBy('en.id')
    return listing('enterprise', query)
  }
  const query = signed
    .select([
      'c.id',
      'c.title',
      sql<string | null>`null`.as('id_number'),
      sql<string | null>`c.kind || '，覆盖职工' || c.workers_covered || '人'`.as('detail'),
      'c.org_id',
      'c.signed_date as date',
      sql<string | null>`null`.as('member_id'),
    ])
    .orderBy('c.signed_date')
    .orderBy('c.id')
  return listing('contract', query)
}

export function congressListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  if (key === 'congress.enterprises') {
    let q = db.selectFrom('enterprise as en')
    if (orgId) q = q.where('en.org_id', '=', orgId)
    const query = q
      .select(['en.id', 'en.name as title', sql<string | null>`null`.as('id_number'), sql<string | null>`null`.as('detail'), sql<string | null>`en.org_id`.as('org_id'), sql<string | null>`null`.as('date'), sql<string | null>`null`.as('member_id')])
      .orderBy('en.name')
      .orderBy('en.id')
    return listing('enterprise', query)
  }
  if (key === 'congress.established') {
    let q = db
      .selectFrom('congress as c')
      .innerJoin('enterprise as en', 'en.id', 'c.enterprise_id')
      .where('c.established', '=', 1)
      .where((w) => w.or([w('c.term_start', 'is', null), w('c.term_start', '<=', period.to)]))
    if (orgId) q = q.where('en.org_id', '=', orgId)
    const query = q
      .select(['c.id', 'en.name as title', sql<string | null>`null`.as('id_number'), sql<string | null>`null`.as('detail'), sql<string | null>`en.org_id`.as('org_id'), 'c.term_start as date', sql<string | null>`null`.as('member_id')])
      .orderBy('en.name')
      .orderBy('c.id')
    return listing('congress', query)
  }
  if (key === 'congress.sessions') {
    let q = db
      .selectFrom('congress_session as s')
      .innerJoin('congress as c', 'c.id', 's.congress_id')
      .innerJoin('enterprise as en', 'en.id', 'c.enterprise_id')
      .where('s.date', '>=', period.from)
      .where('s.date', '<=', period.to)
    if (orgId) q = q.where('en.org_id', '=', orgId)
    const query = q
      .select(['c.id', 'en.name as title', sql<string | null>`null`.as('id_number'), sql<string | null>`'第' || s.seq || '次会议'`.as('detail'), sql<string | null>`en.org_id`.as('org_id'), sql<string | null>`s.date`.as('date'), sql<string | null>`null`.as('member_id')])
      .orderBy('s.date')
      .orderBy('s.id')
    return listing('congress', query)
  }
  return null
}

export function mediationListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const outcome = CASE_OUTCOMES.find((o) => key === `mediation.outcome.${outcomeSlugs[o]}`)
  if (!['mediation.received', 'mediation.closed', 'mediation.pending'].includes(key) && !outcome) return null
  let q = db.selectFrom('mediation_case as c').innerJoin('enterprise as en', 'en.id', 'c.enterprise_id')
  if (key === 'mediation.received') q = q.where('c.accepted_on', '>=', period.from).where('c.accepted_on', '<=', period.to)
  else if (key === 'mediation.pending') q = q.where('c.accepted_on', '<=', period.to).where((w) => w.or([w('c.closed_on', 'is', null), w('c.closed_on', '>', period.to)]))
  else q = q.where('c.closed_on', '>=', period.from).where('c.closed_on', '<=', period.to).where('c.status', 'in', outcome ? [outcome] : CASE_OUTCOMES)
  if (orgId) q = q.where('en.org_id', '=', orgId)
  const dated = key === 'mediation.received' || key === 'mediation.pending'
  const query = q
    .select([
      'c.id',
      sql<string>`c.case_no || ' ' || en.name`.as('title'),
      sql<string | null>`null`.as('id_number'),
      sql<string | null>`c.status`.as('detail'),
      sql<string | null>`en.org_id`.as('org_id'),
      dated ? 'c.accepted_on as date' : 'c.closed_on as date',
      sql<string | null>`null`.as('member_id'),
    ])
    .orderBy(dated ? 'c.accepted_on' : 'c.closed_on')
    .orderBy('c.id')
  return listing('mediation', query)
}
