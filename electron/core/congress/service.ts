import type { ParsedInput } from '../../../shared/contract/index'
import { runChecks, type RosterCounts } from '../../../shared/congress/checks'
import type {
  CongressCheckReport,
  CongressDetail,
  CongressOverviewRow,
  CongressRecord,
  EstablishmentRate,
  EstablishmentRates,
  WorkforceWomen,
} from '../../../shared/congress/types'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { ReadContext, WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import { resolveEnterprises } from '../orgs/enterprise-by-name'
import { toRepresentative, toSession } from './mappers'
import {
  enterpriseCongress,
  enterpriseCongressByName,
  enterpriseCongressPage,
  establishmentByType,
  replaceCongress,
  representativesOf,
  rosterCountsOf,
  sessionsOf,
  womenByEnterprise,
  womenByOrg,
  type EnterpriseCongressRow,
} from './queries'

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = out.get(k)
    if (list) list.push(r)
    else out.set(k, [r])
  }
  return out
}

type Evaluated = Omit<CongressRecord, 'representatives'> & { hasRecord: boolean; workforceWomen: WorkforceWomen | null; checks: CongressDetail['checks'] }

const noRoster: RosterCounts = { total: 0, frontline: 0, managers: 0, women: 0 }

/** Records, workforce make-up and the six checks for a page of enterprises, in a fixed number of queries. */
async function evaluate(db: Db, rows: readonly EnterpriseCongressRow[], today: string): Promise<Evaluated[]> {
  const congressIds = rows.flatMap((r) => (r.congress_id ? [r.congress_id] : []))
  const [rosters, sessions, byEnterprise, byOrg] = await Promise.all([
    rosterCountsOf(db, congressIds),
    sessionsOf(db, congressIds),
    womenByEnterprise(db, rows.map((r) => r.enterprise_id)),
    womenByOrg(db, [...new Set(rows.map((r) => r.org_id))]),
  ])
  const women = (list: typeof byEnterprise, source: WorkforceWomen['source']) =>
    new Map(list.filter((w) => w.key !== null && w.total > 0).map((w) => [w.key, { women: w.women, total: w.total, source }]))
  const enterpriseWomen = women(byEnterprise, '企业')
  const orgWomen = women(byOrg, '工会')
  const rosterOf = new Map(rosters.map((r) => [r.congress_id, { total: r.total, frontline: r.frontline, managers: r.managers, women: r.women }]))
  const sessionsOfCongress = groupBy(sessions, (x) => x.congress_id)
  return rows.map((r) => {
    const held = (r.congress_id ? (sessionsOfCongress.get(r.congress_id) ?? []) : []).map(toSession)
    // The enterprise's own members say most about its workforce; its union's stand in when none are registered.
    const workforceWomen = enterpriseWomen.get(r.enterprise_id) ?? orgWomen.get(r.org_id) ?? null
    const record = {
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      orgId: r.org_id,
      orgName: r.org_name,
      economicType: r.economic_type,
      established: r.established === 1,
      rulesOnFile: r.rules_on_file === 1,
      termStart: r.term_start ?? null,
      termEnd: r.term_end ?? null,
      sessions: held,
      updatedAt: r.updated_at ?? '',
    }
    const roster = (r.congress_id ? rosterOf.get(r.congress_id) : undefined) ?? noRoster
    return { ...record, hasRecord: r.congress_id !== null, workforceWomen, checks: runChecks({ ...record, roster, workforceWomen, today }) }
  })
}

async function evaluateOne(db: Db, row: EnterpriseCongressRow, today: string): Promise<CongressDetail> {
  const [[one], reps] = await Promise.all([evaluate(db, [row], today), representativesOf(db, row.congress_id ? [row.congress_id] : [])])
  if (!one) throw new AppError('NOT_FOUND', `找不到企业「${row.enterprise_name}」`)
  const { hasRecord: _hasRecord, ...detail } = one
  return { ...detail, representatives: reps.map(toRepresentative), today }
}

