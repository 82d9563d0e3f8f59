import { fen, formatFen } from '../money'
import { RATE_UNITS_PER_ONE, type MedicalRule, type MedicalSegment } from './rules'

// 职工医疗互助 per domain.md §6.2: segments are counted on the member's cumulative self-paid amount for the
// program year, so a claim pays P(B after) − P(B before), floored to the fen once.

const SCALE = BigInt(RATE_UNITS_PER_ONE)

export interface SegmentPart {
  widthFen: number
  rate: number
}

export interface MedicalClaim {
  selfPaidFen: number
  hospitalDays: number
}

/** A non-rejected claim earlier in the same program year, as recorded: what it declared and what it was given. */
export interface EarlierMedicalClaim {
  selfPaidFen: number
  amountFen: number
}

export interface MedicalOutcome {
  amountFen: number
  steps: string[]
  /** What was left of the yearly cap before this claim; 0 means nothing more can be paid this year. */
  capRemainingFen: number
}

function yuan(amountFen: number): string {
  return formatFen(fen(amountFen))
}

/** Rates are validated to whole 万分之一, so rounding here only removes float noise (0.3 × 10000 = 2999.9999…). */
function rateUnits(rate: number): bigint {
  return BigInt(Math.round(rate * RATE_UNITS_PER_ONE))
}

function percent(rate: number): string {
  return `${String(Number(rateUnits(rate)) / (RATE_UNITS_PER_ONE / 100))}%`
}

/** The slice of base B in each segment, like tax brackets; empty slices are left out. */
export function segmentParts(baseFen: number, segments: readonly MedicalSegment[]): SegmentPart[] {
  const parts: SegmentPart[] = []
  let lower = 0
  for (const segment of segments) {
    if (baseFen <= lower) break
    const upper = segment.uptoFen === null ? baseFen : Math.min(baseFen, segment.uptoFen)
    parts.push({ widthFen: upper - lower, rate: segment.rate })
    if (segment.uptoFen === null) break
    lower = segment.uptoFen
  }
  return parts
}

/** P(B) exactly, in 万分之一 of a fen; nothing is rounded here so that only the claim's difference is floored. */
export function progressiveScaled(baseFen: number, segments: readonly MedicalSegment[]): bigint {
  return segmentParts(baseFen, segments).reduce((sum, part) => sum + BigInt(part.widthFen) * rateUnits(part.rate), 0n)
}

/** P(B) floored to the fen, for display and tests. */
export function progressiveFen(baseFen: number, segments: readonly MedicalSegment[]): number {
  return Number(progressiveScaled(baseFen, segments) / SCALE)
}

/** The base B = max(0, S − deductible) for a cumulative self-paid amount S. */
export function medicalBase(selfPaidYearFen: number, rule: MedicalRule): number {
  return Math.max(0, selfPaidYearFen - rule.deductibleYearlyFen)
}

/** Exact amounts rarely have a fraction of a fen; when one does, say so instead of showing a rounded figure as exact. */
function scaledYuan(scaled: bigint): string {
  const whole = yuan(Number(scaled / SCALE))
  return scaled % SCALE === 0n ? whole : `约 ${whole}`
}

function historyStep(earlier: readonly EarlierMedicalClaim[]): string {
  if (earlier.length === 0) return '本年第一次申请'
  const selfPaid = earlier.reduce((sum, c) => sum + c.selfPaidFen, 0)
  const paid = earlier.reduce((sum, c) => sum + c.amountFen, 0)
  return `本年此前已申请 ${earlier.length} 次，累计自付 ${yuan(selfPaid)} 元，已支付 ${yuan(paid)} 元`
}

function allowance(rule: MedicalRule, claim: MedicalClaim, selfPaidYearFen: number): { amountFen: number; steps: string[] } {
  const days = Math.min(claim.hospitalDays, rule.allowanceMaxDays)
  const amountFen = days * rule.allowancePerDayFen
  const counted = days < claim.hospitalDays ? `住院 ${claim.hospitalDays} 天，最多计 ${rule.allowanceMaxDays} 天，` : ''
  return {
    amountFen,
    steps: [
      `本年累计自付 ${yuan(selfPaidYearFen)} 元，未超过起付线 ${yuan(rule.deductibleYearlyFen)} 元，不计分段补助，改发住院津贴`,
      `住院津贴：${counted}${days} 天 × ${yuan(rule.allowancePerDayFen)} 元 = ${yuan(amountFen)} 元`,
    ],
  }
}

