import type { FeatureHandlers } from '../../handler-types'
import { federationConflicts } from './conflicts'
import { federationOffices } from './offices'
import { federationMembers } from './register'
import { federationStatistics } from './statistics'

/** Federation mode's reads (issue 15): 下级单位, 冲突清单, 汇总名册, 汇总统计. */
export const federationViewsHandlers = {
  'federationViews.offices': async ({ db, now }, { overdueDays }) => federationOffices(db, now(), overdueDays),
  'federationViews.conflicts': async ({ db }, input) => federationConflicts(db, input),
  'federationViews.members': async ({ db }, input) => federationMembers(db, input),
  'federationViews.statistics': async ({ db }, input) => federationStatistics(db, input),
} satisfies FeatureHandlers<'federationViews'>
