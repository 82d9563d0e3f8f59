import type { AidApplicationDetail, PaymentMethod } from '../../../shared/aid/types'
import { APPLICATION_STATUS_NAMES } from '../../../shared/aid/types'
import { AppError } from '../../../shared/errors'
import { fen, formatFen } from '../../../shared/money'
import type { WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import type { AidProgramRow } from '../db/schema/aid_program'
import { applicationDetail, inputOf, separationReason } from './application-detail'
import { applicationEvent, loadApplication } from './application-service'
import { insertEvents, updateApplication } from './application-queries'
import { recompute } from './amount-check'
import { requireEligible, requireNoLaterClaims } from './evaluation'
import { findCurrentProgram, programMoney } from './program-queries'
import { hasCompleteAccount, missingAccountWarning, payeeAccount, type PayeeAccountRow } from './payee-account'
import { readSetting } from './settings'
import { settleBatchIfDone } from './batch-queries'

function yuan(amountFen: number): string {
  return formatFen(fen(amountFen))
}

/** The budget belongs to the program code and year (all versions); the current version's figure is the allocation. */
export async function requireBudget(db: Db, programRow: AidProgramRow, amountFen: number): Promise<void> {
  const current = (await findCurrentProgram(db, programRow.code, programRow.year)) ?? programRow
  const [money] = await programMoney(db, { code: programRow.code, year: programRow.year })
  const committed = money?.committedFen ?? 0
  const paid = money?.paidFen ?? 0
  const remaining = current.budget_fen - committed - paid
  if (amountFen <= remaining) return
  throw new AppError(
    'BUDGET_EXCEEDED',
    `「${current.name}」${current.year} 年度预算 ${yuan(current.budget_fen)} 元，已审核待发 ${yuan(committed)} 元，已发放 ${yuan(paid)} 元，` +
      `剩余 ${yuan(Math.max(0, remaining))} 元，本次 ${yuan(amountFen)} 元超出预算`,
  )
}

/** Reads the setting once and refuses on the first application (by who entered it) the caller may not act on. */
export async function requireSeparation(ctx: WriteContext, enteredBy: readonly string[], action: string): Promise<void> {
  const setting = await readSetting(ctx.trx, 'separationOfDuties')
  for (const who of enteredBy) {
    const reason = separationReason(setting.value, who, ctx.caller.user.name, action)
    if (reason) throw new AppError('FORBIDDEN', reason)
  }
}

/** 审核: approve (eligibility checked again with today's history, budget committed) or return with a reason. */
export async function reviewApplication(
  ctx: WriteContext,
  p: { id: string; decision: 'approve' | 'return'; reason: string | null },
): Promise<AidApplicationDetail> {
  const { row, programRow } = await loadApplication({ ...ctx, db: ctx.trx }, p.id)
  if (row.status !== 'submitted') {
    throw new AppError('WORKFLOW_STATE', `申请当前状态为「${APPLICATION_STATUS_NAMES[row.status]}」，只有已提交的申请可以审核`, { field: 'id' })
  }
  if (p.decision === 'return') {
    await updateApplication(ctx.trx, row.id, { status: 'returned', return_reason: p.reason, reviewed_by: ctx.caller.user.name, updated_at: ctx.now() })
    await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'return', null, p.reason)])
    return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
  }
  await requireSeparation(ctx, [row.entered_by], '审核')
  const { member, calc, selfPaidFen, basis, change } = await recompute(ctx.trx, row, programRow, inputOf(row))
  requireEligible(calc, member.name)
  await requireBudget(ctx.trx, programRow, calc.amountFen)
  await updateApplication(ctx.trx, row.id, {
    status: 'reviewed',
    amount_fen: calc.amountFen,
    self_paid_fen: selfPaidFen,
    breakdown_json: JSON.stringify(calc.breakdown),
    reasons_json: JSON.stringify(calc.reasons),
    basis_json: JSON.stringify(basis),
    reviewed_by: ctx.caller.user.name,
    updated_at: ctx.now(),
  })
  // The record keeps why the approved amount differs from the one shown when the application was saved.
  const note = [p.reason, change?.message].filter((s): s is string => typeof s === 'string' && s !== '').join('；')
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'approve_review', null, note === '' ? null : note)])
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}

export async function rejectApplication(ctx: WriteContext, p: { id: string; reason: string }): Promise<AidApplicationDetail> {
  const { row, program } = await loadApplication({ ...ctx, db: ctx.trx }, p.id)
  if (row.status === 'paid' || row.status === 'rejected') {
    throw new AppError('WORKFLOW_STATE', `申请当前状态为「${APPLICATION_STATUS_NAMES[row.status]}」，不能再作不予发放处理`, { field: 'id' })
  }
  await requireNoLaterClaims(ctx.trx, program, row.member_id, { id: row.id, date: row.date })
  await updateApplication(ctx.trx, row.id, { status: 'rejected', reject_reason: p.reason, updated_at: ctx.now() })
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'reject', null, p.reason)])
  if (row.batch_id !== null) await settleBatchIfDone(ctx.trx, row.batch_id)
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}

export interface PayInput {
  method: PaymentMethod
  date: string
  reference: string | null
}

/** Checks one approved application can be paid this way; returns nothing, throws the Chinese refusal. */
export function requirePayable(
  row: PayeeAccountRow & { status: keyof typeof APPLICATION_STATUS_NAMES },
  kind: AidProgramRow['kind'],
  p: PayInput,
  approvedOn: string | null,
): void {
  if (row.status !== 'approved') {
    throw new AppError('WORKFLOW_STATE', `申请当前状态为「${APPLICATION_STATUS_NAMES[row.status]}」，须经审核、公示并批准后才能发放`, { field: 'id' })
  }
  if (approvedOn !== null && p.date < approvedOn) {
    throw new AppError('INVALID_INPUT', `发放日期 ${p.date} 早于批准日期 ${approvedOn}`, { field: 'date' })
  }
  if (p.method === 'goods' && kind !== 'in_kind') throw new AppError('INVALID_INPUT', '现金类项目不能按实物发放', { field: 'method' })
  if (p.method !== 'goods' && kind === 'in_kind') throw new AppError('INVALID_INPUT', '实物项目应按「实物」方式发放', { field: 'method' })
  if (p.method === 'bank' && !hasCompleteAccount(payeeAccount(row))) {
    throw new AppError('INVALID_INPUT', `${missingAccountWarning(row) ?? ''}（实名制发放）`, { field: 'method' })
  }
}
