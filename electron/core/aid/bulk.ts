import { evaluateAid, type AidHistoryEntry } from '../../../shared/aid/evaluate'
import type { BulkApplyResult } from '../../../shared/aid/types'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { normalizeIdText } from '../../../shared/identity/id-number'
import { REGISTERED_STATUSES } from '../../../shared/hardship/types'
import type { WriteContext } from '../context'
import type { Trx } from '../db/schema/index'
import type { AidApplicationTable } from '../db/schema/aid_application'
import type { MemberRow } from '../db/schema/member'
import { insertApplications, insertEvents } from './application-queries'
import { applicationEvent, notYetHandled, payeeOf } from './application-service'
import { requireDateOrder } from './evaluation'
import { memberStatusName, type HistoryRow } from './facts'
import { programDefinition } from './mappers'
import { resolveProgram, type ProgramRef } from './program-service'
import { capGroupPrograms } from './program-queries'

const CHUNK = 500

interface BulkRow {
  memberId?: string | undefined
  idNumber?: string | undefined
  input: Record<string, unknown>
  date?: string | undefined
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

/** Members named by the rows, looked up in chunks; by ID number the current (在会/保留) membership wins. */
async function loadMembers(trx: Trx, rows: readonly BulkRow[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.memberId !== undefined ? [r.memberId] : [])))]
  const numbers = [...new Set(rows.flatMap((r) => (r.memberId === undefined && r.idNumber !== undefined ? [normalizeIdText(r.idNumber)] : [])))]
  const byId = new Map<string, MemberRow>()
  const byNumber = new Map<string, MemberRow>()
  for (const part of chunks(ids)) for (const m of await trx.selectFrom('member').selectAll().where('id', 'in', part).execute()) byId.set(m.id, m)
  for (const part of chunks(numbers)) {
    const found = await trx.selectFrom('member').selectAll().where('id_number', 'in', part).orderBy('updated_at', 'desc').execute()
    for (const m of found) {
      const seen = byNumber.get(m.id_number)
      const current = m.status === 'active' || m.status === 'retained'
      if (!seen || (current && seen.status !== 'active' && seen.status !== 'retained')) byNumber.set(m.id_number, m)
    }
  }
  return (r: BulkRow, row: number): MemberRow => {
    const m = r.memberId !== undefined ? byId.get(r.memberId) : byNumber.get(normalizeIdText(r.idNumber ?? ''))
    if (!m) throw new AppError('NOT_FOUND', `第${row}行会员名册中没有${r.idNumber !== undefined ? `身份证号为 ${r.idNumber} 的` : '该'}会员`, { row })
    return m
  }
}

async function loadFacts(trx: Trx, memberIds: readonly string[]) {
  const categories = new Map<string, '深度困难' | '相对困难' | '意外致困' | null>()
  const history = new Map<string, HistoryRow[]>()
  for (const part of chunks(memberIds)) {
    const files = await trx
      .selectFrom('hardship_file')
      .select(['member_id', 'category'])
      .where('member_id', 'in', part)
      .where('status', 'in', REGISTERED_STATUSES)
      .execute()
    for (const f of files) categories.set(f.member_id, f.category)
    const apps = await trx
      .selectFrom('aid_application as a')
      .innerJoin('aid_program as p', 'p.id', 'a.program_id')
      .select(['a.id', 'a.member_id', 'a.date', 'a.amount_fen', 'a.status', 'a.self_paid_fen', 'a.created_at', 'p.code', 'p.year'])
      .where('a.member_id', 'in', part)
      .orderBy('a.date')
      .orderBy('a.created_at')
      .execute()
    for (const a of apps) {
      const list = history.get(a.member_id) ?? []
      list.push({
        id: a.id,
        createdAt: a.created_at,
        programCode: a.code,
        programYear: a.year,
        date: a.date,
        amountFen: a.amount_fen,
        status: a.status === 'rejected' ? 'rejected' : 'active',
        ...(a.self_paid_fen === null ? {} : { selfPaidFen: a.self_paid_fen }),
      })
      history.set(a.member_id, list)
    }
  }
  return { categories, history }
}

