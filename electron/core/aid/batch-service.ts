import { BATCH_STATUS_NAMES, type AidBatchDetail, type BatchStatus, type AidObjection, type Allowed, type PayResult } from '../../../shared/aid/types'
import { formatChineseYmd, noticeWindow, todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { fen, fenToChineseUpper } from '../../../shared/money'
import type { ReadContext, WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import { accountWarnings, applicationDetail, separationReason } from './application-detail'
import { applicationsByIds, batchApplications, insertEvents, recordMemberAccounts, updateApplication, updateApplications } from './application-queries'
import { applicationEvent, loadApplication } from './application-service'
import {
  batchObjections,
  countBatches,
  findBatch,
  findObjection,
  insertBatch,
  insertObjection,
  latestReviewAt,
  settleBatchIfDone,
  updateBatch,
  updateObjection,
} from './batch-queries'
import { programDefinition, toApplicationSummary, toBatchSummary, toObjection } from './mappers'
import { findProgram } from './program-queries'
import { requirePayable, requireSeparation, type PayInput } from './review-service'
import { readCalendar, readSetting } from './settings'

const yes: Allowed = { allowed: true, reason: null }
const no = (reason: string): Allowed => ({ allowed: false, reason })

/** Why a batch in this state cannot be approved at all; null while it is in notice (the later checks decide then). */
export function approveStateReason(status: BatchStatus): string | null {
  switch (status) {
    case 'draft':
      return '批次尚未公示，须经公示后才能批准'
    case 'notice':
      return null
    case 'approved':
      return '批次已批准，无需再次批准'
    case 'paid':
      return '批次已发放，无需再次批准'
  }
}

async function loadBatch(db: Db, id: string) {
  const batch = await findBatch(db, id)
  if (!batch) throw new AppError('NOT_FOUND', '没有找到该发放批次', { field: 'id' })
  return batch
}

/** The day (local calendar) the last application of the batch passed review: a notice cannot start before it. */
async function lastReviewDay(db: Db, batchId: string): Promise<string | null> {
  const at = await latestReviewAt(db, batchId)
  return at === null ? null : todayIn(at)
}

export async function batchDetail(db: Db, id: string, caller: string, today: string): Promise<AidBatchDetail> {
  const batch = await loadBatch(db, id)
  const rows = await batchApplications(db, id)
  const objections = (await batchObjections(db, id)).map(toObjection)
  const open = objections.filter((o) => o.resolvedOn === null)
  const calendar = await readCalendar(db)
  const separation = await readSetting(db, 'separationOfDuties')
  const conflict = rows.map((r) => separationReason(separation.value, r.entered_by, caller, '批准')).find((r) => r !== null) ?? null
  const status = BATCH_STATUS_NAMES[batch.status]
  const stateReason = approveStateReason(batch.status)
  const approve =
    stateReason !== null
      ? no(stateReason)
      : batch.earliest_approval !== null && today < batch.earliest_approval
        ? no(`公示期至 ${batch.notice_end ?? ''} 结束，${batch.earliest_approval} 起方可批准`)
        : open.length > 0
          ? no(`还有 ${open.length} 条异议未处理`)
          : conflict
            ? no(conflict)
            : yes
  return {
    ...toBatchSummary(batch),
    totalWords: fenToChineseUpper(fen(batch.total_fen)),
    applications: rows.map(toApplicationSummary),
    noticeDays:
      batch.notice_start !== null && batch.notice_days !== null ? noticeWindow(batch.notice_start, batch.notice_days, calendar).days : [],
    objections,
    earliestNoticeStart: batch.status === 'draft' ? await lastReviewDay(db, id) : null,
    warnings: await batchAccountWarnings(db, batch.program_id, rows),
    actions: {
      notice: batch.status === 'draft' ? yes : no(`批次当前为「${status}」，已公示过`),
      approve,
      pay: batch.status === 'approved' ? yes : no(`批次当前为「${status}」，批准后才能发放`),
      export: batch.status === 'approved' || batch.status === 'paid' ? yes : no('批准后才能导出银行转账表'),
    },
  }
}

async function batchAccountWarnings(db: Db, programId: string, rows: Awaited<ReturnType<typeof batchApplications>>): Promise<string[]> {
  const programRow = await findProgram(db, programId)
  if (!programRow) return []
  const program = programDefinition(programRow)
  return rows.flatMap((r) => accountWarnings(r, program))
}

export async function getBatch(ctx: ReadContext, id: string): Promise<AidBatchDetail> {
  return batchDetail(ctx.db, id, ctx.caller.user.name, todayIn(ctx.now()))
}

function detailAfterWrite(ctx: WriteContext, id: string): Promise<AidBatchDetail> {
  return batchDetail(ctx.trx, id, ctx.caller.user.name, todayIn(ctx.now()))
}

/** Groups reviewed applications of one program and year that are in no other batch. */
export async function createBatch(ctx: WriteContext, p: { title?: string | undefined; applicationIds: string[] }): Promise<AidBatchDetail> {
  const ids = [...new Set(p.applicationIds)]
  const rows: Awaited<ReturnType<typeof applicationsByIds>> = []
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await applicationsByIds(ctx.trx, ids.slice(i, i + 500))))
  const found = new Set(rows.map((r) => r.id))
  const missing = ids.find((id) => !found.has(id))
  if (missing !== undefined) throw new AppError('NOT_FOUND', `没有找到申请 ${missing}`, { field: 'applicationIds' })
  const first = rows[0]
  if (!first) throw new AppError('INVALID_INPUT', '「申请」至少 1 项', { field: 'applicationIds' })
  for (const r of rows) {
    if (r.status !== 'reviewed') {
      throw new AppError('WORKFLOW_STATE', `${r.member_name}的申请当前为「${toApplicationSummary(r).statusName}」，只有审核通过的申请可以编入发放批次`, {
        field: 'applicationIds',
      })
    }
    if (r.batch_id !== null) throw new AppError('CONFLICT', `${r.member_name}的申请已在另一个发放批次中`, { field: 'applicationIds' })
    if (r.program_code !== first.program_code || r.program_year !== first.program_year) {
      throw new AppError('INVALID_INPUT', `一个批次只能包含同一项目同一年度的申请（${first.program_name}与${r.program_name}）`, { field: 'applicationIds' })
    }
  }
  const n = (await countBatches(ctx.trx, first.program_code, first.program_year)) + 1
  const id = ctx.newId()
  await insertBatch(ctx.trx, {
    id,
    title: p.title ?? `${first.program_year}年${first.program_name}第${n}批`,
    program_id: first.program_id,
    status: 'draft',
    notice_start: null,
    notice_end: null,
    notice_days: null,
    earliest_approval: null,
    approved_on: null,
    approved_by: null,
    created_at: ctx.now(),
    created_by: ctx.caller.user.name,
  })
  await updateApplications(ctx.trx, ids, { batch_id: id, updated_at: ctx.now() })
  await insertEvents(ctx.trx, ids.map((appId) => applicationEvent(ctx, appId, 'batch', null, null)))
  return detailAfterWrite(ctx, id)
}

