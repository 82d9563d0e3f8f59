import type { Insertable } from 'kysely'
import type { z } from 'zod'
import type { memberSaveInput, MemberSaveResult, MemberDetail } from '../../../shared/contract/members'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { checkIdNumber, compareWithId } from '../../../shared/identity/id-number'
import { normalizeMobile } from '../../../shared/identity/mobile'
import { normalizePersonName } from '../../../shared/identity/person-name'
import type { MemberEventType } from '../../../shared/members/fields'
import { memberEventLabels } from '../../../shared/members/fields'
import { eventDateRefusal, nextStatus, statusAfterEvents, transitionRefusal } from '../../../shared/members/lifecycle'
import type { searchKeys as searchKeysFn } from '../../../shared/members/search-keys'
import { cleanBankAccount, otherDocumentNumber } from '../../../shared/members/validate-row'
import type { ReadContext, WriteContext } from '../context'
import type { MemberTable } from '../db/schema/member'
import type { MemberEventTable } from '../db/schema/member_event'
import type { Db } from '../db/schema/index'
import { toMemberDetail } from './mappers'
import { findIdHolder, holderRefusal } from './id-holder'
import { findActiveOrg, findEnterprise, getMemberRow, lastEventDate, memberEvents, memberReferences } from './queries'
import { deleteMemberRows, insertEvents, insertMembers, updateMember, voidEvents } from './writes'

type SaveInput = z.output<typeof memberSaveInput>

export async function loadDetail(ctx: ReadContext, by: { id: string } | { idNumber: string }, unmasked = false): Promise<MemberDetail> {
  const row = await getMemberRow(ctx.db, by)
  if (!row) throw new AppError('NOT_FOUND', 'id' in by ? '找不到该会员' : `找不到证件号码为 ${by.idNumber} 的会员`)
  return toMemberDetail(row, await memberEvents(ctx.db, row.id, { withVoided: true }), { today: todayIn(ctx.now()), unmasked })
}

export async function requireActiveOrg(db: Db, id: string, field = 'orgId') {
  const org = await findActiveOrg(db, id)
  if (!org) throw new AppError('NOT_FOUND', '找不到该工会', { field })
  if (org.status !== 'active') throw new AppError('WORKFLOW_STATE', `「${org.name}」已合并或撤销，不能再办理会员业务`, { field })
  return org
}

function identity(raw: string, today: string, kind: SaveInput['idKind']) {
  if (kind === 'other') {
    const normalized = otherDocumentNumber(raw)
    if (!normalized) throw new AppError('ID_INVALID', '「证件号码」应为 5–20 位字母或数字', { field: 'idNumber' })
    return { normalized, kind: 'other' as const, check: null }
  }
  const check = checkIdNumber(raw, { today })
  if (!check.valid || !check.normalized || !check.kind) {
    throw new AppError(check.code ?? 'ID_INVALID', `「证件号码」${check.error ?? '不正确'}`, { field: 'idNumber' })
  }
  return { normalized: check.normalized, kind: check.kind, check }
}

