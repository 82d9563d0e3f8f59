import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReturn } from '../../../shared/contract/reports'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { buildStatisticsOffice, type StatisticsOffice } from './fixtures'

// Every figure of the 2026 return (2025-10-01 … 2026-09-30) and of 2025 beside it, counted by hand from fixtures.ts.
const expected: Record<string, [number, number]> = {
  'unions.total': [3, 2],
  'unions.founded': [2, 0],
  'unions.foundedWorkers': [40, 0],
  'members.total': [4, 4],
  'members.women': [1, 2],
  'members.migrant': [2, 2],
  'members.newForm': [2, 1],
  'members.newForm.courier': [1, 0],
  'members.newForm.rider': [1, 1],
  'members.newForm.rideHailing': [0, 0],
  'members.newForm.truck': [0, 0],
  'members.newForm.domestic': [0, 0],
  'members.newForm.other': [0, 0],
  'members.retained': [1, 1],
  'changes.join': [3, 0],
  'changes.transferIn': [1, 0],
  'changes.departures': [4, 0],
  'changes.transferOut': [2, 0],
  'changes.expel': [1, 0],
  'changes.withdraw': [1, 0],
  'changes.retain': [0, 1],
  'contracts.total': [2, 1],
  'contracts.enterprises': [2, 1],
  'contracts.workers': [250, 50],
  'contracts.kind.comprehensive.count': [1, 1],
  'contracts.kind.comprehensive.enterprises': [2, 1],
  'contracts.kind.comprehensive.workers': [150, 50],
  'contracts.kind.wage.count': [1, 0],
  'contracts.kind.wage.enterprises': [1, 0],
  'contracts.kind.wage.workers': [100, 0],
  ...Object.fromEntries(['women', 'safety', 'industry', 'area'].flatMap((k) => ['count', 'enterprises', 'workers'].map((m) => [`contracts.kind.${k}.${m}`, [0, 0]]))),
  'congress.enterprises': [5, 5],
  'congress.established': [1, 0],
  'congress.sessions': [2, 0],
  'hardship.total': [1, 1],
  'hardship.category.deep': [1, 1],
  'hardship.category.relative': [0, 0],
  'hardship.category.accident': [0, 0],
  'hardship.registered': [1, 1],
  'hardship.lifted': [1, 0],
  'aid.amount': [160_000, 100_000],
  'aid.persons': [2, 1],
  'aid.times': [3, 1],
  'aid.program.weiwen.amount': [80_000, 100_000],
  'aid.program.weiwen.persons': [1, 1],
  'aid.program.weiwen.times': [2, 1],
  'aid.program.zhuxue.amount': [80_000, 0],
  'aid.program.zhuxue.persons': [1, 0],
  'aid.program.zhuxue.times': [1, 0],
  'mediation.received': [2, 1],
  'mediation.closed': [2, 0],
  'mediation.outcome.success': [1, 0],
  'mediation.outcome.failed': [1, 0],
  'mediation.outcome.withdrawn': [0, 0],
  'mediation.pending': [1, 1],
}

// Figures whose records are the things counted one by one (not a sum of headcounts or money, not distinct persons).
const countsRecords = (key: string, kind: string) =>
  kind === 'count' && !key.endsWith('.workers') && key !== 'unions.foundedWorkers' && !/^aid\.(program\.\w+\.)?persons$/.test(key)

