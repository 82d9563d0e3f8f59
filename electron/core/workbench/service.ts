import { contractKinds } from '../../../shared/contract/contracts'
import type { ChartBar, WorkbenchCharts, WorkbenchFigures, WorkbenchTodos } from '../../../shared/contract/workbench'
import { addDays, addMonths, todayIn } from '../../../shared/dates'
import { newFormTypes } from '../../../shared/members/fields'
import { can } from '../access'
import { listProgramRows, programMoney } from '../aid/program-queries'
import type { ReadContext } from '../context'
import { coverageFigures } from '../contracts/queries'
import { links } from './links'
import { aidPaidByMonthQuery, DEPARTURE_TYPES, eventCountQuery, eventsByMonthQuery, memberCounts, membersByUnionQuery, unionsAndEnterprises } from './queries'
import { todoProviders } from './todos'

/** Bars shown for unions; the smaller ones are summed into one bar that opens the whole register. */
export const UNION_BARS = 12
export const EVENT_MONTHS = 24
export const AID_MONTHS = 12

const dayOf = (ctx: ReadContext, today: string | undefined) => today ?? todayIn(ctx.now())

export async function workbenchTodos(ctx: ReadContext, p: { today?: string | undefined }): Promise<WorkbenchTodos> {
  const today = dayOf(ctx, p.today)
  const items: WorkbenchTodos['items'] = []
  // One after another: the core has one read connection, so running them together would only queue them.
  for (const provider of todoProviders) {
    if (!can(ctx.caller.user, provider.permission)) continue
    const todo = await provider.due(ctx, today)
    if (todo !== null && todo.count > 0) items.push({ key: provider.key, ...todo })
  }
  return { today, items }
}

export async function workbenchFigures(ctx: ReadContext, p: { today?: string | undefined }): Promise<WorkbenchFigures> {
  const today = dayOf(ctx, p.today)
  const year = Number(today.slice(0, 4))
  const yearStart = `${today.slice(0, 4)}-01-01`
  const members = await memberCounts(ctx.db)
  const joins = await eventCountQuery(ctx.db, ['join'], yearStart, today).executeTakeFirstOrThrow()
  const departures = await eventCountQuery(ctx.db, DEPARTURE_TYPES, yearStart, today).executeTakeFirstOrThrow()
  const org = await unionsAndEnterprises(ctx.db)
  const money = new Map((await programMoney(ctx.db, { year })).map((m) => [m.code, m]))
  const programs = await listProgramRows(ctx.db, { year, allVersions: false })
  const coverage = await coverageFigures(ctx.db, today)
  return {
    today,
    year,
    members: {
      active: members.active,
      retained: members.retained,
      women: members.women,
      migrant: members.migrant,
      newForm: newFormTypes.map((type) => ({ type, count: members.newForm.get(type) ?? 0, link: links.members({ newFormType: type }) })),
    },
    joinsThisYear: joins.n,
    departuresThisYear: departures.n,
    unions: org.unions,
    enterprises: org.enterprises,
    enterpriseWorkers: org.workers,
    aid: programs.map((pr) => ({
      programId: pr.id,
      code: pr.code,
      name: pr.name,
      budgetFen: pr.budget_fen,
      paidFen: money.get(pr.code)?.paidFen ?? 0,
      committedFen: money.get(pr.code)?.committedFen ?? 0,
      link: links.aidPaid(pr.id),
    })),
    contracts: coverage.byKind.reduce((s, k) => s + k.contracts, 0),
    contractWorkers: coverage.byKind.reduce((s, k) => s + k.workers, 0),
    links: {
      members: links.members(),
      women: links.members({ gender: '女' }),
      migrant: links.members({ migrant: true }),
      unions: links.unions(),
      contracts: links.contracts(),
    },
  }
}

/** The days a month's bar counts: the whole month, the current one up to today (as the chart's queries read them). */
function monthSpan(month: string, today: string): { from: string; until: string } {
  const from = `${month}-01`
  const last = addDays(addMonths(from, 1), -1)
  return { from, until: last < today ? last : today }
}

/** The `n` months ending with `today`'s, oldest first, as YYYY-MM. */
function monthsEnding(today: string, n: number): string[] {
  const first = addMonths(`${today.slice(0, 7)}-01`, -(n - 1))
  return Array.from({ length: n }, (_, i) => addMonths(first, i).slice(0, 7))
}

export async function workbenchCharts(ctx: ReadContext, p: { today?: string | undefined }): Promise<WorkbenchCharts> {
  const today = dayOf(ctx, p.today)
  const unions = await membersByUnionQuery(ctx.db).execute()
  const shown: ChartBar[] = unions.slice(0, UNION_BARS).map((u) => ({ label: u.name, value: u.n, link: links.members({ orgId: u.id }) }))
  const rest = unions.slice(UNION_BARS).reduce((s, u) => s + u.n, 0)
  const membersBars = rest > 0 ? [...shown, { label: `其他 ${unions.length - UNION_BARS} 家`, value: rest, link: links.members() }] : shown

  const months = monthsEnding(today, EVENT_MONTHS)
  const events = new Map((await eventsByMonthQuery(ctx.db, `${months[0] ?? today.slice(0, 7)}-01`, today).execute()).map((r) => [r.month, r]))

  const aidMonths = months.slice(-AID_MONTHS)
  const paid = await aidPaidByMonthQuery(ctx.db, `${aidMonths[0] ?? today.slice(0, 7)}-01`, today).execute()
  const programs = await listProgramRows(ctx.db, { year: Number(today.slice(0, 4)), allVersions: false })
  const names = new Map(programs.map((pr) => [pr.code, pr]))
  const codes = [...new Set(paid.map((r) => r.code))].sort()
  const aidByProgram = codes.map((code) => {
    return {
      name: names.get(code)?.name ?? code,
      bars: aidMonths.map((m) => {
        const { from, until } = monthSpan(m, today)
        return { label: m, value: paid.find((r) => r.code === code && r.month === m)?.fen ?? 0, link: links.aidPaidIn(code, from, until) }
      }),
    }
  })

  const coverage = await coverageFigures(ctx.db, today)
  const byKind = new Map(coverage.byKind.map((k) => [k.kind, k]))
  return {
    today,
    membersByUnion: membersBars,
    months,
    joins: months.map((m) => events.get(m)?.joins ?? 0),
    departures: months.map((m) => events.get(m)?.departures ?? 0),
    joinLinks: months.map((m) => monthSpan(m, today)).map(({ from, until }) => links.membersWithEvent(['join'], from, until)),
    departureLinks: months.map((m) => monthSpan(m, today)).map(({ from, until }) => links.membersWithEvent(DEPARTURE_TYPES, from, until)),
    aidMonths,
    aidByProgram,
    coverageByKind: contractKinds.map((kind) => ({
      kind,
      contracts: byKind.get(kind)?.contracts ?? 0,
      workers: byKind.get(kind)?.workers ?? 0,
      link: links.contracts(kind),
    })),
  }
}