function segmentStep(baseFen: number, rule: MedicalRule): string {
  const parts = segmentParts(baseFen, rule.segments).map((p) => `${yuan(p.widthFen)}×${percent(p.rate)}`)
  return `分段：${parts.join(' + ')} = ${scaledYuan(progressiveScaled(baseFen, rule.segments))} 元`
}

function segmentPayout(rule: MedicalRule, selfPaidBefore: number, selfPaidAfter: number): { amountFen: number; steps: string[] } {
  const baseBefore = medicalBase(selfPaidBefore, rule)
  const baseAfter = medicalBase(selfPaidAfter, rule)
  const steps = [
    `本年累计自付 ${yuan(selfPaidAfter)} 元，起付线 ${yuan(rule.deductibleYearlyFen)} 元，计算基数 ${yuan(baseBefore)} → ${yuan(baseAfter)} 元`,
    segmentStep(baseAfter, rule),
  ]
  const scaledBefore = progressiveScaled(baseBefore, rule.segments)
  const difference = progressiveScaled(baseAfter, rule.segments) - scaledBefore
  const raw = Number(difference / SCALE)
  if (baseBefore > 0) steps.push(`减去本年此前已计 ${scaledYuan(scaledBefore)} 元 → ${yuan(raw)} 元`)
  else if (difference % SCALE !== 0n) steps.push(`不足一分的部分舍去 → ${yuan(raw)} 元`)
  if (raw === 0) {
    steps.push('本次没有增加计算基数，分段补助为 0.00 元')
    return { amountFen: 0, steps }
  }
  if (raw < rule.minPayoutFen) {
    steps.push(`不足最低补助 ${yuan(rule.minPayoutFen)} 元，按 ${yuan(rule.minPayoutFen)} 元计`)
    return { amountFen: rule.minPayoutFen, steps }
  }
  return { amountFen: raw, steps }
}

function capToRemaining(rule: MedicalRule, uncapped: number, paidBefore: number): { amountFen: number; remaining: number; steps: string[] } {
  const remaining = Math.max(0, rule.yearlyCapFen - paidBefore)
  const steps = [`年度补助上限 ${yuan(rule.yearlyCapFen)} 元，本年此前已支付 ${yuan(paidBefore)} 元，剩余 ${yuan(remaining)} 元`]
  if (uncapped <= remaining) return { amountFen: uncapped, remaining, steps }
  steps.push(`${yuan(uncapped)} 元超出年度剩余额度，本次按 ${yuan(remaining)} 元支付`)
  return { amountFen: remaining, remaining, steps }
}

/**
 * One claim's payout. `earlier` holds the member's non-rejected claims in this program year before this one;
 * their recorded self-paid amounts set B before, and their recorded payouts (allowances included) use up the cap.
 */
export function medicalPayout(rule: MedicalRule, claim: MedicalClaim, earlier: readonly EarlierMedicalClaim[]): MedicalOutcome {
  const selfPaidBefore = earlier.reduce((sum, c) => sum + c.selfPaidFen, 0)
  const paidBefore = earlier.reduce((sum, c) => sum + c.amountFen, 0)
  const selfPaidAfter = selfPaidBefore + claim.selfPaidFen
  const computed =
    medicalBase(selfPaidAfter, rule) === 0
      ? allowance(rule, claim, selfPaidAfter)
      : segmentPayout(rule, selfPaidBefore, selfPaidAfter)
  const capped = capToRemaining(rule, computed.amountFen, paidBefore)
  return {
    amountFen: capped.amountFen,
    capRemainingFen: capped.remaining,
    steps: [
      historyStep(earlier),
      `本次自付 ${yuan(claim.selfPaidFen)} 元，住院 ${claim.hospitalDays} 天`,
      ...computed.steps,
      ...capped.steps,
    ],
  }
}