/** An enterprise by id, or by its name in the register; a name held by several unions cannot be told apart here. */
async function findEnterprise(db: Db, ref: { enterpriseId?: string | undefined; enterprise?: string | undefined }): Promise<EnterpriseCongressRow> {
  if (ref.enterpriseId !== undefined) {
    const row = await enterpriseCongress(db, ref.enterpriseId)
    if (!row) throw new AppError('NOT_FOUND', '找不到该企业，可能已被删除', { field: 'enterpriseId' })
    return row
  }
  const name = ref.enterprise ?? ''
  const rows = await enterpriseCongressByName(db, name)
  const [only] = rows
  if (!only) throw new AppError('NOT_FOUND', `企业「${name}」不在企业名录中`, { field: 'enterprise' })
  if (rows.length > 1) {
    throw new AppError('INVALID_INPUT', `企业「${name}」在${rows.length}个工会下都有登记（${rows.map((r) => r.org_name).join('、')}），无法确定是哪一家`, { field: 'enterprise' })
  }
  return only
}

const dayOf = (ctx: ReadContext, today: string | undefined) => today ?? todayIn(ctx.now())

export async function saveCongress(ctx: WriteContext, p: ParsedInput<'congress.save'>): Promise<CongressDetail> {
  let enterpriseId = p.enterpriseId
  if (enterpriseId === undefined) {
    const name = p.enterprise ?? ''
    const resolved = await resolveEnterprises(ctx, [name], p.union ?? undefined).catch((err: unknown) => {
      // The resolver speaks of a list of enterprises; here there is one, named by `enterprise`.
      if (err instanceof AppError && err.detail.field === 'enterprises') throw new AppError(err.code, err.message, { field: 'enterprise' })
      throw err
    })
    enterpriseId = resolved.get(name.trim())?.id
    if (enterpriseId === undefined) throw new AppError('NOT_FOUND', `企业「${name}」不在企业名录中`, { field: 'enterprise' })
  } else {
    await findEnterprise(ctx.trx, { enterpriseId })
  }
  const now = ctx.now()
  await replaceCongress(
    ctx.trx,
    {
      id: ctx.newId(),
      enterprise_id: enterpriseId,
      established: p.established ? 1 : 0,
      rules_on_file: p.rulesOnFile ? 1 : 0,
      term_start: p.termStart,
      term_end: p.termEnd,
      created_at: now,
      updated_at: now,
    },
    p.representatives.map((r, i) => ({ id: ctx.newId(), seq: i + 1, name: r.name, category: r.category, gender: r.gender })),
    p.sessions.map((s, i) => ({ id: ctx.newId(), seq: i + 1, date: s.date, present: s.present, items_json: JSON.stringify(s.items), votes_json: JSON.stringify(s.votes) })),
  )
  return evaluateOne(ctx.trx, await findEnterprise(ctx.trx, { enterpriseId }), todayIn(now))
}

export async function congressDetail(ctx: ReadContext, p: ParsedInput<'congress.get'>): Promise<CongressDetail> {
  return evaluateOne(ctx.db, await findEnterprise(ctx.db, p), dayOf(ctx, p.today))
}

export async function congressCheck(ctx: ReadContext, p: ParsedInput<'congress.check'>): Promise<CongressCheckReport> {
  const d = await congressDetail(ctx, p)
  return { enterpriseId: d.enterpriseId, enterpriseName: d.enterpriseName, today: d.today, checks: d.checks }
}

export async function congressOverview(ctx: ReadContext, p: ParsedInput<'congress.overview'>): Promise<{ items: CongressOverviewRow[]; total: number }> {
  const page = await enterpriseCongressPage(ctx.db, p)
  const items = await evaluate(ctx.db, page.items, dayOf(ctx, p.today))
  return {
    total: page.total,
    items: items.map((e) => ({
      enterpriseId: e.enterpriseId,
      enterpriseName: e.enterpriseName,
      orgName: e.orgName,
      economicType: e.economicType,
      hasRecord: e.hasRecord,
      established: e.established,
      checks: e.checks,
    })),
  }
}

export async function establishmentRates(db: Db): Promise<EstablishmentRates> {
  const rows: EstablishmentRate[] = (await establishmentByType(db)).map((r) => ({
    economicType: r.economic_type,
    enterprises: r.enterprises,
    established: r.established,
    hundredPlus: r.hundred_plus,
    hundredPlusEstablished: r.hundred_plus_established,
  }))
  const total = rows.reduce<EstablishmentRate>(
    (t, r) => ({
      economicType: '合计',
      enterprises: t.enterprises + r.enterprises,
      established: t.established + r.established,
      hundredPlus: t.hundredPlus + r.hundredPlus,
      hundredPlusEstablished: t.hundredPlusEstablished + r.hundredPlusEstablished,
    }),
    { economicType: '合计', enterprises: 0, established: 0, hundredPlus: 0, hundredPlusEstablished: 0 },
  )
  return { rows, total }
}
