import { addDays, todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { normalizeIdText } from '../../../shared/identity/id-number'
import { calculateCategory, householdFigures } from '../../../shared/hardship/category'
import { checkStep, isRegistered, reviewDueAfter } from '../../../shared/hardship/lifecycle'
import { REGISTERED_STATUSES, type CategoryCalculation, type DueReview, type HardshipFile, type HardshipStep } from '../../../shared/hardship/types'
import type { ParsedInput } from '../../../shared/contract/index'
import type { ReadContext, WriteContext } from '../context'
import type { Db } from '../db/schema/index'
import { resolveMember } from '../aid/facts'
import { readSetting } from '../aid/settings'
import { storedFamilyNumbers, toFile, type FileMaskOptions, type FileRow } from './mappers'
import { dueFiles, fileEvents, findFile, insertEvent, insertFile, updateFile } from './queries'

type Content = Omit<ParsedInput<'hardship.update'>, 'id'>

export async function dibaoLine(db: Db): Promise<number> {
  return (await readSetting(db, 'dibaoLineFen')).value
}

/**
 * The category is the calculation's suggestion; only 意外致困 may be chosen by hand, and then with a reason
 * (domain §5.1). Left empty, the suggestion is taken (null when income is above twice the line).
 */
function chooseCategory(c: Pick<Content, 'category' | 'categoryReason'>, calc: CategoryCalculation) {
  if (c.category === '意外致困') {
    if (c.categoryReason === null) throw new AppError('INVALID_INPUT', '选择「意外致困」时必须填写「类别认定理由」', { field: 'categoryReason' })
    return { category: c.category, category_reason: c.categoryReason }
  }
  if (c.category !== null && c.category !== calc.suggested) {
    const should = calc.suggested === null ? '按收入不符合困难条件' : `应为「${calc.suggested}」`
    throw new AppError('INVALID_INPUT', `「困难类别」按人均月收入计算${should}，不能认定为「${c.category}」（意外致困可人工认定）`, { field: 'category' })
  }
  return { category: calc.suggested, category_reason: c.categoryReason }
}

/** Content with every masked value settled: what is written, unmasked. */
interface Settled extends Omit<Content, 'familyMembers' | 'bankAccount' | 'phone'> {
  familyMembers: Array<Omit<Content['familyMembers'][number], 'idNumber' | 'health'> & { idNumber: string | null; health: string | null }>
  bankAccount: string | null
  phone: string | null
}

/**
 * Results carry ID and bank numbers, the phone and health details masked, so an edit that leaves one out keeps what is
 * on file (as members.save does). A family member's stored values are found by name, each stored person used once,
 * so reordering rows keeps them.
 */
function settleNumbers(c: Content, stored: FileRow | null): Settled {
  const pool = stored ? storedFamilyNumbers(stored) : []
  const familyMembers = c.familyMembers.map((m) => {
    const i = pool.findIndex((p) => p.name === m.name)
    const kept = i < 0 ? undefined : pool.splice(i, 1)[0]
    const idNumber = m.idNumber === undefined ? (kept?.idNumber ?? null) : m.idNumber === null ? null : normalizeIdText(m.idNumber)
    const health = m.health === undefined ? (kept?.health ?? null) : m.health
    return { ...m, idNumber, health }
  })
  const bankAccount = c.bankAccount === undefined ? (stored?.bank_account ?? null) : c.bankAccount
  const phone = c.phone === undefined ? (stored?.phone ?? null) : c.phone
  return { ...c, familyMembers, bankAccount, phone }
}

function contentColumns(c: Settled, line: number) {
  const f = householdFigures(c)
  const calc = calculateCategory({ ...f, dibaoLineFen: line })
  return {
    ...chooseCategory(c, calc),
    causes_json: JSON.stringify([...new Set(c.causes)]),
    address: c.address,
    phone: c.phone,
    bank_name: c.bankName,
    bank_account: c.bankAccount,
    household_size: f.householdSize,
    annual_income_fen: f.annualIncomeFen,
    rigid_expenses_fen: f.rigidExpensesFen,
    family_json: JSON.stringify(c.familyMembers),
    incomes_json: JSON.stringify(c.incomes),
    expenses_json: JSON.stringify(c.expenses),
    note: c.note,
  }
}

async function fileResult(db: Db, row: FileRow | undefined, opts: FileMaskOptions): Promise<HardshipFile> {
  if (!row) throw new AppError('NOT_FOUND', '没有找到该困难职工档案', { field: 'id' })
  return toFile(row, await fileEvents(db, row.id), await dibaoLine(db), opts)
}

export async function getFile(ctx: ReadContext, p: { id?: string | undefined; memberId?: string | undefined; idNumber?: string | undefined }) {
  const today = todayIn(ctx.now())
  if (p.id !== undefined) return fileResult(ctx.db, await findFile(ctx.db, { id: p.id }), { today })
  const member = await resolveMember(ctx.db, p)
  const row = await findFile(ctx.db, { memberId: member.id })
  if (!row) throw new AppError('NOT_FOUND', `${member.name}还没有困难职工档案`, { field: 'memberId' })
  return fileResult(ctx.db, row, { today })
}

/** The file unmasked; the dispatcher writes the audit row with the caller's reason (the method is writes: true). */
export async function revealFile(ctx: WriteContext, p: { id: string }): Promise<HardshipFile> {
  return fileResult(ctx.trx, await findFile(ctx.trx, { id: p.id }), { today: todayIn(ctx.now()), unmasked: true })
}

function eventRow(ctx: WriteContext, fileId: string, step: string, date: string, note: string | null) {
  return { id: ctx.newId(), file_id: fileId, step, date, operator: ctx.caller.user.name, note, at: ctx.now() }
}

export async function createFile(ctx: WriteContext, p: ParsedInput<'hardship.create'>): Promise<HardshipFile> {
  const member = await resolveMember(ctx.trx, p)
  const existing = await findFile(ctx.trx, { memberId: member.id })
  if (existing) throw new AppError('CONFLICT', `${member.name}已有困难职工档案（一户一档，当前状态「${existing.status}」），请修改原档案`, { field: 'memberId' })
  const today = todayIn(ctx.now())
  const date = p.applyDate ?? today
  const id = ctx.newId()
  const at = ctx.now()
  await insertFile(ctx.trx, {
    id,
    member_id: member.id,
    status: '申请',
    ...contentColumns(settleNumbers(p, null), await dibaoLine(ctx.trx)),
    registered_on: null,
    last_reviewed_on: null,
    next_review_due: null,
    created_at: at,
    updated_at: at,
  })
  await insertEvent(ctx.trx, eventRow(ctx, id, '申请', date, null))
  return fileResult(ctx.trx, await findFile(ctx.trx, { id }), { today })
}

export async function updateFileContent(ctx: WriteContext, p: ParsedInput<'hardship.update'>): Promise<HardshipFile> {
  const row = await findFile(ctx.trx, { id: p.id })
  if (!row) throw new AppError('NOT_FOUND', '没有找到该困难职工档案', { field: 'id' })
  if (row.status === '未通过') throw new AppError('WORKFLOW_STATE', '档案已办结（未通过），不能修改', { field: 'id' })
  await updateFile(ctx.trx, row.id, { ...contentColumns(settleNumbers(p, row), await dibaoLine(ctx.trx)), updated_at: ctx.now() })
  return fileResult(ctx.trx, await findFile(ctx.trx, { id: row.id }), { today: todayIn(ctx.now()) })
}

export async function advance(
  ctx: WriteContext,
  p: { id: string; step: HardshipStep; date?: string | undefined; note: string | null },
): Promise<HardshipFile> {
  const row = await findFile(ctx.trx, { id: p.id })
  if (!row) throw new AppError('NOT_FOUND', '没有找到该困难职工档案', { field: 'id' })
  checkStep(row.status, p.step)
  const today = todayIn(ctx.now())
  const date = p.date ?? today
  const last = (await fileEvents(ctx.trx, row.id)).at(-1)
  if (last && date < last.date) throw new AppError('INVALID_INPUT', `「办理日期」${date} 早于上一环节「${last.step}」的日期 ${last.date}`, { field: 'date' })
  if ((p.step === '建档' || p.step === '返困') && row.category === null) {
    throw new AppError('NOT_ELIGIBLE', '人均月收入不低于低保标准的两倍，不能建档；如属意外致困，请先在档案中选择「意外致困」并填写理由', { field: 'step' })
  }
  const due = reviewDueAfter(p.step, date)
  await updateFile(ctx.trx, row.id, {
    status: p.step,
    ...(p.step === '建档' ? { registered_on: date } : {}),
    ...(p.step === '年度复核' ? { last_reviewed_on: date } : {}),
    next_review_due: due,
    updated_at: ctx.now(),
  })
  await insertEvent(ctx.trx, eventRow(ctx, row.id, p.step, date, p.note))
  return fileResult(ctx.trx, await findFile(ctx.trx, { id: row.id }), { today })
}

export async function dueReviews(ctx: ReadContext, p: { asOf?: string | undefined; withinDays: number }): Promise<DueReview[]> {
  const asOf = p.asOf ?? todayIn(ctx.now())
  const until = addDays(asOf, p.withinDays)
  const rows = await dueFiles(ctx.db, until, REGISTERED_STATUSES)
  return rows.flatMap((r) =>
    r.next_review_due === null || !isRegistered(r.status)
      ? []
      : [
          {
            fileId: r.id,
            memberId: r.member_id,
            memberName: r.member_name,
            category: r.category,
            status: r.status,
            lastReviewedOn: r.last_reviewed_on ?? r.registered_on ?? '',
            dueOn: r.next_review_due,
            overdue: r.next_review_due < asOf,
          },
        ],
  )
}
