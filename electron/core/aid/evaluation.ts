import { basisOf, type BasisClaim } from '../../../shared/aid/amount-change'
import { isEarlierClaim } from '../../../shared/aid/claim-order'
import { evaluateAid, type AidCalculation } from '../../../shared/aid/evaluate'
import type { AidProgram } from '../../../shared/aid/rules'
import { AppError } from '../../../shared/errors'
import type { Db } from '../db/schema/index'
import type { AidProgramRow } from '../db/schema/aid_program'
import type { MemberRow } from '../db/schema/member'
import { aidFacts, memberHistory } from './facts'
import { programDefinition } from './mappers'

export interface Evaluation {
  program: AidProgram
  calc: AidCalculation
  /** Medical claims: the declared self-paid amount, stored for later claims of the year. */
  selfPaidFen: number | null
  /** The earlier claims the amount builds on, kept with the application so review can say which changed. */
  basis: BasisClaim[]
}

/** Medical claims: the self-paid amount the input declares, stored for later claims of the year; null otherwise. */
export function selfPaidOf(program: AidProgram, input: Readonly<Record<string, unknown>>): number | null {
  if (program.rule.kind !== 'medical') return null
  const v = input['selfPaidFen']
  return typeof v === 'number' ? v : null
}

/**
 * Medical payouts build on the year's earlier claims, so a claim dated before an existing one would change amounts
 * already computed (and maybe paid). Such claims are refused rather than silently recomputing the others.
 */
export function requireDateOrder(program: AidProgram, history: Awaited<ReturnType<typeof memberHistory>>, date: string): void {
  if (program.rule.kind !== 'medical') return
  const later = history.find((h) => h.status === 'active' && h.programCode === program.code && h.programYear === program.year && h.date > date)
  if (later) {
    throw new AppError(
      'WORKFLOW_STATE',
      `该会员 ${program.year} 年度已有 ${later.date} 的${program.name}申请，医疗互助按年度累计计算，须按日期先后录入（本次日期 ${date}）`,
      { field: 'date' },
    )
  }
}

export interface Existing {
  id: string
  /** The date it was saved with; a new date must still respect the order of the year's claims. */
  date: string
}

/**
 * The engine's verdict with the member's real history. A saved application is evaluated against the claims before
 * it in claim order (shared/aid/claim-order.ts), so reviewing an older claim is not affected by newer ones.
 */
export async function evaluate(
  db: Db,
  row: AidProgramRow,
  member: MemberRow,
  input: Readonly<Record<string, unknown>>,
  date: string,
  existing?: Existing,
): Promise<Evaluation> {
  const program = programDefinition(row)
  const all = await memberHistory(db, member.id, existing?.id)
  if (!existing || existing.date !== date) requireDateOrder(program, all, date)
  const history = existing ? all.filter((h) => isEarlierClaim(h, { id: existing.id, date })) : all
  // Later claims that passed review still count toward the limits, or two claims could each pass review before the other.
  const laterReviewed = existing ? all.filter((h) => !isEarlierClaim(h, { id: existing.id, date }) && h.pending !== true).map((h) => ({ ...h, later: true })) : []
  const facts = await aidFacts(db, member, date, [...history, ...laterReviewed])
  return { program, calc: evaluateAid(program, input, facts), selfPaidFen: selfPaidOf(program, input), basis: basisOf(program, history) }
}

/** A saved application must be eligible; the refusal lists every reason the engine found. */
export function requireEligible(calc: AidCalculation, memberName: string): void {
  if (calc.eligible) return
  throw new AppError('NOT_ELIGIBLE', `${memberName}不符合申请条件：${calc.reasons.join('；')}`)
}

/** A medical claim that later claims of the year were computed on cannot be withdrawn before them. */
export async function requireNoLaterClaims(db: Db, program: AidProgram, memberId: string, self: Existing): Promise<void> {
  if (program.rule.kind !== 'medical') return
  const later = (await memberHistory(db, memberId, self.id)).find(
    (h) =>
      h.status === 'active' &&
      h.programCode === program.code &&
      h.programYear === program.year &&
      isEarlierClaim(self, h),
  )
  if (later) {
    throw new AppError('WORKFLOW_STATE', `该会员 ${later.date} 的${program.name}申请是在本申请基础上累计计算的，须先对其作不予发放处理`, { field: 'id' })
  }
}
