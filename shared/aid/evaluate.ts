import { fen, fenToChineseUpper, formatFen } from '../money'
import { medicalPayout } from './medical'
import {
  describeGrades,
  fixedInputSchema,
  gradeName,
  gradedInputSchema,
  inKindInputSchema,
  medicalInputSchema,
  parseInputWith,
  tableInputSchema,
  type AidProgram,
  type FixedRule,
  type GoodsItem,
  type GradedRule,
  type HardshipCategory,
  type InKindRule,
  type MedicalRule,
  type TableRule,
} from './rules'

export type MemberStatus = '在会' | '保留' | '已转出' | '已除名' | '已退会'

export interface AidHistoryEntry {
  programCode: string
  programYear: number
  /** YYYY-MM-DD */
  date: string
  amountFen: number
  status: 'active' | 'rejected'
  /**
   * Not yet passed review (草稿, 已提交, 已退回): not a claim yet, so it counts toward no limit (每人一次, 每年次数, 互斥,
   * 合计上限); review checks the limits again against the claims that have passed it.
   */
  pending?: boolean
  /**
   * A claim after the one evaluated in claim order that has passed review: it counts toward the limits (two claims
   * cannot both pass review by being reviewed in the other order) but not toward the amount built on earlier claims.
   */
  later?: boolean
  /** How the clerk finds the claim that blocks (编号 3F9A1C，已发放，1,000.00 元); the date is shown beside it. */
  label?: string
  /** Medical claims only: the self-paid amount the claim declared. */
  selfPaidFen?: number
}

/** What the database knows about the applicant; the engine reads nothing else. */
export interface AidFacts {
  /** Application date, YYYY-MM-DD. */
  date: string
  memberStatus: MemberStatus
  hardshipCategory: HardshipCategory | null
  /** This member's earlier applications in any program, excluding the one being evaluated. */
  history: readonly AidHistoryEntry[]
  /** Cap group code → program codes in that group. */
  capGroupPrograms: Readonly<Record<string, readonly string[]>>
}

/** The exact shape `uniondesk aid calc … --json` prints. */
export interface AidCalculation {
  eligible: boolean
  amountFen: number
  amountWords: string
  breakdown: string[]
  reasons: string[]
}

interface Computed {
  amountFen: number
  steps: string[]
  reasons: string[]
}

interface Check {
  steps: string[]
  reasons: string[]
}

function yuan(amountFen: number): string {
  return formatFen(fen(amountFen))
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `「${v}」`).join('或')
}

function byDate(a: AidHistoryEntry, b: AidHistoryEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
}

function sumAmounts(entries: readonly AidHistoryEntry[]): number {
  return entries.reduce((sum, e) => sum + e.amountFen, 0)
}

// ---------------------------------------------------------------------------------------------------------------
// Amount, per rule kind

function fixedAmount(rule: FixedRule, input: unknown): Computed {
  parseInputWith(fixedInputSchema, input, rule)
  return { amountFen: rule.amountFen, steps: [`定额标准 ${yuan(rule.amountFen)} 元`], reasons: [] }
}

function gradedAmount(rule: GradedRule, input: unknown): Computed {
  const parsed = parseInputWith(gradedInputSchema(rule), input, rule)
  const tier = rule.tiers.find((t) => t.grades.includes(parsed.grade))
  if (!tier) return { amountFen: 0, steps: [], reasons: [`没有与「${gradeName(parsed.grade)}」对应的档次`] }
  const step =
    parsed.grade === 'death'
      ? `会员死亡，标准 ${yuan(tier.amountFen)} 元，发给家属 ${parsed.payeeName ?? ''}（${parsed.payeeRelation ?? ''}）`
      : `伤残等级 ${parsed.grade} 级，属于 ${describeGrades(tier.grades)}档，标准 ${yuan(tier.amountFen)} 元`
  return { amountFen: tier.amountFen, steps: [step], reasons: [] }
}