describe('annual statistical return 统计报表', () => {
  let t: TestCore
  let office: StatisticsOffice
  let report: AnnualReturn

  beforeAll(async () => {
    t = await createTestCore()
    office = await buildStatisticsOffice(t)
    report = await t.call('reports.annual', { year: 2026 })
  }, 60_000)
  afterAll(() => t.close())

  it('runs from 1 October to 30 September and compares with the year before', () => {
    expect(report.period).toEqual({ from: '2025-10-01', to: '2026-09-30' })
    expect(report.previousPeriod).toEqual({ from: '2024-10-01', to: '2025-09-30' })
    expect(report.title).toBe('2026年度（2025年10月1日至2026年9月30日）')
    expect(report.officeName).toBe('木棠镇总工会')
  })

  it('counts every figure exactly, this year and last', () => {
    const got = Object.fromEntries(report.figures.map((f) => [f.key, [f.value, f.previous]]))
    expect(got).toEqual(expected)
    for (const f of report.figures) {
      expect(f.label).toMatch(/\p{Script=Han}/u)
      expect(f.reason).toBeNull()
    }
    expect(report.figures.find((f) => f.key === 'aid.program.weiwen.amount')?.label).toBe('困难职工慰问金：发放金额')
  })

  it('says why a figure cannot be counted instead of 0, and notes what it left out', async () => {
    const empty = await createTestCore()
    try {
      await empty.call('orgs.save', { name: '空工会', type: '企业工会', foundedOn: '2025-12-01', enterprises: [{ name: '无人数企业' }] })
      const r = await empty.call('reports.annual', { year: 2026 })
      const fig = (key: string) => r.figures.find((f) => f.key === key)
      expect(fig('contracts.total')).toMatchObject({ value: null, previous: null, reason: '尚未登记任何集体合同，无法统计', drillable: false })
      expect(fig('members.total')).toMatchObject({ value: null, reason: '会员库中尚无会员，无法统计' })
      expect(fig('unions.founded')).toMatchObject({ value: 1, reason: null })
      expect(fig('unions.foundedWorkers')).toMatchObject({ value: null, reason: '新建工会所属企业均未登记职工人数，无法统计' })
      expect(r.summary).toBe('2026年度（2025年10月1日至2026年9月30日），共有基层工会组织1家，新增工会组织1家。')
    } finally {
      await empty.close()
    }
    expect(report.figures.find((f) => f.key === 'unions.foundedWorkers')?.note).toBe('另有1家企业未登记职工人数，未计入')
  })

  it('breaks the year down per grassroots union', () => {
    const byName = new Map(report.unions.map((u) => [u.orgName, u.values]))
    expect([...byName.keys()].sort()).toEqual(['丁村工会', '丙公司工会', '乙社区工会', '甲镇联合工会'].sort())
    const a = byName.get('甲镇联合工会')
    const d = byName.get('丁村工会')
    expect(a).toMatchObject({ 'members.total': 3, 'changes.join': 3, 'changes.transferOut': 2, 'changes.transferIn': 0, 'contracts.total': 2, 'aid.amount': 80_000, 'mediation.received': 1 })
    expect(d).toMatchObject({ 'members.total': 1, 'changes.transferIn': 1, 'unions.founded': 1, 'aid.amount': 80_000, 'aid.persons': 1 })
    expect(byName.get('乙社区工会')).toMatchObject({ 'unions.founded': 1, 'mediation.received': 1, 'mediation.pending': 1, 'members.total': 0 })
  })

  it('gives one union its own figures', async () => {
    const r = await t.call('reports.annual', { year: 2026, orgId: office.org.d })
    const got = Object.fromEntries(r.figures.map((f) => [f.key, [f.value, f.previous]]))
    expect(got['members.total']).toEqual([1, 0])
    expect(got['changes.transferIn']).toEqual([1, 0])
    expect(r.orgName).toBe('丁村工会')
    expect(r.unions.map((u) => u.orgName)).toEqual(['丁村工会'])
  })

  it('writes the summary from the figures, exact numbers', () => {
    expect(report.summary).toBe(
      '2026年度（2025年10月1日至2026年9月30日），共有基层工会组织3家，新增工会组织2家，覆盖职工40人；' +
        '年末在会会员4人，其中女性1人、农民工2人、新就业形态劳动者2人，保留会籍1人；新入会3人，转入1人，减少会员4人；' +
        '签订集体合同2份，覆盖职工250人；1家企业建立职工代表大会制度；在档困难职工1户，新建档1户；' +
        '发放帮扶救助资金1600元，惠及2人，3人次；受理劳动争议调解案件2件，调解成功1件。',
    )
  })

  it('lists the records behind each figure, and the list agrees with the figure', async () => {
    for (const f of report.figures) {
      if (!countsRecords(f.key, f.kind)) continue
      for (const previous of [false, true]) {
        const page = await t.call('reports.records', { year: 2026, key: f.key, previous, limit: 500 })
        expect([f.key, previous, page.total]).toEqual([f.key, previous, previous ? f.previous : f.value])
        expect(page.items).toHaveLength(page.total)
      }
    }
  }, 60_000)

  it('drills down to members as they stood at the year end, ID numbers masked', async () => {
    const now = await t.call('reports.records', { year: 2026, key: 'members.total' })
    expect(now.items.map((i) => i.title).sort()).toEqual(['张一', '王二', '赵四', '吴八'].sort())
    const wu = now.items.find((i) => i.title === '吴八')
    expect(wu).toMatchObject({ kind: 'member', id: office.member.wu8, memberId: office.member.wu8, orgName: '丁村工会', date: '2026-02-01' })
    expect(wu?.detail).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/)
    const before = await t.call('reports.records', { year: 2026, key: 'members.total', previous: true })
    expect(before.items.map((i) => i.title).sort()).toEqual(['张一', '周七', '吴八', '冯十'].sort())
    expect(before.items.find((i) => i.title === '吴八')?.orgName).toBe('甲镇联合工会')
    const joined = await t.call('reports.records', { year: 2026, key: 'changes.join' })
    expect(joined.items.map((i) => [i.title, i.date])).toEqual([['赵四', '2025-10-01'], ['钱五', '2025-11-01'], ['王二', '2026-09-30']])
    expect(joined.items[0]).toMatchObject({ kind: 'member_event', memberId: office.member.zhao4 })
    expect(joined.items[0]?.detail).toMatch(/^入会，\d{6}\*{8}/)
    const left = await t.call('reports.records', { year: 2026, key: 'changes.withdraw' })
    expect(left.items.map((i) => i.title)).toEqual(['钱五'])
  })

  it('drills down to unions, contracts, congresses, files, payments and cases', async () => {
    const titles = async (key: string, extra: { orgId?: string } = {}) => (await t.call('reports.records', { year: 2026, key, ...extra })).items.map((i) => [i.kind, i.title])
    expect(await titles('unions.founded')).toEqual([['org', '丁村工会'], ['org', '乙社区工会']].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)))
    expect(await titles('contracts.enterprises')).toEqual([['enterprise', '甲一机械有限公司'], ['enterprise', '甲二食品厂']].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)))
    expect(await titles('contracts.kind.wage.count')).toEqual([['contract', '甲一工资专项集体合同']])
    expect(await titles('congress.established')).toEqual([['congress', '甲一机械有限公司']])
    expect(await titles('hardship.lifted')).toEqual([['hardship', '王二']])
    const paid = await t.call('reports.records', { year: 2026, key: 'aid.program.weiwen.times' })
    expect(paid.items.map((i) => [i.title, i.date, i.detail?.split('，').slice(0, 2).join('，')])).toEqual([
      ['张一', '2025-10-01', '慰问金，300.00元'],
      ['张一', '2026-09-30', '困难职工慰问金，500.00元'],
    ])
    expect(await titles('mediation.pending')).toEqual([['mediation', '2026-m3 乙三物业公司']])
    expect(await titles('members.total', { orgId: office.org.a })).toHaveLength(3)
    const paged = await t.call('reports.records', { year: 2026, key: 'members.total', limit: 3, offset: 3 })
    expect([paged.total, paged.items.length]).toEqual([4, 1])
  })

  it('moves the year with its configured first day', async () => {
    await t.call('reports.saveSettings', { yearStart: '01-01' })
    try {
      const r = await t.call('reports.annual', { year: 2026 })
      expect(r.period).toEqual({ from: '2026-01-01', to: '2026-12-31' })
      // 王二 2026-09-30 and 李三 2026-10-01; 赵四 (2025-10-01) and 钱五 (2025-11-01) fall in 2025 now.
      expect(r.figures.find((f) => f.key === 'changes.join')).toMatchObject({ value: 2, previous: 2 })
    } finally {
      await t.call('reports.saveSettings', { yearStart: '10-01' })
    }
  })

  it('refuses a bad setting, an unknown union or figure, and changes nothing', async () => {
    const before = await t.dump()
    const bad = await t.reply('reports.saveSettings', { yearStart: '02-30' })
    expect(bad.ok ? null : [bad.error.code, bad.error.field]).toEqual(['INVALID_INPUT', 'yearStart'])
    const org = await t.reply('reports.annual', { year: 2026, orgId: 'no-such-union' })
    expect(org.ok ? null : [org.error.code, org.error.field]).toEqual(['NOT_FOUND', 'orgId'])
    const key = await t.reply('reports.records', { year: 2026, key: 'members.nonsense' })
    expect(key.ok ? null : [key.error.code, key.error.field]).toEqual(['NOT_FOUND', 'key'])
    const period = await t.reply('reports.summary', { from: '2026-10-01', to: '2026-09-30' })
    expect(period.ok ? null : [period.error.code, period.error.field]).toEqual(['INVALID_INPUT', 'to'])
    expect(await t.dump()).toBe(before)
  })

  it('summarises any period', async () => {
    const s = await t.call('reports.summary', { from: '2026-09-30', to: '2026-10-01' })
    const v = Object.fromEntries(s.figures.map((f) => [f.key, f.value]))
    expect(v).toMatchObject({ 'changes.join': 2, 'unions.founded': 2, 'contracts.total': 2, 'aid.times': 2, 'members.total': 5 })
    expect(s.figures.every((f) => f.previous === null)).toBe(true)
    expect(s.summary.startsWith('2026-09-30至2026-10-01，')).toBe(true)
  })
})
