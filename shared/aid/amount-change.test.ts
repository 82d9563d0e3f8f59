import { describe, expect, it } from 'vitest'
import { basisOf, claimRef, describeAmountChange, type BasisClaim } from './amount-change'
import { compareClaims } from './claim-order'

const a: BasisClaim = { id: '0190aaaa-0000-7000-8000-00000000a001', date: '2026-02-01', amountFen: 25_000, selfPaidFen: 80_000 }
const b: BasisClaim = { id: '0190aaaa-0000-7000-8000-00000000b002', date: '2026-03-01', amountFen: 30_000, selfPaidFen: 120_000 }

describe('describeAmountChange', () => {
  it('is null when the amount does not move, whatever changed before', () => {
    expect(describeAmountChange({ fromFen: 100, toFen: 100, programName: '职工医疗互助', saved: [a], current: [] })).toBeNull()
  })

  it('names the earlier claim whose figures changed, with both figures', () => {
    const change = describeAmountChange({ fromFen: 30_000, toFen: 45_000, programName: '职工医疗互助', saved: [a, b], current: [{ ...a, selfPaidFen: 150_000 }, b] })
    expect(change?.changedApplicationIds).toEqual([a.id])
    expect(change?.message).toBe(
      `金额已从 300.00 元变为 450.00 元：因本会员先行的职工医疗互助申请有变——2026-02-01 的申请（编号 ${claimRef(a.id)}）自付金额由 800.00 元变为 1,500.00 元`,
    )
  })

  it('names a claim no longer counted and one counted that was not', () => {
    const change = describeAmountChange({ fromFen: 1, toFen: 2, programName: '职工医疗互助', saved: [a], current: [b] })
    expect(change?.changedApplicationIds).toEqual([b.id, a.id])
    expect(change?.message).toContain('保存本申请时尚未计入')
    expect(change?.message).toContain('已不再计入')
  })

  it('an application saved before bases were kept lists every earlier claim it is now computed on', () => {
    const change = describeAmountChange({ fromFen: 1, toFen: 2, programName: '职工医疗互助', saved: null, current: [a, b] })
    expect(change?.changedApplicationIds).toEqual([a.id, b.id])
    expect(change?.message).toContain('保存本申请时的计算依据未记录')
  })

  it('says the change came from elsewhere when no earlier claim differs', () => {
    const change = describeAmountChange({ fromFen: 1, toFen: 2, programName: '职工医疗互助', saved: [a], current: [a] })
    expect(change?.changedApplicationIds).toEqual([])
    expect(change?.message).toContain('先行的申请未变')
  })
})

describe('basisOf and claim order', () => {
  it('keeps only active claims of the same program and year', () => {
    const entry = (id: string, code: string, year: number, status: 'active' | 'rejected') => ({ id, programCode: code, programYear: year, date: '2026-01-01', amountFen: 1, status })
    expect(basisOf({ code: 'yiliao', year: 2026 }, [entry('1', 'yiliao', 2026, 'active'), entry('2', 'yiliao', 2026, 'rejected'), entry('3', 'yiliao', 2025, 'active'), entry('4', 'knjz', 2026, 'active')]).map((c) => c.id)).toEqual(['1'])
  })

  it('orders by date, then by id within a day (claims of one bulk call share created_at, never an id)', () => {
    expect([b, { ...a, date: b.date }, a].sort(compareClaims).map((c) => `${c.date}/${c.id.slice(-4)}`)).toEqual(['2026-02-01/a001', '2026-03-01/a001', '2026-03-01/b002'])
  })
})
