import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paginateRoster } from './roster-pages'

describe('paginateRoster', () => {
  it('page subtotals always add up to the grand total, and 序号 continues', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (amounts, per) => {
        const pages = paginateRoster(amounts.map((amountFen) => ({ amountFen })), per)
        const total = amounts.reduce((a, b) => a + b, 0)
        expect(pages.reduce((s, p) => s + p.subtotalFen, 0)).toBe(total)
        pages.forEach((p, i) => expect(p.firstIndex).toBe(i * per + 1))
        expect(pages.flatMap((p) => p.rows).length).toBe(amounts.length)
      }),
    )
  })
  it('an empty roster still prints one page', () => {
    expect(paginateRoster([], 15)).toEqual([{ firstIndex: 1, rows: [], subtotalFen: 0 }])
  })
})
