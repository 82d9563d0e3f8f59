import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { medicalBase, medicalPayout, progressiveFen, progressiveScaled, segmentParts, type EarlierMedicalClaim } from './medical'
import { parseAidProgram, type MedicalRule } from './rules'

const YUAN = 100

/** Domain §6.2 reference parameters. */
const guangxi: MedicalRule = {
  kind: 'medical',
  deductibleYearlyFen: 1_000 * YUAN,
  segments: [
    { uptoFen: 10_000 * YUAN, rate: 0.3 },
    { uptoFen: 30_000 * YUAN, rate: 0.4 },
    { uptoFen: 50_000 * YUAN, rate: 0.6 },
    { uptoFen: null, rate: 0.95 },
  ],
  minPayoutFen: 100 * YUAN,
  yearlyCapFen: 1_000_000 * YUAN,
  allowancePerDayFen: 50 * YUAN,
  allowanceMaxDays: 30,
}

/** Runs claims one after another, recording each payout as the database would. */
function runClaims(rule: MedicalRule, claims: readonly { selfPaidFen: number; hospitalDays: number }[], prior: EarlierMedicalClaim[] = []) {
  const earlier = [...prior]
  return claims.map((claim) => {
    const outcome = medicalPayout(rule, claim, earlier)
    earlier.push({ selfPaidFen: claim.selfPaidFen, amountFen: outcome.amountFen })
    return outcome
  })
}

describe('P(B), progressive like tax brackets', () => {
  it.each([
    [0, 0],
    [1_000, 300],
    [10_000, 3_000],
    [21_000, 7_400],
    [30_000, 11_000],
    [50_000, 23_000],
    [1_249_000, 1_162_050],
  ])('P(%i 元) = %i 元', (base, expected) => {
    expect(progressiveFen(base * YUAN, guangxi.segments)).toBe(expected * YUAN)
  })

  it('splits the base into its brackets', () => {
    expect(segmentParts(21_000 * YUAN, guangxi.segments)).toEqual([
      { widthFen: 10_000 * YUAN, rate: 0.3 },
      { widthFen: 11_000 * YUAN, rate: 0.4 },
    ])
    expect(segmentParts(0, guangxi.segments)).toEqual([])
  })

  it('keeps fractions of a fen until the claim difference is floored', () => {
    // 1 fen at 30% is 0.3 fen: exact in 万分之一 of a fen, so P(1) + P(1) + P(1) is not rounded three times.
    expect(progressiveScaled(1, guangxi.segments)).toBe(3_000n)
    expect(progressiveFen(1, guangxi.segments)).toBe(0)
    expect(progressiveFen(4, guangxi.segments)).toBe(1)
  })

  it('uses the yearly deductible for the base', () => {
    expect(medicalBase(800 * YUAN, guangxi)).toBe(0)
    expect(medicalBase(22_000 * YUAN, guangxi)).toBe(21_000 * YUAN)
  })
})

describe('domain §6.2 worked claims, one member, one year', () => {
  const [first, second, third] = runClaims(guangxi, [
    { selfPaidFen: 800 * YUAN, hospitalDays: 5 },
    { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 },
    { selfPaidFen: 20_000 * YUAN, hospitalDays: 12 },
  ])

  it('claim 1: 800 within the deductible → 5 days × 50 = 250 allowance', () => {
    expect(first?.amountFen).toBe(250 * YUAN)
    expect(first?.steps).toContain('住院津贴：5 天 × 50.00 元 = 250.00 元')
  })

  it('claim 2: 1,200 → base 0 → 1,000 → 300', () => {
    expect(second?.amountFen).toBe(300 * YUAN)
    expect(second?.steps).toContain('分段：1,000.00×30% = 300.00 元')
  })

  it('claim 3: 20,000 → P(21,000) = 7,400 − 300 = 7,100 (per-year segments, not 7,000 per stay)', () => {
    expect(third?.amountFen).toBe(7_100 * YUAN)
    expect(third?.steps).toEqual([
      '本年此前已申请 2 次，累计自付 2,000.00 元，已支付 550.00 元',
      '本次自付 20,000.00 元，住院 12 天',
      '本年累计自付 22,000.00 元，起付线 1,000.00 元，计算基数 1,000.00 → 21,000.00 元',
      '分段：10,000.00×30% + 11,000.00×40% = 7,400.00 元',
      '减去本年此前已计 300.00 元 → 7,100.00 元',
      '年度补助上限 1,000,000.00 元，本年此前已支付 550.00 元，剩余 999,450.00 元',
    ])
  })
})