export async function saveMember(ctx: WriteContext, input: SaveInput): Promise<MemberSaveResult> {
  const today = todayIn(ctx.now())
  const existing = input.id ? await getMemberRow(ctx.trx, { id: input.id }) : undefined
  if (input.id && !existing) throw new AppError('NOT_FOUND', '找不到该会员', { field: 'id' })
  await requireActiveOrg(ctx.trx, input.orgId)
  if (input.enterpriseId) {
    const e = await findEnterprise(ctx.trx, input.enterpriseId)
    if (!e || e.org_id !== input.orgId) throw new AppError('INVALID_INPUT', '「所属企业」不属于所选工会', { field: 'enterpriseId' })
  }
  const rawId = input.idNumber ?? existing?.id_number
  if (!rawId) throw new AppError('INVALID_INPUT', '「证件号码」不能为空', { field: 'idNumber' })
  // On edit without a new number, the stored kind decides: a passport number must not be re-read as an ID card.
  const kind = input.idKind ?? (input.idNumber === undefined && existing?.id_kind === 'other' ? 'other' : undefined)
  const id = identity(rawId, today, kind)
  const warnings: string[] = id.check ? [...id.check.warnings, ...compareWithId(id.check, { gender: input.gender, birthDate: input.birthDate })] : []
  const name = normalizePersonName(input.name)
  warnings.push(...name.warnings)
  // Absent keeps the number on file: the edit form only ever holds it masked.
  let phone = input.phone === undefined ? (existing?.phone ?? null) : input.phone || null
  if (phone && input.phone) {
    const m = normalizeMobile(phone)
    if (m.value) phone = m.value
    else warnings.push(`「移动电话」${m.error ?? '不正确'}，已按原样保存`)
  }
  const bank = input.bankAccount ? cleanBankAccount(input.bankAccount) : null
  if (bank?.warning) warnings.push(`${bank.warning}，已按原样保存`)
  const bankAccount = input.bankAccount === undefined ? (existing?.bank_account ?? null) : (bank?.value ?? null)
  const fields = {
    org_id: input.orgId,
    enterprise_id: input.enterpriseId,
    name: name.value,
    id_number: id.normalized,
    id_kind: id.kind,
    gender: id.check?.gender ?? input.gender,
    birth_date: id.check?.birthDate ?? input.birthDate,
    ethnicity: input.ethnicity,
    employment_status: input.employmentStatus,
    education: input.education,
    skill_level: input.skillLevel,
    phone,
    hukou_type: input.hukouType,
    hukou_place: input.hukouPlace,
    political_status: input.politicalStatus,
    employer_name: input.employerName,
    native_place: input.nativePlace,
    is_migrant: input.isMigrant ? 1 : 0,
    new_form_type: input.newFormType,
    bank_name: input.bankName,
    bank_account: bankAccount,
    notes: input.notes,
    ...keyColumns(await loadSearchKeys(), name.value, id.normalized),
    updated_at: ctx.now(),
  } as const
  if (existing) {
    if (existing.org_id !== input.orgId && existing.status === 'active') {
      throw new AppError('WORKFLOW_STATE', '更换所属工会请办理「转会」（记录转出与转入）', { field: 'orgId' })
    }
    await updateMember(ctx.trx, existing.id, fields)
    return { member: await loadDetail(ctx, { id: existing.id }), warnings }
  }
  // Issue 13: the refusal names who holds the number, as the form's live check (members.findByIdNumber) did.
  const holder = await findIdHolder(ctx.trx, id.normalized)
  if (holder) throw holderRefusal(holder)
  const memberId = ctx.newId()
  const joinDate = input.joinDate ?? today
  await checkEventDate(ctx, null, fields.birth_date, joinDate)
  // An 在会 duplicate is refused by the unique index member_one_active_per_id (→ MEMBER_ACTIVE_ELSEWHERE).
  await insertMembers(ctx.trx, [{ ...fields, id: memberId, status: 'active', created_at: ctx.now() }])
  await insertEvents(ctx.trx, [eventRow(ctx, memberId, input.orgId, 'join', joinDate, input.joinReason)])
  return { member: await loadDetail(ctx, { id: memberId }), warnings }
}

export type SearchKeys = typeof searchKeysFn

/**
 * pinyin-pro parses its half-megabyte dictionary when imported; only writes that name a member need it, so it is
 * loaded by the first of them, and reads (a CLI list, a search) start without it.
 */
export async function loadSearchKeys(): Promise<SearchKeys> {
  return (await import('../../../shared/members/search-keys')).searchKeys
}

export function keyColumns(searchKeys: SearchKeys, name: string, idNumber: string): Pick<MemberTable, 'name_rest' | 'name_key' | 'name_given' | 'name_pinyin' | 'name_initials' | 'id_reversed'> {
  const k = searchKeys(name, idNumber)
  return { name_rest: k.nameRest, name_key: k.nameKey, name_given: k.nameGiven, name_pinyin: k.namePinyin, name_initials: k.nameInitials, id_reversed: k.idReversed }
}

export function eventRow(
  ctx: WriteContext,
  memberId: string,
  orgId: string,
  type: MemberEventType,
  date: string | null,
  reason: string | null,
  to: { orgId: string | null; text: string | null } = { orgId: null, text: null },
): Insertable<MemberEventTable> {
  return {
    id: ctx.newId(), member_id: memberId, org_id: orgId, type, date, reason, operator: ctx.caller.user.name, created_at: ctx.now(),
    to_org_id: to.orgId, to_text: to.text,
  }
}

