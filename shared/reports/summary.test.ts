import { describe, expect, it } from 'vitest'
import { summaryParagraph } from './summary'

describe('summaryParagraph', () => {
  it('reproduces the seed sentence from the figures, exact numbers', () => {
    const v = new Map<string, number | null>([
      ['unions.founded', 32], ['unions.foundedWorkers', 1700], ['contracts.total', 119], ['contracts.workers', 11447],
    ])
    expect(summaryParagraph('2023年度', v)).toBe('2023年度，新增工会组织32家，覆盖职工1700人；签订集体合同119份，覆盖职工11447人。')
  })

  it('leaves out what cannot be computed instead of writing 0, and money in yuan', () => {
    const v = new Map<string, number | null>([
      ['contracts.total', null], ['contracts.workers', null], ['aid.amount', 33_550_000], ['aid.persons', 400], ['aid.times', 412],
      ['mediation.received', 210], ['mediation.closed', 0], ['mediation.outcome.success', 0],
    ])
    expect(summaryParagraph('某镇', v)).toBe('某镇，发放帮扶救助资金335500元，惠及400人，412人次；受理劳动争议调解案件210件。')
    expect(summaryParagraph('某镇', new Map([['aid.amount', 12_345], ['aid.persons', 1], ['aid.times', 1]]))).toBe('某镇，发放帮扶救助资金123.45元，惠及1人，1人次。')
  })

  it('says so when nothing can be counted', () => {
    expect(summaryParagraph('某镇', new Map([['members.total', null]]))).toBe('某镇，暂无可统计的数据。')
  })
})