describe('domain §6.2 further checks', () => {
  it('a first claim of 1,250 → base 250 → 75 → raised to 100', () => {
    const [claim] = runClaims(guangxi, [{ selfPaidFen: 1_250 * YUAN, hospitalDays: 2 }])
    expect(claim?.amountFen).toBe(100 * YUAN)
    expect(claim?.steps).toContain('不足最低补助 100.00 元，按 100.00 元计')
  })

  it('800 with 40 days → allowance for at most 30 days = 1,500', () => {
    const [claim] = runClaims(guangxi, [{ selfPaidFen: 800 * YUAN, hospitalDays: 40 }])
    expect(claim?.amountFen).toBe(1_500 * YUAN)
    expect(claim?.steps).toContain('住院津贴：住院 40 天，最多计 30 天，30 天 × 50.00 元 = 1,500.00 元')
  })

  it('the seed case: 1,250,000 self-paid in the year → P(1,249,000) = 1,162,050 → capped at 1,000,000', () => {
    const [claim] = runClaims(guangxi, [{ selfPaidFen: 1_250_000 * YUAN, hospitalDays: 60 }])
    expect(claim?.amountFen).toBe(1_000_000 * YUAN)
    expect(claim?.steps).toContain(
      '分段：10,000.00×30% + 20,000.00×40% + 20,000.00×60% + 1,199,000.00×95% = 1,162,050.00 元',
    )
    expect(claim?.steps).toContain('1,162,050.00 元超出年度剩余额度，本次按 1,000,000.00 元支付')
  })

  it('the seed case as two stays still totals the 1,000,000 cap', () => {
    const claims = runClaims(guangxi, [
      { selfPaidFen: 400_000 * YUAN, hospitalDays: 30 },
      { selfPaidFen: 850_000 * YUAN, hospitalDays: 30 },
    ])
    expect(claims.map((c) => c.amountFen)).toEqual([354_550 * YUAN, 645_450 * YUAN])
    expect(claims[1]?.capRemainingFen).toBe(645_450 * YUAN)
  })

  it('1,050 + 300 as two claims pays 100 + 100; one claim of 1,350 pays 105', () => {
    const split = runClaims(guangxi, [
      { selfPaidFen: 1_050 * YUAN, hospitalDays: 2 },
      { selfPaidFen: 300 * YUAN, hospitalDays: 1 },
    ])
    expect(split.map((c) => c.amountFen)).toEqual([100 * YUAN, 100 * YUAN])
    const [single] = runClaims(guangxi, [{ selfPaidFen: 1_350 * YUAN, hospitalDays: 3 }])
    expect(single?.amountFen).toBe(105 * YUAN)
  })

  it('pays nothing once the year has used the whole cap', () => {
    const claim = medicalPayout(guangxi, { selfPaidFen: 5_000 * YUAN, hospitalDays: 3 }, [
      { selfPaidFen: 1_250_000 * YUAN, amountFen: 1_000_000 * YUAN },
    ])
    expect(claim.amountFen).toBe(0)
    expect(claim.capRemainingFen).toBe(0)
  })

  it('documents the sub-fen corner: parts that each floor to 0 fen are not raised to the minimum', () => {
    // Three claims each adding 3 fen of base at 30% (0.9 fen → 0) pay 0; one claim of 9 fen (2.7 → 2 fen) is raised to 100 元.
    const prior = [{ selfPaidFen: guangxi.deductibleYearlyFen + 100, amountFen: 0 }]
    const split = runClaims(guangxi, [3, 3, 3].map((selfPaidFen) => ({ selfPaidFen, hospitalDays: 0 })), prior)
    expect(split.map((c) => c.amountFen)).toEqual([0, 0, 0])
    const [single] = runClaims(guangxi, [{ selfPaidFen: 9, hospitalDays: 0 }], prior)
    expect(single?.amountFen).toBe(100 * YUAN)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** Any valid medical rule: increasing thresholds, rates in whole 万分之一, validated by the real schema. */
function medicalRule(cap: fc.Arbitrary<number>): fc.Arbitrary<MedicalRule> {
  return fc
    .record({
      deductibleYearlyFen: fc.integer({ min: 0, max: 300_000 }),
      steps: fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 0, maxLength: 4 }),
      rateUnits: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 }),
      minPayoutFen: fc.integer({ min: 0, max: 50_000 }),
      yearlyCapFen: cap,
      allowancePerDayFen: fc.integer({ min: 0, max: 20_000 }),
      allowanceMaxDays: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ steps, rateUnits, ...rest }) => {
      let upto = 0
      const segments = [
        ...steps.map((step, i) => {
          upto += step
          return { uptoFen: upto, rate: (rateUnits[i] ?? 0) / 10_000 }
        }),
        { uptoFen: null, rate: (rateUnits[4] ?? 0) / 10_000 },
      ]
      const program = parseAidProgram({ code: 'm', name: '医疗互助', year: 2026, budgetFen: 0, kind: 'medical', segments, ...rest })
      if (program.rule.kind !== 'medical') throw new Error('generator produced a non-medical rule')
      return program.rule
    })
}