function withRow(err: unknown, row: number): unknown {
  if (!(err instanceof AppError)) return err
  return new AppError(err.code, `第${row}行${err.message}`, { ...err.detail, row })
}

/** Computes every row first (dates ascending, a member's claims building on each other), then writes in chunks. */
export async function createApplications(ctx: WriteContext, p: ProgramRef & { rows: BulkRow[]; submit: boolean }): Promise<BulkApplyResult> {
  const programRow = await resolveProgram(ctx.trx, p)
  if (programRow.is_current !== 1) throw new AppError('CONFLICT', `「${programRow.name}」第 ${programRow.version} 版已被新版本取代，请按最新版本申请`, { field: 'programId' })
  const program = programDefinition(programRow)
  if (p.submit && program.materials.length > 0) {
    throw new AppError('INVALID_INPUT', `${program.name}有申请材料清单，批量录入只能保存为草稿，逐条核对材料后再提交`, { field: 'submit' })
  }
  const today = todayIn(ctx.now())
  const memberOf = await loadMembers(ctx.trx, p.rows)
  const members = p.rows.map((r, i) => memberOf(r, i + 1))
  const { categories, history } = await loadFacts(ctx.trx, [...new Set(members.map((m) => m.id))])
  const groups = await capGroupPrograms(ctx.trx)
  const order = p.rows.map((r, i) => ({ i, date: r.date ?? today })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i))
  const at = ctx.now()
  const out: AidApplicationTable[] = new Array<AidApplicationTable>(p.rows.length)
  for (const { i, date } of order) {
    const member = members[i]
    const row = p.rows[i]
    if (!member || !row) continue
    const past: HistoryRow[] = history.get(member.id) ?? []
    try {
      requireDateOrder(program, past, date)
      const calc = evaluateAid(program, row.input, {
        date,
        memberStatus: memberStatusName(member.status),
        hardshipCategory: categories.get(member.id) ?? null,
        history: past,
        capGroupPrograms: groups,
      })
      if (!calc.eligible) throw new AppError('NOT_ELIGIBLE', `${member.name}不符合申请条件：${calc.reasons.join('；')}`)
      const selfPaid = program.rule.kind === 'medical' && typeof row.input['selfPaidFen'] === 'number' ? row.input['selfPaidFen'] : null
      const id = ctx.newId()
      out[i] = {
        id,
        program_id: programRow.id,
        member_id: member.id,
        date,
        input_json: JSON.stringify(row.input),
        amount_fen: calc.amountFen,
        self_paid_fen: selfPaid,
        eligible: 1,
        breakdown_json: JSON.stringify(calc.breakdown),
        reasons_json: '[]',
        materials_json: '[]',
        status: p.submit ? 'submitted' : 'draft',
        ...payeeOf(program, member, row.input),
        bank_name: member.bank_name,
        bank_account: member.bank_account,
        entered_by: ctx.caller.user.name,
        ...notYetHandled,
        created_at: at,
        updated_at: at,
      }
      const entry: AidHistoryEntry = { programCode: program.code, programYear: program.year, date, amountFen: calc.amountFen, status: 'active' }
      past.push({ ...entry, id, createdAt: at, ...(selfPaid === null ? {} : { selfPaidFen: selfPaid }) })
      history.set(member.id, past)
    } catch (err) {
      throw withRow(err, i + 1)
    }
  }
  const rows = out.filter((r): r is AidApplicationTable => r !== undefined)
  await insertApplications(ctx.trx, rows)
  await insertEvents(ctx.trx, rows.flatMap((r) => [applicationEvent(ctx, r.id, 'create', r.date), ...(p.submit ? [applicationEvent(ctx, r.id, 'submit', r.date)] : [])]))
  return { created: rows.length, totalFen: rows.reduce((s, r) => s + r.amount_fen, 0), applicationIds: rows.map((r) => r.id) }
}
