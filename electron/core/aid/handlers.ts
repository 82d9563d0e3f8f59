import { AppError } from '../../../shared/errors'
import type { FeatureHandlers } from '../handler-types'
import { applicationDetail } from './application-detail'
import { createApplications } from './bulk'
import { listApplications } from './application-queries'
import { attachFile, calc, createApplication, deleteDraft, editApplication } from './application-service'
import { correctPayee } from './payee-correction'
import {
  addObjection,
  approveBatch,
  createBatch,
  getBatch,
  payApplication,
  payBatch,
  previewNotice,
  resolveObjection,
  startNotice,
} from './batch-service'
import { listBatchRows } from './batch-queries'
import { toApplicationSummary, toBatchSummary } from './mappers'
import { addProgram, getProgram, listPrograms, templates, updateProgram } from './program-service'
import { rejectApplication, reviewApplication } from './review-service'
import { readCalendarYear, readSetting, replaceCalendarYear, writeSetting } from './settings'
import { exportTransferSheet } from './transfer-sheet'

async function settings(db: Parameters<typeof readSetting>[0]) {
  const separation = await readSetting(db, 'separationOfDuties')
  const days = await readSetting(db, 'noticeDays')
  const latest = [separation, days].filter((s) => s.updatedAt !== null).sort((a, b) => ((a.updatedAt ?? '') < (b.updatedAt ?? '') ? 1 : -1))[0]
  return {
    separationOfDuties: separation.value,
    noticeDays: days.value,
    updatedAt: latest?.updatedAt ?? null,
    updatedBy: latest?.updatedBy ?? null,
  }
}

export const aidHandlers = {
  'aid.templates': async () => templates(),
  'aid.listPrograms': async ({ db }, p) => listPrograms(db, p),
  'aid.getProgram': async (ctx, p) => getProgram(ctx, p),
  'aid.addProgram': async (ctx, p) => addProgram(ctx, p.program),
  'aid.updateProgram': async (ctx, p) => updateProgram(ctx, p.id, p.program),
  'aid.calc': async (ctx, p) => calc(ctx, p),
  'aid.createApplication': async (ctx, p) => createApplication(ctx, p),
  'aid.createApplications': async (ctx, p) => createApplications(ctx, p),
  'aid.updateApplication': async (ctx, p) => editApplication(ctx, { ...p, submit: false }),
  'aid.submitApplication': async (ctx, p) => editApplication(ctx, { ...p, submit: true }),
  'aid.deleteApplication': async (ctx, p) => deleteDraft(ctx, p.id),
  'aid.correctPayee': async (ctx, p) => correctPayee(ctx, p),
  'aid.attachFile': async (ctx, p) => attachFile(ctx, p),
  'aid.listApplications': async ({ db }, p) => {
    const page = await listApplications(db, p, p)
    return { items: page.items.map(toApplicationSummary), total: page.total }
  },
  'aid.getApplication': async ({ db, caller }, p) => applicationDetail(db, p.id, caller.user.name),
  'aid.reviewApplication': async (ctx, p) => reviewApplication(ctx, p),
  'aid.rejectApplication': async (ctx, p) => rejectApplication(ctx, p),
  'aid.payApplication': async (ctx, p) => payApplication(ctx, p),
  'aid.createBatch': async (ctx, p) => createBatch(ctx, p),
  'aid.listBatches': async ({ db }, p) => (await listBatchRows(db, p)).map(toBatchSummary),
  'aid.getBatch': async (ctx, p) => getBatch(ctx, p.id),
  'aid.startNotice': async (ctx, p) => startNotice(ctx, p),
  'aid.noticeWindow': async ({ db }, p) => previewNotice(db, p.startDate, p.days),
  'aid.addObjection': async (ctx, p) => addObjection(ctx, p),
  'aid.resolveObjection': async (ctx, p) => resolveObjection(ctx, p),
  'aid.approveBatch': async (ctx, p) => approveBatch(ctx, p),
  'aid.payBatch': async (ctx, p) => payBatch(ctx, p),
  'aid.exportTransferSheet': async (ctx, p) => exportTransferSheet(ctx, p.id),
  'aid.settings': async ({ db }) => settings(db),
  'aid.saveSettings': async (ctx, p) => {
    const by = ctx.caller.user.name
    await writeSetting(ctx.trx, 'separationOfDuties', p.separationOfDuties, ctx.now(), by)
    await writeSetting(ctx.trx, 'noticeDays', p.noticeDays, ctx.now(), by)
    return settings(ctx.trx)
  },
  'aid.calendar': async ({ db }, p) => readCalendarYear(db, p.year),
  'aid.saveCalendar': async (ctx, p) => {
    const outside = [...p.holidays, ...p.workdays].find((d) => !d.startsWith(`${p.year}-`))
    if (outside !== undefined) throw new AppError('INVALID_INPUT', `${outside} 不在 ${p.year} 年内`, { field: 'holidays' })
    await replaceCalendarYear(ctx.trx, { year: p.year, holidays: [...new Set(p.holidays)].sort(), workdays: [...new Set(p.workdays)].sort() })
    return readCalendarYear(ctx.trx, p.year)
  },
} satisfies FeatureHandlers<'aid'>
