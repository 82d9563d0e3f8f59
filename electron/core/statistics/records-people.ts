import { sql } from 'kysely'
import type { ReportPeriod } from '../../../shared/contract/reports'
import { HARDSHIP_CATEGORY_VALUES, REGISTERED_STATUSES } from '../../../shared/hardship/types'
import { newFormTypes } from '../../../shared/members/fields'
import type { Db } from '../db/schema/index'
import { hardshipSlugs, newFormSlugs } from './catalog'
import { changeTypes } from './count-members'
import { hardshipStepOn } from './count-welfare'
import { listing, type Listing } from './listing'
import { ACTIVE_AFTER, lastEventOnOrBefore, memberHeadCounts, membersChangedAfter, RETAINED_AFTER, type UnionHeadCount } from './member-state'

// Drill-down of the figures that count people: members at a year's end, membership events, hardship files, payments.
// Each uses the conditions of its figure's aggregate, so a figure and its list agree.

/** Which members a members.* figure counts: 在会 or 保留 at the year's end, and the split (women, a new-form type…). */
function memberFigure(key: string) {
  const retained = key === 'members.retained'
  const split = key.slice('members.'.length)
  const newForm = newFormTypes.find((t) => split === `newForm.${newFormSlugs[t]}`)
  if (!retained && !['total', 'women', 'migrant', 'newForm'].includes(split) && !newForm) return null
  return { retained, split, newForm }
}

/** The members a members.* figure counts at the period's end, in 拼音 order (null for another key). */
export function memberPageQuery(db: Db, key: string, period: ReportPeriod, orgId: string | null) {
  const figure = memberFigure(key)
  if (!figure) return null
  const { retained, split, newForm } = figure
  const end = period.to
  const changed = membersChangedAfter(db, end)
  let q = db
    .selectFrom('member as m')
    .select((eb) => [
      'm.id',
      'm.name as title',
      'm.id_number',
      sql<string | null>`null`.as('detail'),
      eb.case().when('m.id', 'in', changed).then(lastEventOnOrBefore(db, end, 'org_id')).else(eb.ref('m.org_id')).end().as('org_id'),
      lastEventOnOrBefore(db, end, 'date').as('date'),
      'm.id as member_id',
    ])
    // One CASE rather than an OR: SQLite would answer an OR from two indexes and sort every match before the first page;
    // a CASE lets it read the register in 拼音 order and stop after the page.
    .where((eb) => {
      const now = eb.and([eb('m.status', '=', retained ? 'retained' : 'active'), ...(orgId ? [eb('m.org_id', '=', orgId)] : [])])
      const atEnd = eb.and([
        eb(lastEventOnOrBefore(db, end, 'type'), 'in', retained ? RETAINED_AFTER : ACTIVE_AFTER),
        ...(orgId ? [eb(lastEventOnOrBefore(db, end, 'org_id'), '=', orgId)] : []),
      ])
      return sql<boolean>`case when ${eb('m.id', 'in', changed)} then ${atEnd} else ${now} end`
    })
  if (split === 'women') q = q.where('m.gender', '=', '女')
  if (split === 'migrant') q = q.where('m.is_migrant', '=', 1)
  if (split === 'newForm') q = q.where('m.new_form_type', 'in', newFormTypes)
  if (newForm) q = q.where('m.new_form_type', '=', newForm)
  return q.orderBy('m.name_pinyin').orderBy('m.id')
}

export function memberListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const figure = memberFigure(key)
  const query = memberPageQuery(db, key, period, orgId)
  if (!figure || !query) return null
  const { retained, split, newForm } = figure
  const end = period.to
  // The count is the figure's own aggregate (a count over this OR would evaluate it for all 200,000 members).
  const total = async () => {
    const pick = (c: UnionHeadCount) =>
      retained ? c.retained : newForm ? (c.byNewForm.get(newForm) ?? 0) : split === 'women' ? c.women : split === 'migrant' ? c.migrant : split === 'newForm' ? c.newForm : c.active
    return (await memberHeadCounts(db, end)).filter((c) => orgId === null || c.org_id === orgId).reduce((n, c) => n + pick(c), 0)
  }
  return { ...listing('member', query), total }
}

