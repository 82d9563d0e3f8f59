import { sql } from 'kysely'
import { CASE_OUTCOMES } from '../../../shared/mediation/types'
import { HARDSHIP_CATEGORY_VALUES, REGISTERED_STATUSES } from '../../../shared/hardship/types'
import type { ReportPeriod } from '../../../shared/contract/reports'
import type { Db } from '../db/schema/index'
import { hardshipSlugs, outcomeSlugs, type ProgramHeading } from './catalog'
import { addCount, markUncomputable, setTotal, type Tally } from './tally'

/** The file's last lifecycle step on or before `end` (the step names its status: 建档, 年度复核, 脱困 …). */
export function hardshipStepOn(db: Db, end: string) {
  return db
    .selectFrom('hardship_event as he')
    .select('he.step')
    // Correlated with the file row of the outer query, which is always aliased f.
    .where('he.file_id', '=', sql.ref<string>('f.id'))
    .where('he.date', '<=', end)
    .orderBy('he.date', 'desc')
    .orderBy('he.at', 'desc')
    .orderBy('he.id', 'desc')
    .limit(1)
}

/** Hardship households on file at the year's end (建档, 年度复核 or 返困 then) and the period's 建档 and 脱困 steps. */
export async function countHardship(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const any = await db.selectFrom('hardship_file').select('id').limit(1).executeTakeFirst()
  if (!any) return markUncomputable(t, 'hardship', '尚未登记任何困难职工档案，无法统计')
  for (const key of ['hardship.total', 'hardship.registered', 'hardship.lifted', ...HARDSHIP_CATEGORY_VALUES.map((c) => `hardship.category.${hardshipSlugs[c]}`)]) addCount(t, key, null, 0)
  // Only files with a registering step by then can be on file; start from them, not from the member table.
  const registeredBy = db.selectFrom('hardship_event').select('file_id').distinct().where('step', 'in', REGISTERED_STATUSES).where('date', '<=', period.to)
  const onFile = await db
    .selectFrom(registeredBy.as('r'))
    .innerJoin('hardship_file as f', 'f.id', 'r.file_id')
    .innerJoin('member as m', 'm.id', 'f.member_id')
    .select(['m.org_id', 'f.category', sql<number>`count(*)`.as('n')])
    .where((eb) => eb(hardshipStepOn(db, period.to), 'in', REGISTERED_STATUSES))
    .groupBy(['m.org_id', 'f.category'])
    .execute()
  for (const r of onFile) {
    addCount(t, 'hardship.total', r.org_id, r.n)
    if (r.category) addCount(t, `hardship.category.${hardshipSlugs[r.category]}`, r.org_id, r.n)
  }
  t.notes.set('hardship.total', '困难类别按档案现登记的类别计')
  const steps = await db
    .selectFrom('hardship_event as he')
    .innerJoin('hardship_file as f', 'f.id', 'he.file_id')
    .innerJoin('member as m', 'm.id', 'f.member_id')
    .select(['m.org_id', 'he.step', sql<number>`count(distinct he.file_id)`.as('n')])
    .where('he.step', 'in', ['建档', '脱困'])
    .where('he.date', '>=', period.from)
    .where('he.date', '<=', period.to)
    .groupBy(['m.org_id', 'he.step'])
    .execute()
  for (const r of steps) addCount(t, r.step === '建档' ? 'hardship.registered' : 'hardship.lifted', r.org_id, r.n)
}

/** Programs paid under in either period, by code (the same program across years and rule versions), newest name. */
export async function paidPrograms(db: Db, periods: readonly ReportPeriod[]): Promise<ProgramHeading[]> {
  const from = periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0]?.from ?? '')
  const to = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]?.to ?? '')
  const rows = await db
    .selectFrom('aid_program as p')
    .select(['p.code', 'p.name', 'p.year'])
    .where('p.code', 'in', (eb) =>
      eb
        .selectFrom('aid_application as a')
        .innerJoin('aid_program as ap', 'ap.id', 'a.program_id')
        .select('ap.code')
        .where('a.status', '=', 'paid')
        .where('a.paid_on', '>=', from)
        .where('a.paid_on', '<=', to),
    )
    .orderBy('p.code')
    .orderBy('p.year', 'desc')
    .orderBy('p.version', 'desc')
    .execute()
  const seen = new Map<string, ProgramHeading>()
  for (const r of rows) if (!seen.has(r.code)) seen.set(r.code, { code: r.code, name: r.name })
  return [...seen.values()]
}

