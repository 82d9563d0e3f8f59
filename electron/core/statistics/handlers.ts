import type { FeatureHandlers } from '../handler-types'
import { listFigureRecords } from './records'
import { annualReturn, periodSummary } from './report'
import { readYearStart, writeYearStart } from './settings'

/** 统计报表 (issue 16). The folder is named for what it computes; the methods are the contract's reports.* section. */
export const reportsHandlers = {
  'reports.annual': (ctx, input) => annualReturn(ctx, input),
  'reports.summary': (ctx, input) => periodSummary(ctx, input),
  'reports.records': (ctx, input) => listFigureRecords(ctx, input),
  'reports.getSettings': async ({ db }) => ({ yearStart: await readYearStart(db) }),
  'reports.saveSettings': async ({ trx, now }, { yearStart }) => {
    await writeYearStart(trx, yearStart, now())
    return { yearStart }
  },
} satisfies FeatureHandlers<'reports'>
