import type { AidCalculation } from '../../../shared/aid/evaluate'
import { materialName, type AidProgram } from '../../../shared/aid/rules'
import { APPLICATION_STATUS_NAMES, type AidAttachment, type AidApplicationDetail, type ApplicationStatus } from '../../../shared/aid/types'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { ReadContext, WriteContext } from '../context'
import type { AidApplicationTable } from '../db/schema/aid_application'
import type { Db } from '../db/schema/index'
import type { MemberRow } from '../db/schema/member'
import { applicationDetail, draftOnlyReason, inputOf, missingMaterials, providedMaterials, stringList } from './application-detail'
import {
  applicationAttachments,
  deleteApplicationRow,
  findApplication,
  findAttachment,
  insertApplication,
  insertAttachment,
  insertEvents,
  updateApplication,
} from './application-queries'
import { receiveScan } from './attachment-store'
import { evaluate, requireEligible, type Existing } from './evaluation'
import { resolveMember, type MemberRef } from './facts'
import { namedAccount } from './payee-account'
import { programDefinition } from './mappers'
import { resolveProgram, type ProgramRef } from './program-service'
import { findProgram } from './program-queries'

type Input = Readonly<Record<string, unknown>>


/** Workflow columns of an application nobody has batched, reviewed, refused or paid yet. */
export const notYetHandled = {
  batch_id: null,
  reviewed_by: null,
  return_reason: null,
  reject_reason: null,
  pay_method: null,
  paid_on: null,
  pay_reference: null,
  paid_by: null,
} as const

export async function calc(
  ctx: ReadContext,
  p: ProgramRef & MemberRef & { input: Input; date?: string | undefined; applicationId?: string | undefined },
): Promise<AidCalculation> {
  const program = await resolveProgram(ctx.db, p)
  const member = await resolveMember(ctx.db, p)
  const existing = p.applicationId === undefined ? undefined : await previewedApplication(ctx.db, p.applicationId, member.id)
  const evaluation = await evaluate(ctx.db, program, member, p.input, p.date ?? todayIn(ctx.now()), existing)
  return evaluation.calc
}

/** The saved application a preview leaves out; it must be the same member's, or the preview would hide someone else's claim. */
async function previewedApplication(db: Db, id: string, memberId: string): Promise<Existing> {
  const row = await findApplication(db, id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该申请', { field: 'applicationId' })
  if (row.member_id !== memberId) throw new AppError('INVALID_INPUT', '「申请」不是该会员的申请', { field: 'applicationId' })
  return { id: row.id, date: row.date }
}

function text(input: Input, key: string): string | null {
  const v = input[key]
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null
}

/** Real-name payment (domain §7.2): the member's own account, or for a death benefit the named family payee's. */
export function payeeOf(program: AidProgram, member: MemberRow, input: Input) {
  if (program.rule.kind === 'graded' && input['grade'] === 'death') {
    return { payee_name: text(input, 'payeeName') ?? member.name, payee_relation: text(input, 'payeeRelation'), payee_id_number: text(input, 'payeeIdNumber') }
  }
  return { payee_name: member.name, payee_relation: null, payee_id_number: null }
}

function checkMaterials(program: AidProgram, materials: readonly string[]): string[] {
  const names = program.materials.map(materialName)
  const unknown = materials.filter((m) => !names.includes(m))
  if (unknown.length > 0) {
    throw new AppError('INVALID_INPUT', `「${unknown.join('、')}」不在${program.name}的申请材料清单中（清单：${names.join('、') || '无'}）`, {
      field: 'materials',
    })
  }
  return [...new Set(materials)]
}

/** Only the items this input needs (a condition such as 仅死亡时需要 is decided by the input being submitted). */
function requireComplete(program: AidProgram, materials: readonly string[], input: Input): void {
  const missing = missingMaterials(program, materials, input)
  if (missing.length > 0) throw new AppError('INVALID_INPUT', `还缺少申请材料：${missing.join('、')}，不能提交`, { field: 'materials' })
}

export function applicationEvent(ctx: WriteContext, applicationId: string, action: string, date: string | null, note: string | null = null) {
  return { id: ctx.newId(), application_id: applicationId, action, operator: ctx.caller.user.name, date, note, at: ctx.now() }
}

export async function createApplication(
  ctx: WriteContext,
  p: ProgramRef &
    MemberRef & { input: Input; date?: string | undefined; materials: string[]; bankName: string | null; bankAccount: string | null; submit: boolean },
): Promise<AidApplicationDetail> {
  const programRow = await resolveProgram(ctx.trx, p)
  if (programRow.is_current !== 1) {
    throw new AppError('CONFLICT', `「${programRow.name}」第 ${programRow.version} 版已被新版本取代，请按最新版本申请`, { field: 'programId' })
  }
  const member = await resolveMember(ctx.trx, p)
  const date = p.date ?? todayIn(ctx.now())
  const { program, calc: result, selfPaidFen, basis } = await evaluate(ctx.trx, programRow, member, p.input, date)
  requireEligible(result, member.name)
  const materials = checkMaterials(program, p.materials)
  if (p.submit) requireComplete(program, materials, p.input)
  const at = ctx.now()
  const row: AidApplicationTable = {
    id: ctx.newId(),
    program_id: programRow.id,
    member_id: member.id,
    date,
    input_json: JSON.stringify(p.input),
    amount_fen: result.amountFen,
    self_paid_fen: selfPaidFen,
    eligible: 1,
    breakdown_json: JSON.stringify(result.breakdown),
    reasons_json: JSON.stringify(result.reasons),
    materials_json: JSON.stringify(materials),
    status: p.submit ? 'submitted' : 'draft',
    ...payeeOf(program, member, p.input),
    // Left empty: the member's account as registered when paid, so adding it to the member later is enough.
    ...namedAccount(p.bankName, p.bankAccount),
    entered_by: ctx.caller.user.name,
    ...notYetHandled,
    basis_json: JSON.stringify(basis),
    created_at: at,
    updated_at: at,
  }
  await insertApplication(ctx.trx, row)
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'create', date), ...(p.submit ? [applicationEvent(ctx, row.id, 'submit', date)] : [])])
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}