/** A 金秋助学-style field may be tied to the member's registered hardship category, so a typo cannot raise the tier. */
function factMismatches(program: AidProgram, rule: TableRule, input: Readonly<Record<string, string>>, facts: AidFacts): string[] {
  const reasons: string[] = []
  for (const field of rule.fields) {
    if (field.checkAgainst !== 'hardshipCategory') continue
    const claimed = input[field.key]
    const registered = facts.hardshipCategory
    if (registered === null) {
      // The hardship constraint already says the member has no file; one reason is enough.
      if (!program.constraints.hardshipCategories) reasons.push(`「${field.label}」填写为「${claimed ?? ''}」，但该会员没有困难职工档案`)
    } else if (claimed !== registered) {
      reasons.push(`「${field.label}」填写为「${claimed ?? ''}」，与困难职工档案登记的「${registered}」不一致`)
    }
  }
  return reasons
}

function tableAmount(program: AidProgram, rule: TableRule, input: unknown, facts: AidFacts): Computed {
  const parsed = parseInputWith(tableInputSchema(rule), input, rule)
  const chosen = rule.fields.map((f) => `${f.label}：${parsed[f.key] ?? ''}`).join('；')
  const reasons = factMismatches(program, rule, parsed, facts)
  const index = rule.rows.findIndex((row) =>
    Object.entries(row.when).every(([key, values]) => values.includes(parsed[key] ?? '')),
  )
  const row = rule.rows[index]
  if (!row) return { amountFen: 0, steps: [chosen], reasons: [...reasons, `标准表中没有适用于「${chosen}」的标准`] }
  return { amountFen: row.amountFen, steps: [`${chosen} → 标准表第 ${index + 1} 行，${yuan(row.amountFen)} 元`], reasons }
}

function medicalAmount(program: AidProgram, rule: MedicalRule, input: unknown, facts: AidFacts): Computed {
  const claim = parseInputWith(medicalInputSchema, input, rule)
  const earlier = facts.history
    .filter((h) => h.status === 'active' && h.later !== true && h.programCode === program.code && h.programYear === program.year)
    .sort(byDate)
    .map((h) => ({ selfPaidFen: h.selfPaidFen ?? 0, amountFen: h.amountFen }))
  const outcome = medicalPayout(rule, claim, earlier)
  const reasons =
    outcome.capRemainingFen === 0 ? [`本年度${program.name}已达年度补助上限 ${yuan(rule.yearlyCapFen)} 元，不再支付`] : []
  return { amountFen: outcome.amountFen, steps: outcome.steps, reasons }
}

function goodsStep(item: GoodsItem): string {
  return `${item.item} ${item.quantity}${item.unit ?? ''} × ${yuan(item.unitValueFen)} 元 = ${yuan(item.quantity * item.unitValueFen)} 元`
}

function inKindAmount(rule: InKindRule, input: unknown): Computed {
  const parsed = parseInputWith(inKindInputSchema, input, rule)
  const items = parsed.items ?? rule.items
  const amountFen = items.reduce((sum, i) => sum + i.quantity * i.unitValueFen, 0)
  return {
    amountFen,
    steps: [
      parsed.items ? '按申请登记的物品发放' : '按标准物品包发放',
      ...items.map(goodsStep),
      `物品合计价值 ${yuan(amountFen)} 元`,
    ],
    reasons: [],
  }
}

