import { fen, formatFen } from '../money'
import type { AidHistoryEntry } from './evaluate'
import type { AidProgram } from './rules'

/** One earlier claim of the member that an amount was computed on, as it stood when the amount was saved. */
export interface BasisClaim {
  id: string
  date: string
  amountFen: number
  selfPaidFen: number | null
}

/** Why the amount review would approve differs from the amount saved with the application. */
export interface AmountChange {
  fromFen: number
  toFen: number
  /** The member's earlier claims that differ from when the amount was saved (all of them when that was not recorded). */
  changedApplicationIds: string[]
  message: string
}

function yuan(amountFen: number): string {
  return formatFen(fen(amountFen))
}

/** A short reference a clerk can read aloud: the last six characters of the id, as the internal-error numbers. */
export function claimRef(id: string): string {
  return id.replace(/-/g, '').slice(-6).toUpperCase()
}

/**
 * The earlier claims an amount builds on: the same program and year, not refused (the engine's cumulative rules read
 * nothing else of the history), given already limited to the claims before this one.
 */
export function basisOf(program: Pick<AidProgram, 'code' | 'year'>, earlier: readonly (AidHistoryEntry & { id: string })[]): BasisClaim[] {
  return earlier
    .filter((h) => h.status === 'active' && h.programCode === program.code && h.programYear === program.year)
    .map((h) => ({ id: h.id, date: h.date, amountFen: h.amountFen, selfPaidFen: h.selfPaidFen ?? null }))
}

function name(c: BasisClaim): string {
  return `${c.date} 的申请（编号 ${claimRef(c.id)}）`
}

function differences(saved: BasisClaim, now: BasisClaim): string[] {
  const out: string[] = []
  if (saved.selfPaidFen !== now.selfPaidFen) out.push(`自付金额由 ${yuan(saved.selfPaidFen ?? 0)} 元变为 ${yuan(now.selfPaidFen ?? 0)} 元`)
  if (saved.amountFen !== now.amountFen) out.push(`补助由 ${yuan(saved.amountFen)} 元变为 ${yuan(now.amountFen)} 元`)
  return out
}

/**
 * Compares the earlier claims as they were when the amount was saved (`saved`, null for an application saved before
 * this was recorded) with how they stand now, and says which changed. Null when the amount does not change.
 */
export function describeAmountChange(p: {
  fromFen: number
  toFen: number
  programName: string
  saved: readonly BasisClaim[] | null
  current: readonly BasisClaim[]
}): AmountChange | null {
  if (p.fromFen === p.toFen) return null
  const head = `金额已从 ${yuan(p.fromFen)} 元变为 ${yuan(p.toFen)} 元`
  if (p.saved === null) {
    const listed = p.current.map((c) => `${name(c)}自付 ${yuan(c.selfPaidFen ?? 0)} 元、补助 ${yuan(c.amountFen)} 元`)
    return {
      fromFen: p.fromFen,
      toFen: p.toFen,
      changedApplicationIds: p.current.map((c) => c.id),
      message: `${head}：按本会员先行的${p.programName}申请重新计算（保存本申请时的计算依据未记录）${listed.length > 0 ? `——${listed.join('；')}` : ''}`,
    }
  }
  const savedById = new Map(p.saved.map((c) => [c.id, c]))
  const currentIds = new Set(p.current.map((c) => c.id))
  const changed: string[] = []
  const reasons: string[] = []
  for (const now of p.current) {
    const before = savedById.get(now.id)
    const diff = before ? differences(before, now) : [`保存本申请时尚未计入，现排在本申请之前（自付 ${yuan(now.selfPaidFen ?? 0)} 元、补助 ${yuan(now.amountFen)} 元）`]
    if (diff.length === 0) continue
    changed.push(now.id)
    reasons.push(`${name(now)}${diff.join('，')}`)
  }
  for (const before of p.saved) {
    if (currentIds.has(before.id)) continue
    changed.push(before.id)
    reasons.push(`${name(before)}已不再计入（已不予发放，或日期改到了本申请之后）`)
  }
  const message =
    reasons.length > 0
      ? `${head}：因本会员先行的${p.programName}申请有变——${reasons.join('；')}`
      : `${head}：本会员先行的申请未变，变化来自${p.programName}的计算标准或会员档案的修改`
  return { fromFen: p.fromFen, toFen: p.toFen, changedApplicationIds: changed, message }
}
