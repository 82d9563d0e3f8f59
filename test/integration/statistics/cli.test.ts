import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReturn } from '../../../shared/contract/reports'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { okJson, runCli } from '../members/cli-helpers'
import { buildStatisticsOffice } from './fixtures'

let t: TestCore
let db: string
let expected: AnnualReturn
const cli = (...args: string[]) => runCli(['--db', db, ...args])
const figure = (key: string, fields: Record<string, unknown>) => expect.arrayContaining([expect.objectContaining({ key, ...fields })])

beforeAll(async () => {
  t = await createTestCore({ file: true })
  db = join(t.dir, 'test.db')
  await buildStatisticsOffice(t)
  expected = await t.call('reports.annual', { year: 2026 })
}, 60_000)
afterAll(async () => t.close())

// Each spawn opens the database in a fresh process (seconds on a busy machine).
describe('uniondesk report annual / report summary (spawned)', { timeout: 400_000 }, () => {
  it('annual --json prints every figure with its stable key, Chinese label, this year and last', () => {
    const out = okJson(cli('report', 'annual', '--year', '2026', '--json'))
    expect(out).toEqual({ ...expected, generatedAt: expect.any(String) })
    expect(out).toMatchObject({ figures: figure('members.total', { label: '在会会员（年末）', value: 4, previous: 4, unit: '人' }) })
    expect(out).toMatchObject({ figures: figure('contracts.workers', { value: 250, previous: 50 }) })
  })

  it('annual without --json reads as Chinese lines, money in yuan', () => {
    const run = cli('report', 'annual', '--year', '2026')
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toContain('2026年度（2025年10月1日至2026年9月30日）')
    expect(run.stdout).toContain('在会会员（年末）：4人（上年 4人）')
    expect(run.stdout).toContain('帮扶救助发放金额：1600.00元（上年 1000.00元）')
    expect(run.stdout).toContain(expected.summary)
  })

  it('annual --union gives that union\'s figures', () => {
    const out = okJson(cli('report', 'annual', '--year', '2026', '--union', '丁村工会', '--json'))
    expect(out).toMatchObject({ orgName: '丁村工会', figures: figure('members.total', { value: 1, previous: 0 }) })
  })

  it('summary --from --to --json counts the period', () => {
    const out = okJson(cli('report', 'summary', '--from', '2025-10-01', '--to', '2026-09-30', '--json'))
    // The same period as the 2026 return: the same figures, without last year's.
    expect(out).toMatchObject({
      period: { from: '2025-10-01', to: '2026-09-30' },
      figures: expected.figures.map((f) => expect.objectContaining({ key: f.key, label: f.label, value: f.value, previous: null })),
      summary: expected.summary.replace(expected.title, '2025-10-01至2026-09-30'),
    })
  })

  it('refuses wrong usage (exit 2) and an unknown union (exit 1) in Chinese, printing nothing on stdout', () => {
    const noYear = cli('report', 'annual', '--json')
    expect([noYear.code, noYear.stdout, noYear.stderr]).toEqual([2, '', expect.stringContaining('缺少必填参数 --year')])
    const badDate = cli('report', 'summary', '--from', '2026-13-01', '--to', '2026-12-31', '--json')
    expect([badDate.code, badDate.stdout, badDate.stderr]).toEqual([2, '', expect.stringContaining('--from 应为 YYYY-MM-DD 格式的日期')])
    const union = cli('report', 'annual', '--year', '2026', '--union', '不存在的工会', '--json')
    expect([union.code, union.stdout, union.stderr]).toEqual([1, '', expect.stringContaining('找不到名为「不存在的工会」的基层工会')])
  })
})

// Last in the file: it moves the reporting year of the shared database.
describe('uniondesk report settings (spawned)', { timeout: 400_000 }, () => {
  it('shows the year start, refuses a day that is not in every year, and saves one that moves the annual return', async () => {
    expect(okJson(cli('report', 'settings', '--json'))).toEqual({ yearStart: '10-01' })
    const before = await t.dump()
    const bad = cli('report', 'settings', '--year-start', '02-29', '--json')
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([1, '', expect.stringContaining('统计年度起始日')])
    expect(await t.dump()).toBe(before)

    expect(okJson(cli('report', 'settings', '--year-start', '01-01', '--json'))).toEqual({ yearStart: '01-01' })
    expect(okJson(cli('report', 'annual', '--year', '2026', '--json'))).toMatchObject({ title: '2026年度（2026年1月1日至2026年12月31日）' })
    expect(cli('report', 'settings').stdout).toContain('统计年度起始日：01-01')
  })
})
