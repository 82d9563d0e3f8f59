import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { pdfPages, pdfPath } from '../print/pdf-text'
import { agenda, compliant, roster, setUpUnion } from './fixtures'

let t: TestCore
let enterpriseId = ''
beforeAll(async () => {
  t = await createTestCore()
  await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await setUpUnion(t)
  // 44 representatives: a vote of 22 is exactly half and must print as 未通过.
  const saved = await t.call('congress.save', compliant({
    representatives: roster(30, 8, 6, 15),
    sessions: [
      { date: '2024-03-15', present: 40, items: agenda, votes: [{ item: '工资专项集体合同草案', yes: 35 }] },
      { date: '2025-03-10', present: 29, items: agenda, votes: [{ item: '工资专项集体合同草案', yes: 23 }, { item: '劳动定额和奖惩办法', yes: 22 }] },
    ],
  }))
  enterpriseId = saved.enterpriseId
})
afterAll(async () => t.close())

/** Keeps PNG pages of each document in test/artifacts for review. */
function keepPng(file: Parameters<typeof pdfPath>[0], name: string) {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath(file), join('test/artifacts', name)])
}

describe('printed congress papers', { timeout: 120_000 }, () => {
  it('职代会决议 states the quorum with its figures and each resolution against more than half of all', async () => {
    const out = await t.call('print.congress', { enterpriseId, date: '2025-03-10', document: '决议' })
    const text = pdfPages(out.file).join('\n').replace(/\s+/g, '')
    expect(text).toContain('海港机械有限公司第____届职工代表大会第2次会议决议')
    expect(text).toContain('应到代表44人，实到29人，不足全体代表的三分之二（30人），不符合法定人数')
    expect(text).toContain('通过「工资专项集体合同草案」。赞成23票，超过全体代表44人的半数（至少23票）')
    expect(text).toContain('「劳动定额和奖惩办法」赞成22票（至少需要23票）')
    keepPng(out.file, 'congress-resolution')
  })

  it('the attendance and vote record prints composition and verdicts', async () => {
    const out = await t.call('print.congress', { enterpriseId, date: '2025-03-10', document: '到会及表决记录' })
    const text = pdfPages(out.file, true).join('\n')
    expect(text.replace(/\s+/g, '')).toContain('不少于全体代表的三分之二，即30人：不符合')
    expect(text).toMatch(/劳动定额和奖惩办法\s+22\s+7\s+23\s+未通过/)
    expect(text).toMatch(/工资专项集体合同草案\s+23\s+6\s+23\s+通过/)
    keepPng(out.file, 'congress-record')
  })

  it('a date without a session is NOT_FOUND', async () => {
    const r = await t.reply('print.congress', { enterpriseId, date: '2025-03-11', document: '决议' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', field: 'date' })
  })
})