export async function previewNotice(db: Db, startDate: string, days: number | undefined) {
  const minimum = (await readSetting(db, 'noticeDays')).value
  const count = Math.max(days ?? minimum, minimum)
  return noticeWindow(startDate, count, await readCalendar(db))
}

export async function startNotice(ctx: WriteContext, p: { id: string; startDate: string; days?: number | undefined }): Promise<AidBatchDetail> {
  const batch = await loadBatch(ctx.trx, p.id)
  if (batch.status !== 'draft') throw new AppError('WORKFLOW_STATE', `批次当前为「${BATCH_STATUS_NAMES[batch.status]}」，不能再次公示`, { field: 'id' })
  const minimum = (await readSetting(ctx.trx, 'noticeDays')).value
  if (p.days !== undefined && p.days < minimum) {
    throw new AppError('INVALID_INPUT', `「公示工作日数」不能少于 ${minimum} 个工作日`, { field: 'days' })
  }
  const days = p.days ?? minimum
  const reviewedOn = await lastReviewDay(ctx.trx, batch.id)
  if (reviewedOn !== null && p.startDate < reviewedOn) {
    throw new AppError(
      'INVALID_INPUT',
      `公示开始日期${formatChineseYmd(p.startDate)}早于本批次最后一次审核通过的日期${formatChineseYmd(reviewedOn)}：` +
        `公示只能公示已审核通过的名单，可以补录已张贴的公示，但开始日期不能早于${formatChineseYmd(reviewedOn)}`,
      { field: 'startDate' },
    )
  }
  const window = noticeWindow(p.startDate, days, await readCalendar(ctx.trx))
  await updateBatch(ctx.trx, batch.id, {
    status: 'notice',
    notice_start: p.startDate,
    notice_end: window.end,
    notice_days: days,
    earliest_approval: window.earliestPayment,
  })
  return detailAfterWrite(ctx, batch.id)
}

export async function addObjection(
  ctx: WriteContext,
  p: { batchId: string; applicationId?: string | undefined; date: string; raisedBy: string | null; content: string },
): Promise<AidObjection> {
  const batch = await loadBatch(ctx.trx, p.batchId)
  if (batch.status !== 'notice') throw new AppError('WORKFLOW_STATE', '只能在公示期间登记异议', { field: 'batchId' })
  if (batch.notice_start !== null && p.date < batch.notice_start) {
    throw new AppError('INVALID_INPUT', `异议日期 ${p.date} 早于公示开始日期 ${batch.notice_start}`, { field: 'date' })
  }
  if (p.applicationId !== undefined) {
    const { row } = await loadApplication({ ...ctx, db: ctx.trx }, p.applicationId)
    if (row.batch_id !== batch.id) throw new AppError('INVALID_INPUT', '该申请不在本批次中', { field: 'applicationId' })
  }
  const row = {
    id: ctx.newId(),
    batch_id: batch.id,
    application_id: p.applicationId ?? null,
    date: p.date,
    raised_by: p.raisedBy,
    content: p.content,
    resolution: null,
    resolved_on: null,
    resolved_by: null,
    recorded_by: ctx.caller.user.name,
    created_at: ctx.now(),
  }
  await insertObjection(ctx.trx, row)
  return toObjection(row)
}