function computeAmount(program: AidProgram, input: unknown, facts: AidFacts): Computed {
  const rule = program.rule
  switch (rule.kind) {
    case 'fixed':
      return fixedAmount(rule, input)
    case 'graded':
      return gradedAmount(rule, input)
    case 'table':
      return tableAmount(program, rule, input, facts)
    case 'medical':
      return medicalAmount(program, rule, input, facts)
    case 'in_kind':
      return inKindAmount(rule, input)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Constraints

function statusReasons(program: AidProgram, facts: AidFacts): string[] {
  const allowed: readonly string[] = program.constraints.memberStatuses
  if (allowed.includes(facts.memberStatus)) return []
  return [`会员状态为「${facts.memberStatus}」，${program.name}仅限${quoted(allowed)}会员申请`]
}

function hardshipReasons(program: AidProgram, facts: AidFacts): string[] {
  const required: readonly string[] | undefined = program.constraints.hardshipCategories
  if (!required) return []
  if (facts.hardshipCategory === null) return [`${program.name}仅限困难职工（${quoted(required)}）申请，该会员没有困难职工档案`]
  if (required.includes(facts.hardshipCategory)) return []
  return [`该会员困难类别为「${facts.hardshipCategory}」，${program.name}仅限${quoted(required)}`]
}

/** The blocking claim as the clerk can find it: its date, number and what became of it (2026-11-02 的申请（编号 3F9A1C，已发放，5,000.00 元）). */
function claimName(h: AidHistoryEntry): string {
  return `${h.date} 的申请${h.label ? `（${h.label}）` : ''}`
}

function onceReasons(program: AidProgram, sameProgram: readonly AidHistoryEntry[]): string[] {
  const first = sameProgram[0]
  if (!program.constraints.oncePerMember || !first) return []
  return [`${program.name}每人只能领取一次，已有 ${claimName(first)}`]
}

function maxTimesReasons(program: AidProgram, sameProgram: readonly AidHistoryEntry[]): string[] {
  const max = program.constraints.maxTimesPerYear
  const thisYear = sameProgram.filter((h) => h.programYear === program.year)
  if (max === undefined || thisYear.length < max) return []
  const dates = thisYear.map(claimName).join('、')
  return [`${program.name}每年最多申请 ${max} 次，${program.year} 年度已申请 ${thisYear.length} 次（${dates}）`]
}

function exclusionReasons(program: AidProgram, active: readonly AidHistoryEntry[]): string[] {
  return program.constraints.excludesPrograms.flatMap((code) => {
    const hit = active.find((h) => h.programCode === code && h.programYear === program.year)
    return hit ? [`${program.name}与「${code}」同一年度只能享受其一，已有「${code}」${claimName(hit)}`] : []
  })
}

/** Domain §6.5: X + A ≤ C, otherwise block and show the room left; the amount is never silently cut. */
function capGroupCheck(program: AidProgram, active: readonly AidHistoryEntry[], facts: AidFacts, amountFen: number): Check {
  const group = program.constraints.capGroup
  if (!group) return { steps: [], reasons: [] }
  const codes = new Set([program.code, ...(facts.capGroupPrograms[group.code] ?? [])])
  const received = sumAmounts(active.filter((h) => codes.has(h.programCode) && h.programYear === program.year))
  const remaining = Math.max(0, group.yearlyCapFen - received)
  const head = `本年度${group.name ?? group.code}合计上限 ${yuan(group.yearlyCapFen)} 元，已领 ${yuan(received)} 元`
  if (amountFen <= remaining) return { steps: [`${head}，本次 ${yuan(amountFen)} 元后合计 ${yuan(received + amountFen)} 元`], reasons: [] }
  return {
    steps: [`本次 ${yuan(amountFen)} 元超出剩余额度 ${yuan(remaining)} 元`],
    reasons: [`${head}，剩余 ${yuan(remaining)} 元`],
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Eligibility and amount of one application. Malformed input (grade 11, a negative amount) throws
 * AppError('INVALID_INPUT') naming the field; a well-formed application that the rules refuse comes back with
 * `eligible: false`, amount 0 and every reason found, so the clerk sees all problems at once.
 */
export function evaluateAid(program: AidProgram, input: unknown, facts: AidFacts): AidCalculation {
  const computed = computeAmount(program, input, facts)
  // Limits count only claims that have passed review; pending ones are checked again when they are reviewed.
  const active = facts.history.filter((h) => h.status === 'active' && h.pending !== true).sort(byDate)
  const sameProgram = active.filter((h) => h.programCode === program.code)
  const cap = capGroupCheck(program, active, facts, computed.amountFen)
  const reasons = [
    ...statusReasons(program, facts),
    ...hardshipReasons(program, facts),
    ...onceReasons(program, sameProgram),
    ...maxTimesReasons(program, sameProgram),
    ...exclusionReasons(program, active),
    ...cap.reasons,
    ...computed.reasons,
  ]
  const eligible = reasons.length === 0
  const amountFen = eligible ? computed.amountFen : 0
  const verdict = eligible ? `应发 ${yuan(amountFen)} 元（${fenToChineseUpper(fen(amountFen))}）` : '不符合申请条件，本次不予发放'
  return {
    eligible,
    amountFen,
    amountWords: fenToChineseUpper(fen(amountFen)),
    breakdown: [...computed.steps, ...cap.steps, verdict],
    reasons,
  }
}