export function eventListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const types = changeTypes[key]
  if (!types) return null
  let q = db
    .selectFrom('member_event as e')
    .innerJoin('member as m', 'm.id', 'e.member_id')
    .select([
      'e.id',
      'm.name as title',
      'm.id_number',
      sql<string | null>`e.type`.as('detail'),
      sql<string | null>`e.org_id`.as('org_id'),
      'e.date',
      'm.id as member_id',
    ])
    .where('e.voided_at', 'is', null)
    .where('e.type', 'in', types)
    .where('e.date', '>=', period.from)
    .where('e.date', '<=', period.to)
  if (orgId) q = q.where('e.org_id', '=', orgId)
  return listing('member_event', q.orderBy('e.date').orderBy('e.id'))
}

export function hardshipListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const category = HARDSHIP_CATEGORY_VALUES.find((c) => key === `hardship.category.${hardshipSlugs[c]}`)
  const step = key === 'hardship.registered' ? '建档' : key === 'hardship.lifted' ? '脱困' : null
  if (key !== 'hardship.total' && !category && !step) return null
  // The date a file is counted by: its 建档/脱困 step in the period, or the step that had it on file at the year's end.
  const steps: readonly string[] = step ? [step] : REGISTERED_STATUSES
  const from = step ? period.from : '0000-01-01'
  const stepsInRange = db.selectFrom('hardship_event as he').where('he.step', 'in', steps).where('he.date', '>=', from).where('he.date', '<=', period.to)
  let q = db.selectFrom('hardship_file as f').innerJoin('member as m', 'm.id', 'f.member_id')
  q = step ? q.where('f.id', 'in', stepsInRange.select('he.file_id')) : q.where((eb) => eb(hardshipStepOn(db, period.to), 'in', REGISTERED_STATUSES))
  if (category) q = q.where('f.category', '=', category)
  if (orgId) q = q.where('m.org_id', '=', orgId)
  const query = q
    .select((eb) => [
      'f.id',
      'm.name as title',
      'm.id_number',
      sql<string | null>`f.category`.as('detail'),
      sql<string | null>`m.org_id`.as('org_id'),
      eb
        .selectFrom('hardship_event as he')
        .select(sql<string | null>`max(he.date)`.as('d'))
        .whereRef('he.file_id', '=', 'f.id')
        .where('he.step', 'in', steps)
        .where('he.date', '>=', from)
        .where('he.date', '<=', period.to)
        .as('date'),
      sql<string | null>`m.id`.as('member_id'),
    ])
    .orderBy('m.name_pinyin')
    .orderBy('f.id')
  return listing('hardship', query)
}

export function aidListing(db: Db, key: string, period: ReportPeriod, orgId: string | null): Listing | null {
  const m = /^aid\.(?:program\.(.+)\.)?(amount|persons|times)$/.exec(key)
  if (!m) return null
  let q = db
    .selectFrom('aid_application as a')
    .innerJoin('member as mb', 'mb.id', 'a.member_id')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .where('a.status', '=', 'paid')
    .where('a.paid_on', '>=', period.from)
    .where('a.paid_on', '<=', period.to)
  if (m[1] !== undefined) q = q.where('p.code', '=', m[1])
  if (orgId) q = q.where('mb.org_id', '=', orgId)
  const query = q
    .select([
      'a.id',
      'mb.name as title',
      'mb.id_number',
      sql<string | null>`p.name || '|' || a.amount_fen`.as('detail'),
      sql<string | null>`mb.org_id`.as('org_id'),
      'a.paid_on as date',
      sql<string | null>`mb.id`.as('member_id'),
    ])
    .orderBy('a.paid_on')
    .orderBy('a.id')
  return listing('aid_application', query)
}
