import type { AmountChange } from '../../../shared/aid/amount-change'
import { inputLabelsFor, materialCondition, materialName, materialNeeded, type AidProgram } from '../../../shared/aid/rules'
import { APPLICATION_STATUS_NAMES, type AidApplicationDetail, type Allowed, type ApplicationStatus } from '../../../shared/aid/types'
import { fenToChineseUpper, fen } from '../../../shared/money'
import { AppError } from '../../../shared/errors'
import type { Db } from '../db/schema/index'
import type { AidProgramRow } from '../db/schema/aid_program'
import { recompute } from './amount-check'
import { applicationAttachments, applicationEvents, findApplication } from './application-queries'
import { programDefinition, toApplicationSummary, type ApplicationListRow } from './mappers'
import { missingAccountWarning, payeeAccount } from './payee-account'
import { findProgram } from './program-queries'
import { readSetting } from './settings'
import { maskPersonal } from '../../../shared/members/masking'

export const ACTION_NAMES: Record<string, string> = {
  create: '录入',
  edit: '修改',
  submit: '提交',
  attach: '添加附件',
  approve_review: '审核通过',
  return: '退回',
  reject: '不予发放',
  batch: '编入发放批次',
  correct_payee: '更正领款信息',
  approve: '批准',
  pay: '发放',
}

const yes: Allowed = { allowed: true, reason: null }
const no = (reason: string): Allowed => ({ allowed: false, reason })

export function stringList(json: string): string[] {
  const parsed: unknown = JSON.parse(json)
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
}

/** Ticked items and items with a scan: an uploaded scan is the material, so it counts as provided without a tick. */
export function providedMaterials(ticked: readonly string[], attachments: readonly { material: string }[]): string[] {
  return [...new Set([...ticked, ...attachments.map((a) => a.material)])]
}

/** The items this input needs that are neither ticked nor scanned yet. */
export function missingMaterials(program: AidProgram, provided: readonly string[], input: Readonly<Record<string, unknown>>): string[] {
  return program.materials.filter((m) => materialNeeded(m, input)).map(materialName).filter((name) => !provided.includes(name))
}

export function inputOf(row: { input_json: string }): Record<string, unknown> {
  const input: unknown = JSON.parse(row.input_json)
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input } : {}
}

/** Goods need no account, and a paid or refused application has nothing left to put right. */
export function accountWarnings(row: ApplicationListRow, program: AidProgram): string[] {
  if (program.rule.kind === 'in_kind' || payeeCorrectionRefusal(row.status) !== null) return []
  const warning = missingAccountWarning(row)
  return warning === null ? [] : [warning]
}

/** Why payee and account can no longer be corrected; null while they can (until payment). */
export function payeeCorrectionRefusal(status: ApplicationStatus): string | null {
  if (status === 'paid') return '申请已发放，不能再更正领款信息'
  if (status === 'rejected') return '申请已作不予发放处理，不能再更正领款信息'
  return null
}

export function draftOnlyReason(status: ApplicationStatus): string {
  return `申请当前为「${APPLICATION_STATUS_NAMES[status]}」，只有未提交的草稿可以删除（提交后如需撤销，请作「不予发放」处理）`
}

/** The separation-of-duties refusal, naming both people (issue 5, domain §7.1). */
export function separationReason(enabled: boolean, enteredBy: string, actor: string, action: string): string | null {
  if (!enabled || enteredBy !== actor) return null
  return `申请由「${enteredBy}」录入，${action}人「${actor}」不能是同一人（录入与审批分离）`
}