export async function loadApplication(ctx: ReadContext, id: string) {
  const row = await findApplication(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该申请', { field: 'id' })
  const programRow = await findProgram(ctx.db, row.program_id)
  if (!programRow) throw new AppError('NOT_FOUND', '申请所属的救助项目不存在', { field: 'id' })
  return { row, programRow, program: programDefinition(programRow) }
}

function requireEditable(status: ApplicationStatus): void {
  if (status !== 'draft' && status !== 'returned') {
    throw new AppError('WORKFLOW_STATE', `申请当前状态为「${APPLICATION_STATUS_NAMES[status]}」，只有草稿或已退回的申请可以修改或提交`, { field: 'id' })
  }
}

/** Edits recompute the amount; the result must still be eligible. */
export async function editApplication(
  ctx: WriteContext,
  p: {
    id: string
    input?: Input | undefined
    date?: string | undefined
    materials?: string[] | undefined
    bankName?: string | null | undefined
    bankAccount?: string | null | undefined
    submit: boolean
  },
): Promise<AidApplicationDetail> {
  const { row, programRow, program } = await loadApplication({ ...ctx, db: ctx.trx }, p.id)
  requireEditable(row.status)
  const member = await resolveMember(ctx.trx, { memberId: row.member_id })
  const input: Input = p.input ?? inputOf(row)
  const date = p.date ?? row.date
  const { calc: result, selfPaidFen, basis } = await evaluate(ctx.trx, programRow, member, input, date, { id: row.id, date: row.date })
  requireEligible(result, member.name)
  // A scanned item stays provided whatever the ticks sent with the edit say.
  const attached = await applicationAttachments(ctx.trx, row.id)
  const materials = providedMaterials(checkMaterials(program, p.materials ?? stringList(row.materials_json)), attached)
  if (p.submit) requireComplete(program, materials, input)
  await updateApplication(ctx.trx, row.id, {
    date,
    input_json: JSON.stringify(input),
    amount_fen: result.amountFen,
    self_paid_fen: selfPaidFen,
    breakdown_json: JSON.stringify(result.breakdown),
    reasons_json: JSON.stringify(result.reasons),
    materials_json: JSON.stringify(materials),
    basis_json: JSON.stringify(basis),
    ...payeeOf(program, member, input),
    ...(p.bankName !== undefined || p.bankAccount !== undefined
      ? namedAccount(p.bankName === undefined ? row.bank_name : p.bankName, p.bankAccount === undefined ? row.bank_account : p.bankAccount)
      : {}),
    ...(p.submit ? { status: 'submitted' as const, return_reason: null } : {}),
    updated_at: ctx.now(),
  })
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, p.submit ? 'submit' : 'edit', date)])
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}

/**
 * A draft entered by mistake is removed, not refused: it was never a claim. Scan files stay in the store (they are
 * shared by hash and may belong to other applications); the audit row of this call keeps what was deleted.
 */
export async function deleteDraft(ctx: WriteContext, id: string) {
  const { row } = await loadApplication({ ...ctx, db: ctx.trx }, id)
  if (row.status !== 'draft') throw new AppError('WORKFLOW_STATE', draftOnlyReason(row.status), { field: 'id' })
  await deleteApplicationRow(ctx.trx, row.id)
  return { id: row.id, memberName: row.member_name, programName: row.program_name, date: row.date, amountFen: row.amount_fen }
}

export async function attachFile(
  ctx: WriteContext,
  p: { applicationId: string; material: string; file: { fileName: string; contentBase64: string } },
): Promise<AidAttachment> {
  const { row, program } = await loadApplication({ ...ctx, db: ctx.trx }, p.applicationId)
  if (row.status === 'paid' || row.status === 'rejected') {
    throw new AppError('WORKFLOW_STATE', '已发放或不予发放的申请不能再添加附件', { field: 'applicationId' })
  }
  checkMaterials(program, [p.material])
  const id = ctx.newId()
  const { sha256, sizeBytes } = await receiveScan(ctx, { id, file: p.file, registeredAs: `「${p.material}」` })
  // The same scan for the same material again (a retry after a warning) adds no second row; the file is stored again.
  const attachment = (await findAttachment(ctx.trx, { applicationId: row.id, material: p.material, sha256 })) ?? {
    id,
    application_id: row.id,
    material: p.material,
    file_name: p.file.fileName,
    sha256,
    size_bytes: sizeBytes,
    added_at: ctx.now(),
    added_by: ctx.caller.user.name,
  }
  if (attachment.id === id) {
    await insertAttachment(ctx.trx, attachment)
    const materials = new Set(stringList(row.materials_json))
    materials.add(p.material)
    await updateApplication(ctx.trx, row.id, { materials_json: JSON.stringify([...materials]), updated_at: ctx.now() })
    await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'attach', null, `${p.material}：${p.file.fileName}`)])
  }
  return {
    id: attachment.id,
    material: attachment.material,
    fileName: attachment.file_name,
    sha256: attachment.sha256,
    sizeBytes: attachment.size_bytes,
    addedAt: attachment.added_at,
    addedBy: attachment.added_by,
  }
}