export async function resolveObjection(ctx: WriteContext, p: { id: string; resolution: string; date: string }): Promise<AidObjection> {
  const objection = await findObjection(ctx.trx, p.id)
  if (!objection) throw new AppError('NOT_FOUND', '没有找到该异议', { field: 'id' })
  if (objection.resolved_on !== null) throw new AppError('WORKFLOW_STATE', `该异议已于 ${objection.resolved_on} 处理`, { field: 'id' })
  if (p.date < objection.date) throw new AppError('INVALID_INPUT', `处理日期 ${p.date} 早于异议日期 ${objection.date}`, { field: 'date' })
  const changes = { resolution: p.resolution, resolved_on: p.date, resolved_by: ctx.caller.user.name }
  await updateObjection(ctx.trx, objection.id, changes)
  return toObjection({ ...objection, ...changes })
}

/** 批准: after the notice has ended, with no open objection, and not by the person who entered an application. */
export async function approveBatch(ctx: WriteContext, p: { id: string; date?: string | undefined }): Promise<AidBatchDetail> {
  const batch = await loadBatch(ctx.trx, p.id)
  const date = p.date ?? todayIn(ctx.now())
  const stateReason = approveStateReason(batch.status)
  if (stateReason !== null || batch.earliest_approval === null) {
    throw new AppError('WORKFLOW_STATE', stateReason ?? '批次尚未公示，须经公示后才能批准', { field: 'id' })
  }
  if (date < batch.earliest_approval) {
    throw new AppError(
      'NOTICE_NOT_ENDED',
      `公示期 ${batch.notice_start ?? ''} 至 ${batch.notice_end ?? ''}（${batch.notice_days ?? 5} 个工作日）尚未结束，${batch.earliest_approval} 起方可批准（批准日期 ${date}）`,
      { field: 'date' },
    )
  }
  const open = (await batchObjections(ctx.trx, batch.id)).filter((o) => o.resolved_on === null)
  if (open.length > 0) {
    throw new AppError('WORKFLOW_STATE', `还有 ${open.length} 条异议未处理（${open.map((o) => o.content).join('；')}），处理后才能批准`, { field: 'id' })
  }
  const rows = (await batchApplications(ctx.trx, batch.id)).filter((r) => r.status === 'reviewed')
  await requireSeparation(ctx, rows.map((r) => r.entered_by), '批准')
  const ids = rows.map((r) => r.id)
  await updateApplications(ctx.trx, ids, { status: 'approved', updated_at: ctx.now() })
  await insertEvents(ctx.trx, ids.map((id) => applicationEvent(ctx, id, 'approve', date)))
  await updateBatch(ctx.trx, batch.id, { status: 'approved', approved_on: date, approved_by: ctx.caller.user.name })
  return detailAfterWrite(ctx, batch.id)
}

export async function payApplication(ctx: WriteContext, p: PayInput & { id: string }) {
  const { row, programRow } = await loadApplication({ ...ctx, db: ctx.trx }, p.id)
  const batch = row.batch_id === null ? undefined : await findBatch(ctx.trx, row.batch_id)
  requirePayable(row, programRow.kind, p, batch?.approved_on ?? null)
  if (p.method === 'bank') await recordMemberAccounts(ctx.trx, [row.id])
  await updateApplication(ctx.trx, row.id, {
    status: 'paid',
    pay_method: p.method,
    paid_on: p.date,
    pay_reference: p.reference,
    paid_by: ctx.caller.user.name,
    updated_at: ctx.now(),
  })
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'pay', p.date, p.reference)])
  if (row.batch_id !== null) await settleBatchIfDone(ctx.trx, row.batch_id)
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}

export async function payBatch(ctx: WriteContext, p: PayInput & { id: string }): Promise<PayResult> {
  const batch = await loadBatch(ctx.trx, p.id)
  if (batch.status !== 'approved') throw new AppError('WORKFLOW_STATE', `批次当前为「${BATCH_STATUS_NAMES[batch.status]}」，批准后才能发放`, { field: 'id' })
  const program = await findProgram(ctx.trx, batch.program_id)
  const rows = (await batchApplications(ctx.trx, batch.id)).filter((r) => r.status === 'approved')
  for (const r of rows) requirePayable(r, program?.kind ?? 'fixed', p, batch.approved_on)
  const ids = rows.map((r) => r.id)
  const at = ctx.now()
  if (p.method === 'bank') await recordMemberAccounts(ctx.trx, ids)
  await updateApplications(ctx.trx, ids, { status: 'paid', pay_method: p.method, paid_on: p.date, pay_reference: p.reference, paid_by: ctx.caller.user.name, updated_at: at })
  await insertEvents(ctx.trx, ids.map((id) => applicationEvent(ctx, id, 'pay', p.date, p.reference)))
  await settleBatchIfDone(ctx.trx, batch.id)
  const paid = await batchApplications(ctx.trx, batch.id)
  return { paid: paid.filter((r) => ids.includes(r.id)).map(toApplicationSummary) }
}