/** Domain §3.4: not before the previous event, not in the future, not before the 16th birthday. */
async function checkEventDate(ctx: WriteContext, memberId: string | null, birthDate: string | null, date: string): Promise<void> {
  const refusal = eventDateRefusal(date, { today: todayIn(ctx.now()), birthDate })
  if (refusal) throw new AppError('INVALID_INPUT', `「会籍变化日期」${refusal}`, { field: 'date' })
  if (memberId) {
    const last = await lastEventDate(ctx.trx, memberId)
    if (last?.date && date < last.date) throw new AppError('INVALID_INPUT', `「会籍变化日期」${date} 早于上一次会籍变化（${last.date}）`, { field: 'date' })
  }
}

export async function recordEvent(
  ctx: WriteContext,
  p: { memberId: string; type: MemberEventType; date: string; reason: string | null; orgId?: string | undefined; toOrgId?: string | undefined; toText?: string | null | undefined },
): Promise<MemberDetail> {
  const row = await getMemberRow(ctx.trx, { id: p.memberId })
  if (!row) throw new AppError('NOT_FOUND', '找不到该会员', { field: 'memberId' })
  const status = nextStatus(row.status, p.type)
  if (!status) throw new AppError('TRANSITION_NOT_ALLOWED', transitionRefusal(row.status, p.type), { field: 'type' })
  await checkEventDate(ctx, row.id, row.birth_date, p.date)
  const to = p.type === 'transfer_out' ? await transferDestination(ctx, row.org_id, p) : { orgId: null, text: null }
  const orgId = p.orgId && (p.type === 'join' || p.type === 'transfer_in') ? (await requireActiveOrg(ctx.trx, p.orgId)).id : row.org_id
  await updateMember(ctx.trx, row.id, { status, org_id: orgId, updated_at: ctx.now() })
  await insertEvents(ctx.trx, [eventRow(ctx, row.id, orgId, p.type, p.date, p.reason, to)])
  return loadDetail(ctx, { id: row.id })
}

/** Issue 13: a 转出 says where to — a union in the register, or the name of one outside it. */
async function transferDestination(ctx: WriteContext, fromOrgId: string, p: { toOrgId?: string | undefined; toText?: string | null | undefined }) {
  if (p.toOrgId) {
    if (p.toOrgId === fromOrgId) throw new AppError('INVALID_INPUT', '转往的工会与当前所属工会相同', { field: 'toOrgId' })
    const org = await findActiveOrg(ctx.trx, p.toOrgId)
    if (!org) throw new AppError('NOT_FOUND', '找不到转往的工会', { field: 'toOrgId' })
    return { orgId: org.id, text: null }
  }
  if (p.toText) {
    // A name typed (or picked) that is a union of this office is recorded as that union.
    const org = await ctx.trx.selectFrom('org').select('id').where('name', '=', p.toText).where('status', '=', 'active').executeTakeFirst()
    return org && org.id !== fromOrgId ? { orgId: org.id, text: null } : { orgId: null, text: p.toText }
  }
  throw new AppError('INVALID_INPUT', '「转往单位」不能为空：请选择本单位登记的工会，或填写转往的单位名称', { field: 'toText' })
}

/**
 * 更正 (issue 13): voids the member's latest standing event — both halves of a transfer made here, which one action
 * wrote — and recomputes status and union by replaying what remains through the lifecycle table. Nothing is deleted.
 */
