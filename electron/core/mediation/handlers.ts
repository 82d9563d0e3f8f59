import type { FeatureHandlers } from '../handler-types'
import { toEnterpriseOption, toSummary } from './mappers'
import { enterprisesMatching, listCases, workersOf } from './queries'
import { addCase, advanceCase, caseStats, getCase, updateCaseFields } from './service'
import { todayIn } from '../../../shared/dates'
import { readCalendar } from '../aid/settings'

export const mediationHandlers = {
  'mediation.list': async ({ db, now }, p) => {
    const page = await listCases(db, p, p)
    const workers = await workersOf(db, page.items.map((r) => r.id))
    const today = todayIn(now())
    const cal = await readCalendar(db)
    const byCase = new Map<string, typeof workers>()
    for (const w of workers) byCase.set(w.case_id, [...(byCase.get(w.case_id) ?? []), w])
    return { items: page.items.map((r) => toSummary(r, byCase.get(r.id) ?? [], today, cal)), total: page.total }
  },
  'mediation.get': async (ctx, p) => getCase(ctx, p.id),
  'mediation.add': async (ctx, p) => addCase(ctx, p),
  'mediation.update': async (ctx, p) => updateCaseFields(ctx, p),
  'mediation.advance': async (ctx, p) => advanceCase(ctx, p),
  'mediation.stats': async (ctx, p) => caseStats(ctx, p),
  'mediation.enterprises': async ({ db }, p) => (await enterprisesMatching(db, p.q, p.limit)).map(toEnterpriseOption),
} satisfies FeatureHandlers<'mediation'>