async function actionsFor(
  db: Db,
  row: ApplicationListRow,
  program: AidProgram,
  provided: readonly string[],
  caller: string,
): Promise<AidApplicationDetail['actions']> {
  const status = APPLICATION_STATUS_NAMES[row.status]
  const editable = row.status === 'draft' || row.status === 'returned'
  const missing = missingMaterials(program, provided, inputOf(row))
  const separation = await readSetting(db, 'separationOfDuties')
  const conflict = separationReason(separation.value, row.entered_by, caller, '审核')
  return {
    edit: editable ? yes : no(`申请当前为「${status}」，不能修改`),
    submit: !editable ? no(`申请当前为「${status}」，不能提交`) : missing.length > 0 ? no(`还缺少申请材料：${missing.join('、')}`) : yes,
    review: row.status !== 'submitted' ? no(`申请当前为「${status}」，只有已提交的申请可以审核`) : conflict ? no(conflict) : yes,
    reject: row.status === 'paid' || row.status === 'rejected' ? no(`申请当前为「${status}」，不能再作不予发放处理`) : yes,
    pay: row.status === 'approved' ? yes : no(`申请当前为「${status}」，须经公示并批准后才能发放`),
    correctPayee: payeeCorrectionRefusal(row.status) === null ? yes : no(payeeCorrectionRefusal(row.status) ?? ''),
    delete: row.status === 'draft' ? yes : no(draftOnlyReason(row.status)),
  }
}

/**
 * What review would change. A saved input the current program version no longer accepts makes review refuse with
 * that same message, so the detail still opens and shows no change rather than failing to show the application.
 */
async function pendingChange(db: Db, row: ApplicationListRow, programRow: AidProgramRow, input: Record<string, unknown>): Promise<AmountChange | null> {
  try {
    return (await recompute(db, row, programRow, input)).change
  } catch (err) {
    if (err instanceof AppError) return null
    throw err
  }
}

export async function applicationDetail(db: Db, id: string, caller: string): Promise<AidApplicationDetail> {
  const row = await findApplication(db, id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该申请', { field: 'id' })
  const programRow = await findProgram(db, row.program_id)
  if (!programRow) throw new AppError('NOT_FOUND', '申请所属的救助项目不存在', { field: 'id' })
  const program = programDefinition(programRow)
  const attachments = await applicationAttachments(db, id)
  const provided = providedMaterials(stringList(row.materials_json), attachments)
  const events = await applicationEvents(db, id)
  const inputRecord = inputOf(row)
  const labels = inputLabelsFor(program.rule)
  const account = payeeAccount(row)
  // Review recomputes on today's records: show beforehand what it would approve and why that moved.
  const pending = row.status === 'draft' || row.status === 'submitted' || row.status === 'returned'
  const amountChange = pending ? await pendingChange(db, row, programRow, inputRecord) : null
  return {
    ...toApplicationSummary(row),
    input: inputRecord,
    eligible: row.eligible === 1,
    amountWords: fenToChineseUpper(fen(row.amount_fen)),
    breakdown: stringList(row.breakdown_json),
    reasons: stringList(row.reasons_json),
    materials: program.materials.map((m) => ({
      name: materialName(m),
      needed: materialNeeded(m, inputRecord),
      condition: materialCondition(m, labels),
      provided: provided.includes(materialName(m)),
      attachments: attachments
        .filter((a) => a.material === materialName(m))
        .map((a) => ({
          id: a.id,
          material: a.material,
          fileName: a.file_name,
          sha256: a.sha256,
          sizeBytes: a.size_bytes,
          addedAt: a.added_at,
          addedBy: a.added_by,
        })),
    })),
    payee: {
      name: row.payee_name,
      relation: row.payee_relation,
      idNumber: maskPersonal('idNumber', row.payee_id_number),
      bankName: account.bankName,
      bankAccount: maskPersonal('bankAccount', account.bankAccount),
      accountSource: account.source,
    },
    payment:
      row.pay_method !== null && row.paid_on !== null
        ? { method: row.pay_method, date: row.paid_on, reference: row.pay_reference, operator: row.paid_by ?? '' }
        : null,
    reviewedBy: row.reviewed_by,
    returnReason: row.return_reason,
    rejectReason: row.reject_reason,
    amountChange,
    // Paid or refused: nothing is left to put right.
    warnings: accountWarnings(row, program),
    events: events.map((e) => ({
      action: e.action,
      actionName: ACTION_NAMES[e.action] ?? e.action,
      operator: e.operator,
      at: e.at,
      date: e.date,
      note: e.note,
    })),
    actions: await actionsFor(db, row, program, provided, caller),
  }
}