export async function voidLatestEvent(ctx: WriteContext, p: { memberId: string; eventId: string; reason: string }): Promise<MemberDetail> {
  const row = await getMemberRow(ctx.trx, { id: p.memberId })
  if (!row) throw new AppError('NOT_FOUND', '找不到该会员', { field: 'memberId' })
  const standing = await memberEvents(ctx.trx, row.id)
  const last = standing.at(-1)
  const target = standing.find((e) => e.id === p.eventId)
  if (!target || !last) throw new AppError('NOT_FOUND', '找不到这条会籍变化记录，或它已被更正', { field: 'eventId' })
  if (target.id !== last.id) {
    throw new AppError('WORKFLOW_STATE', `只能更正最近一次会籍变化（${memberEventLabels[last.type]}${last.date ? `，${last.date}` : ''}），请从最近一次起逐条更正`, { field: 'eventId' })
  }
  const before = standing.at(-2)
  const pair = last.type === 'transfer_in' && before?.type === 'transfer_out' && before.date === last.date && (before.to_org_id === last.org_id || before.created_at === last.created_at)
  const voided = pair && before ? [before, last] : [last]
  const remaining = standing.slice(0, standing.length - voided.length)
  const first = remaining[0]
  if (!first) throw new AppError('WORKFLOW_STATE', `这是${row.name}唯一的会籍记录，不能更正；若此人是误录，请删除该会员`, { field: 'eventId' })
  const status = statusAfterEvents(remaining.map((e) => e.type))
  if (!status) throw new AppError('TRANSITION_NOT_ALLOWED', '更正后的会籍记录前后矛盾，无法更正', { field: 'eventId' })
  const orgId = remaining.at(-1)?.org_id ?? first.org_id
  await voidEvents(ctx.trx, voided.map((e) => e.id), { at: ctx.now(), by: ctx.caller.user.name, reason: p.reason })
  // Back in the union it left, the person's enterprise (dropped on transfer) is not guessed; the clerk sets it again.
  await updateMember(ctx.trx, row.id, { status, org_id: orgId, ...(orgId !== row.org_id ? { enterprise_id: null } : {}), updated_at: ctx.now() })
  return loadDetail(ctx, { id: row.id })
}

/** Records that refer to a member, by table; the tables are found by their member_id column, so new features are covered. */
const referenceLabels: Readonly<Record<string, string>> = {
  aid_application: '补助申请',
  hardship_file: '困难职工档案',
  mediation_worker: '劳动争议调解案件',
}

/** Deletes a member entered by mistake, refused (naming what refers to them) while any other record refers to them. */
export async function deleteMember(ctx: WriteContext, p: { id: string }): Promise<{ id: string; name: string }> {
  const row = await getMemberRow(ctx.trx, { id: p.id })
  if (!row) throw new AppError('NOT_FOUND', '找不到该会员', { field: 'id' })
  const refs = await memberReferences(ctx.trx, row.id)
  if (refs.length) {
    const named = refs.map((r) => `${referenceLabels[r.table] ?? (r.table === 'print_log' ? '编号打印记录' : '其他业务记录')} ${r.count} 条`)
    throw new AppError('CONFLICT', `${row.name}已有${named.join('、')}引用，不能删除；误录的会员只能在没有任何业务记录时删除`, { field: 'id' })
  }
  await deleteMemberRows(ctx.trx, row.id)
  return { id: row.id, name: row.name }
}

export async function transferMember(ctx: WriteContext, p: { memberId: string; toOrgId: string; date: string; reason: string | null }): Promise<MemberDetail> {
  const row = await getMemberRow(ctx.trx, { id: p.memberId })
  if (!row) throw new AppError('NOT_FOUND', '找不到该会员', { field: 'memberId' })
  if (row.org_id === p.toOrgId) throw new AppError('INVALID_INPUT', '转入工会与当前所属工会相同', { field: 'toOrgId' })
  if (!nextStatus(row.status, 'transfer_out')) throw new AppError('TRANSITION_NOT_ALLOWED', transitionRefusal(row.status, 'transfer_out'), { field: 'memberId' })
  const to = await requireActiveOrg(ctx.trx, p.toOrgId, 'toOrgId')
  await checkEventDate(ctx, row.id, row.birth_date, p.date)
  await insertEvents(ctx.trx, [
    eventRow(ctx, row.id, row.org_id, 'transfer_out', p.date, p.reason, { orgId: to.id, text: null }),
    eventRow(ctx, row.id, to.id, 'transfer_in', p.date, p.reason),
  ])
  // The person's enterprise belonged to the old union; it does not follow them.
  await updateMember(ctx.trx, row.id, { status: 'active', org_id: to.id, enterprise_id: null, updated_at: ctx.now() })
  return loadDetail(ctx, { id: row.id })
}