/** Aid paid in the period (发放, by payment date): amount, persons (distinct members) and person-times, by program. */
export async function countAid(db: Db, period: ReportPeriod, programs: readonly ProgramHeading[], t: Tally): Promise<void> {
  const any = await db.selectFrom('aid_application').select('id').limit(1).executeTakeFirst()
  if (!any) return markUncomputable(t, 'aid', '尚未登记任何救助申请，无法统计')
  for (const key of ['aid.amount', 'aid.persons', 'aid.times', ...programs.flatMap((p) => ['amount', 'persons', 'times'].map((m) => `aid.program.${p.code}.${m}`))]) addCount(t, key, null, 0)
  const paid = db
    .selectFrom('aid_application as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .where('a.status', '=', 'paid')
    .where('a.paid_on', '>=', period.from)
    .where('a.paid_on', '<=', period.to)
  const byProgram = await paid
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .select(['m.org_id', 'p.code', sql<number>`sum(a.amount_fen)`.as('fen'), sql<number>`count(*)`.as('times'), sql<number>`count(distinct a.member_id)`.as('persons')])
    .groupBy(['m.org_id', 'p.code'])
    .execute()
  for (const r of byProgram) {
    addCount(t, `aid.program.${r.code}.amount`, r.org_id, r.fen)
    addCount(t, `aid.program.${r.code}.times`, r.org_id, r.times)
    addCount(t, `aid.program.${r.code}.persons`, r.org_id, r.persons)
    addCount(t, 'aid.amount', r.org_id, r.fen)
    addCount(t, 'aid.times', r.org_id, r.times)
  }
  // A member aided by two programs is one person; a member belongs to one union, so union columns add up.
  const persons = await paid.select(['m.org_id', sql<number>`count(distinct a.member_id)`.as('n')]).groupBy('m.org_id').execute()
  for (const r of persons) addCount(t, 'aid.persons', r.org_id, r.n)
  const total = await paid.select(sql<number>`count(distinct a.member_id)`.as('n')).executeTakeFirstOrThrow()
  setTotal(t, 'aid.persons', total.n)
  t.notes.set('aid.amount', '按发放日期计入年度；人员按其现所属工会分列')
}

/** Mediation cases: received (受理) in the period, closed in it by outcome, and open at its end. */
export async function countMediation(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const any = await db.selectFrom('mediation_case').select('id').limit(1).executeTakeFirst()
  if (!any) return markUncomputable(t, 'mediation', '尚未登记任何调解案件，无法统计')
  for (const key of ['mediation.received', 'mediation.closed', 'mediation.pending', ...CASE_OUTCOMES.map((o) => `mediation.outcome.${outcomeSlugs[o]}`)]) addCount(t, key, null, 0)
  const cases = db.selectFrom('mediation_case as c').innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
  const received = await cases.select(['e.org_id', sql<number>`count(*)`.as('n')]).where('c.accepted_on', '>=', period.from).where('c.accepted_on', '<=', period.to).groupBy('e.org_id').execute()
  for (const r of received) addCount(t, 'mediation.received', r.org_id, r.n)
  const closed = await cases
    .select(['e.org_id', 'c.status', sql<number>`count(*)`.as('n')])
    .where('c.closed_on', '>=', period.from)
    .where('c.closed_on', '<=', period.to)
    .where('c.status', 'in', CASE_OUTCOMES)
    .groupBy(['e.org_id', 'c.status'])
    .execute()
  for (const r of closed) {
    addCount(t, 'mediation.closed', r.org_id, r.n)
    const outcome = CASE_OUTCOMES.find((o) => o === r.status)
    if (outcome) addCount(t, `mediation.outcome.${outcomeSlugs[outcome]}`, r.org_id, r.n)
  }
  const pending = await cases
    .select(['e.org_id', sql<number>`count(*)`.as('n')])
    .where('c.accepted_on', '<=', period.to)
    .where((w) => w.or([w('c.closed_on', 'is', null), w('c.closed_on', '>', period.to)]))
    .groupBy('e.org_id')
    .execute()
  for (const r of pending) addCount(t, 'mediation.pending', r.org_id, r.n)
}
