import type { ParsedInput } from '../../../shared/contract/index'
import type { MediationCase, MediationStats } from '../../../shared/contract/mediation'
import { todayIn } from '../../../shared/dates'
import { AppError, isAppError } from '../../../shared/errors'
import { normalizeIdText } from '../../../shared/identity/id-number'
import { mediationClock, stepDateRefusal } from '../../../shared/mediation/deadlines'
import type { CaseOutcome, DisputeType } from '../../../shared/mediation/types'
import { editRefusal, isEditable, isOutcome, nextStatus, transitionRefusal } from '../../../shared/mediation/workflow'
import type { ReadContext, WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import type { MediationWorkerTable } from '../db/schema/mediation_worker'
import { readCalendar } from '../aid/settings'
import { resolveEnterprises } from '../orgs/enterprise-by-name'
import { toCase } from './mappers'
import * as q from './queries'

type Fields = Omit<ParsedInput<'mediation.update'>, 'id'>

async function caseResult(db: Db, id: string, today: string): Promise<MediationCase> {
  const row = await q.findCase(db, id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该调解案件', { field: 'id' })
  return toCase(row, await q.workersOf(db, [id]), await q.eventsOf(db, id), today, await readCalendar(db))
}

export async function getCase(ctx: ReadContext, id: string): Promise<MediationCase> {
  return caseResult(ctx.db, id, todayIn(ctx.now()))
}

async function enterpriseOf(ctx: WriteContext, f: Fields): Promise<string> {
  if (f.enterpriseId !== undefined) {
    const e = await q.enterpriseById(ctx.trx, f.enterpriseId)
    if (!e) throw new AppError('NOT_FOUND', '企业名录中没有该用人单位', { field: 'enterpriseId' })
    return e.id
  }
  const name = f.enterprise ?? ''
  // The resolver speaks of a list of enterprises; a case has one employer, named in the `enterprise` field.
  const resolved = await resolveEnterprises(ctx, [name], f.union).catch((err: unknown) => {
    throw isAppError(err) && err.detail.field === 'enterprises' ? new AppError(err.code, err.message, { field: 'enterprise' }) : err
  })
  const found = resolved.get(name.trim())
  if (!found) throw new AppError('NOT_FOUND', `企业名录中没有「${name}」`, { field: 'enterprise' })
  return found.id
}

/**
 * Worker rows to write. A member's name and numbers come from the register; a person outside it keeps a number the
 * edit left out (results only show it masked), found by name among the stored parties, each used once.
 */
async function workerRows(ctx: WriteContext, caseId: string, f: Fields, stored: MediationWorkerTable[]): Promise<MediationWorkerTable[]> {
  const memberIds = f.workers.flatMap((w) => (w.memberId === null ? [] : [w.memberId]))
  const members = new Map((await q.membersByIds(ctx.trx, memberIds)).map((m) => [m.id, m]))
  const pool = stored.filter((s) => s.member_id === null)
  return f.workers.map((w, position) => {
    const base = { id: ctx.newId(), case_id: caseId, position }
    if (w.memberId !== null) {
      const m = members.get(w.memberId)
      if (!m) throw new AppError('NOT_FOUND', `第${position + 1}位申请人：会员名册中没有该会员`, { field: `workers.${position}.memberId` })
      return { ...base, member_id: m.id, name: m.name, id_number: m.id_number, phone: m.phone }
    }
    const name = w.name ?? ''
    const i = pool.findIndex((p) => p.name === name)
    const kept = i < 0 ? undefined : pool.splice(i, 1)[0]
    return {
      ...base,
      member_id: null,
      name,
      id_number: w.idNumber === undefined ? (kept?.id_number ?? null) : w.idNumber === null ? null : normalizeIdText(w.idNumber),
      phone: w.phone === undefined ? (kept?.phone ?? null) : w.phone,
    }
  })
}

function fieldColumns(f: Fields) {
  return {
    type: f.type,
    mediator: f.mediator,
    claims: f.claims,
    claim_fen: f.claimFen,
    legal_aid: f.legalAid ? (1 as const) : (0 as const),
    legal_aid_kind: f.legalAid ? f.legalAidKind : null,
    note: f.note,
  }
}

function nextCaseNo(last: string | null, year: string): string {
  const n = last === null ? 0 : Number(last.slice(year.length + 1))
  return `${year}-${String(n + 1).padStart(4, '0')}`
}

function notFuture(date: string, today: string, field: string, label: string): void {
  if (date > today) throw new AppError('INVALID_INPUT', `「${label}」${date} 晚于今天（${today}）`, { field })
}

export async function addCase(ctx: WriteContext, p: ParsedInput<'mediation.add'>): Promise<MediationCase> {
  const today = todayIn(ctx.now())
  notFuture(p.appliedDate, today, 'appliedDate', '申请日期')
  const accepted = p.acceptedDate ?? p.appliedDate
  notFuture(accepted, today, 'acceptedDate', '受理日期')
  const enterpriseId = await enterpriseOf(ctx, p)
  const id = ctx.newId()
  const at = ctx.now()
  const year = p.appliedDate.slice(0, 4)
  await q.insertCase(ctx.trx, {
    id,
    case_no: nextCaseNo(await q.lastCaseNo(ctx.trx, year), year),
    status: '受理',
    enterprise_id: enterpriseId,
    applied_on: p.appliedDate,
    accepted_on: accepted,
    closed_on: null,
    agreement: null,
    ...fieldColumns(p),
    created_at: at,
    updated_at: at,
  })
  await q.replaceWorkers(ctx.trx, id, await workerRows(ctx, id, p, []))
  await q.insertEvent(ctx.trx, { id: ctx.newId(), case_id: id, action: '受理', date: accepted, operator: ctx.caller.user.name, note: null, at })
  return caseResult(ctx.trx, id, today)
}

export async function updateCaseFields(ctx: WriteContext, p: ParsedInput<'mediation.update'>): Promise<MediationCase> {
  const row = await q.findCase(ctx.trx, p.id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该调解案件', { field: 'id' })
  if (!isEditable(row.status)) throw new AppError('WORKFLOW_STATE', editRefusal(row.status), { field: 'id' })
  const enterpriseId = await enterpriseOf(ctx, p)
  await q.updateCase(ctx.trx, row.id, { ...fieldColumns(p), enterprise_id: enterpriseId, updated_at: ctx.now() })
  await q.replaceWorkers(ctx.trx, row.id, await workerRows(ctx, row.id, p, await q.workersOf(ctx.trx, [row.id])))
  return caseResult(ctx.trx, row.id, todayIn(ctx.now()))
}

export async function advanceCase(ctx: WriteContext, p: ParsedInput<'mediation.advance'>): Promise<MediationCase> {
  const row = await q.findCase(ctx.trx, p.id)
  if (!row) throw new AppError('NOT_FOUND', '没有找到该调解案件', { field: 'id' })
  const next = nextStatus(row.status, p.action)
  if (next === null) throw new AppError('TRANSITION_NOT_ALLOWED', transitionRefusal(row.status, p.action), { field: 'action' })
  const today = todayIn(ctx.now())
  const date = p.date ?? today
  const last = (await q.eventsOf(ctx.trx, row.id)).at(-1)
  const dateRefusal = stepDateRefusal(date, { today, lastDate: last?.date ?? row.accepted_on, lastStep: last?.action ?? '受理' })
  if (dateRefusal) throw new AppError('INVALID_INPUT', `「办理日期」${dateRefusal}`, { field: 'date' })
  const mediator = p.mediator ?? row.mediator
  if (p.action === '开始调解' && mediator === null) throw new AppError('INVALID_INPUT', '开始调解须填写「调解员」', { field: 'mediator' })
  if (p.action === '调解成功' && p.agreement === null) throw new AppError('INVALID_INPUT', '调解成功须填写「调解协议内容」', { field: 'agreement' })
  await q.updateCase(ctx.trx, row.id, {
    status: next,
    mediator,
    ...(isOutcome(p.action) ? { closed_on: date } : {}),
    ...(p.action === '调解成功' ? { agreement: p.agreement } : {}),
    updated_at: ctx.now(),
  })
  await q.insertEvent(ctx.trx, { id: ctx.newId(), case_id: row.id, action: p.action, date, operator: ctx.caller.user.name, note: p.note, at: ctx.now() })
  return caseResult(ctx.trx, row.id, today)
}

export async function caseStats(ctx: ReadContext, p: { from: string; to: string }): Promise<MediationStats> {
  const byType: Record<DisputeType, number> = { 劳动报酬: 0, 劳动合同: 0, 社会保险: 0, 工伤: 0, 其他: 0 }
  const byOutcome: Record<CaseOutcome, number> = { 调解成功: 0, 调解不成: 0, 撤回: 0 }
  let received = 0
  let legalAidCases = 0
  for (const r of await q.receivedByType(ctx.db, p.from, p.to)) {
    byType[r.type] = r.n
    received += r.n
    legalAidCases += r.aid
  }
  const cal = await readCalendar(ctx.db)
  let closedOverdue = 0
  for (const r of await q.closedIn(ctx.db, p.from, p.to)) {
    if (r.status === '调解成功' || r.status === '调解不成' || r.status === '撤回') byOutcome[r.status] += 1
    if (mediationClock({ appliedDate: r.applied_on, closedDate: r.closed_on, status: r.status, today: p.to }, cal).overdue) closedOverdue += 1
  }
  return {
    from: p.from,
    to: p.to,
    received,
    byOutcome,
    byType,
    pending: await q.pendingOn(ctx.db, p.to),
    legalAidCases,
    legalAidWorkers: await q.legalAidWorkers(ctx.db, p.from, p.to),
    closedOverdue,
  }
}
