import { basisOf } from '../../../shared/aid/amount-change'
import { evaluateAid, type AidHistoryEntry } from '../../../shared/aid/evaluate'
import type { BulkApplyResult } from '../../../shared/aid/types'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { normalizeIdText } from '../../../shared/identity/id-number'
import type { WriteContext } from '../context'
import type { Trx } from '../db/schema/index'
import type { AidApplicationTable } from '../db/schema/aid_application'
import type { MemberRow } from '../db/schema/member'
import { insertApplications, insertEvents } from './application-queries'
import { applicationEvent, notYetHandled, payeeOf } from './application-service'
import { requireDateOrder, requireEligible, selfPaidOf } from './evaluation'
import { memberHistories, membersById, membersByIdNumber, memberStatusName, registeredCategories, type HistoryRow } from './facts'
import { programDefinition } from './mappers'
import { resolveProgram, type ProgramRef } from './program-service'
import { capGroupPrograms } from './program-queries'

interface BulkRow {
  memberId?: string | undefined
  idNumber?: string | undefined
  input: Record<string, unknown>
  date?: string | undefined
}

/** Members named by the rows, looked up in batches; by ID number the current (在会/保留) membership wins. */
async function loadMembers(trx: Trx, rows: readonly BulkRow[]) {
  const byId = await membersById(trx, rows.flatMap((r) => (r.memberId !== undefined ? [r.memberId] : [])))
  const byNumber = await membersByIdNumber(
    trx,
    rows.flatMap((r) => (r.memberId === undefined && r.idNumber !== undefined ? [normalizeIdText(r.idNumber)] : [])),
  )
  return (r: BulkRow, row: number): MemberRow => {
    const m = r.memberId !== undefined ? byId.get(r.memberId) : byNumber.get(normalizeIdText(r.idNumber ?? ''))
    if (!m) throw new AppError('NOT_FOUND', `第${row}行会员名册中没有${r.idNumber !== undefined ? `身份证号为 ${r.idNumber} 的` : '该'}会员`, { row })
    return m
  }
}

function withRow(err: unknown, row: number): unknown {
  if (!(err instanceof AppError)) return err
  return new AppError(err.code, `第${row}行${err.message}`, { ...err.detail, row })
}

/** Computes every row first in claim order (date, then entry), a member's claims building on each other, then writes in chunks. */
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
  const memberIds = members.map((m) => m.id)
  const categories = await registeredCategories(ctx.trx, memberIds)
  const history = await memberHistories(ctx.trx, memberIds)
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
      requireEligible(calc, member.name)
      const selfPaid = selfPaidOf(program, row.input)
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
        basis_json: JSON.stringify(basisOf(program, past)),
        status: p.submit ? 'submitted' : 'draft',
        ...payeeOf(program, member, row.input),
        // No account named: paid into the member's account as registered on the day of payment (payee-account.ts).
        bank_name: null,
        bank_account: null,
        entered_by: ctx.caller.user.name,
        ...notYetHandled,
        created_at: at,
        updated_at: at,
      }
      const entry: AidHistoryEntry = { programCode: program.code, programYear: program.year, date, amountFen: calc.amountFen, status: 'active' }
      // Ids only increase (shared/aid/claim-order.ts), so this row sorts after everything already in `past`.
      past.push({ ...entry, id, ...(selfPaid === null ? {} : { selfPaidFen: selfPaid }) })
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
