import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateCategory, householdFigures } from './category'

const YUAN = 100
const L = 800 * YUAN

describe('category calculation (domain §5.1, L = 800 元)', () => {
  it('household 4, income 60,000, rigid 31,000 → 604.17 → 深度困难', () => {
    const c = calculateCategory({ householdSize: 4, annualIncomeFen: 60_000 * YUAN, rigidExpensesFen: 31_000 * YUAN, dibaoLineFen: L })
    expect(c.perCapitaMonthlyFen).toBe(60_417)
    expect(c.numeratorFen).toBe(2_900_000)
    expect(c.denominator).toBe(48)
    expect(c.suggested).toBe('深度困难')
    expect(c.steps[1]).toContain('约 604.17')
  })

  it('household 4, income 80,000, rigid 12,000 → 1,416.67 → 相对困难', () => {
    const c = calculateCategory({ householdSize: 4, annualIncomeFen: 80_000 * YUAN, rigidExpensesFen: 12_000 * YUAN, dibaoLineFen: L })
    expect(c.perCapitaMonthlyFen).toBe(141_667)
    expect(c.suggested).toBe('相对困难')
  })

  it('household 3, income 72,000, rigid 10,000 → 1,722.22 → not eligible on income', () => {
    const c = calculateCategory({ householdSize: 3, annualIncomeFen: 72_000 * YUAN, rigidExpensesFen: 10_000 * YUAN, dibaoLineFen: L })
    expect(c.perCapitaMonthlyFen).toBe(172_222)
    expect(c.suggested).toBeNull()
    expect(c.steps[2]).toContain('意外致困')
  })

  it('M equal to the line is 相对 (below is strict), and M equal to twice the line is not eligible', () => {
    const atLine = calculateCategory({ householdSize: 1, annualIncomeFen: 12 * L, rigidExpensesFen: 0, dibaoLineFen: L })
    expect(atLine.suggested).toBe('相对困难')
    const atTwice = calculateCategory({ householdSize: 1, annualIncomeFen: 24 * L, rigidExpensesFen: 0, dibaoLineFen: L })
    expect(atTwice.suggested).toBeNull()
  })

  it('compares the exact fraction, not the rounded figure: 799.9997… 元 is below a line of 800 元', () => {
    // 3 people: numerator 2,879,999 fen ÷ 36 = 79,999.97… fen (799.9997… 元), shown rounded as 800.00 元, which equals the
    // line; only the exact comparison (2,879,999 < 80,000 × 36 = 2,880,000) gives 深度困难, a rounded one would give 相对困难.
    const c = calculateCategory({ householdSize: 3, annualIncomeFen: 2_879_999, rigidExpensesFen: 0, dibaoLineFen: L })
    expect(c.perCapitaMonthlyFen).toBe(L)
    expect(c.suggested).toBe('深度困难')
    expect(c.steps[2]).toBe('约 800.00 元 < 低保标准 800.00 元 → 建议认定为「深度困难」')
  })

  it('expenses above income give a negative M and 深度困难', () => {
    const c = calculateCategory({ householdSize: 2, annualIncomeFen: 10_000 * YUAN, rigidExpensesFen: 40_000 * YUAN, dibaoLineFen: L })
    expect(c.perCapitaMonthlyFen).toBe(-125_000)
    expect(c.suggested).toBe('深度困难')
  })

  it('the suggestion agrees with an exact rational comparison for any figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), (size, income, rigid) => {
        const c = calculateCategory({ householdSize: size, annualIncomeFen: income, rigidExpensesFen: rigid, dibaoLineFen: L })
        const m = BigInt(income - rigid)
        const den = BigInt(12 * size)
        const expected = m < BigInt(L) * den ? '深度困难' : m < BigInt(2 * L) * den ? '相对困难' : null
        expect(c.suggested).toBe(expected)
      }),
    )
  })
})

describe('householdFigures', () => {
  it('counts the member plus each family row and sums the listed yearly amounts', () => {
    expect(
      householdFigures({
        familyMembers: [{}, {}, {}],
        incomes: [{ annualFen: 50_000 * YUAN }, { annualFen: 10_000 * YUAN }],
        expenses: [{ annualFen: 31_000 * YUAN }],
      }),
    ).toEqual({ householdSize: 4, annualIncomeFen: 6_000_000, rigidExpensesFen: 3_100_000 })
  })
})