const claimArb = fc.record({ selfPaidFen: fc.integer({ min: 0, max: 5_000_000 }), hospitalDays: fc.integer({ min: 0, max: 90 }) })
const earlierArb = fc.array(
  fc.record({ selfPaidFen: fc.integer({ min: 0, max: 5_000_000 }), amountFen: fc.integer({ min: 0, max: 3_000_000 }) }),
  { maxLength: 6 },
)

describe('medical payout properties', () => {
  it('is never negative and never exceeds what is left of the yearly cap', () => {
    fc.assert(
      fc.property(medicalRule(fc.integer({ min: 0, max: 5_000_000 })), claimArb, earlierArb, (rule, claim, earlier) => {
        const outcome = medicalPayout(rule, claim, earlier)
        const paid = earlier.reduce((sum, c) => sum + c.amountFen, 0)
        expect(Number.isSafeInteger(outcome.amountFen)).toBe(true)
        expect(outcome.amountFen).toBeGreaterThanOrEqual(0)
        expect(outcome.amountFen).toBeLessThanOrEqual(Math.max(0, rule.yearlyCapFen - paid))
      }),
      { numRuns: 500 },
    )
  })

  it('split into k claims pays between k fen below and k × minPayout above the single claim', () => {
    fc.assert(
      fc.property(
        medicalRule(fc.constant(1_000_000_000_000)),
        fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 3 }),
        // Tiny parts too, so the rounding and the raises are really exercised.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2_000_000 })), { minLength: 1, maxLength: 6 }),
        (rule, priorSelfPaid, parts) => {
          const prior = priorSelfPaid.map((selfPaidFen) => ({ selfPaidFen, amountFen: 0 }))
          const priorTotal = priorSelfPaid.reduce((a, b) => a + b, 0)
          const k = parts.length
          // No hospital allowance: the first part already takes the year past the deductible.
          fc.pre(priorTotal + (parts[0] ?? 0) > rule.deductibleYearlyFen)
          const whole = parts.reduce((a, b) => a + b, 0)
          const [single] = runClaims(rule, [{ selfPaidFen: whole, hospitalDays: 0 }], prior)
          const baseBefore = medicalBase(priorTotal, rule)
          const singleRaw = Number(
            (progressiveScaled(medicalBase(priorTotal + whole, rule), rule.segments) - progressiveScaled(baseBefore, rule.segments)) /
              10_000n,
          )
          // Below k fen every part can floor to 0 and escape the raise while the single claim is raised (see the corner test).
          fc.pre(singleRaw >= k || singleRaw === 0)
          const total = runClaims(rule, parts.map((selfPaidFen) => ({ selfPaidFen, hospitalDays: 0 })), prior).reduce(
            (sum, c) => sum + c.amountFen,
            0,
          )
          const singleFen = single?.amountFen ?? 0
          expect(total).toBeGreaterThanOrEqual(singleFen - k)
          expect(total).toBeLessThanOrEqual(singleFen + k * rule.minPayoutFen)
        },
      ),
      { numRuns: 500 },
    )
  })
})
