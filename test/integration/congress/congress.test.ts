import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHECK_NAMES } from '../../../shared/congress/types'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMembers, agenda, compliant, roster, setUpUnion } from './fixtures'

let t: TestCore
beforeEach(async () => {
  t = await createTestCore()
})
afterEach(async () => t.close())

const byName = (checks: { name: string; pass: boolean; reason: string }[]) => Object.fromEntries(checks.map((c) => [c.name, c]))

describe('workers’ congress records and the six checks (六对标)', () => {
  it('saves a record under an enterprise named as in the register; all six pass for a compliant congress', async () => {
    await setUpUnion(t)
    const saved = await t.call('congress.save', compliant())
    expect(saved.enterpriseName).toBe('海港机械有限公司')
    expect(saved.representatives).toHaveLength(45)
    const report = await t.call('congress.check', { enterprise: '海港机械有限公司', today: '2025-12-01' })
    expect(report.checks.map((c) => c.name)).toEqual([...CHECK_NAMES])
    expect(report.checks.filter((c) => !c.pass)).toEqual([])
  })

  it('judges from the recorded numbers: 29 of 45 present fails 法定人数, 22 yes of 44 (exactly half) fails 表决方式', async () => {
    await setUpUnion(t)
    await t.call('congress.save', compliant({ sessions: [{ date: '2025-03-10', present: 29, items: agenda, votes: [{ item: '工资专项集体合同草案', yes: 29 }] }] }))
    let checks = byName((await t.call('congress.check', { enterprise: '海港机械有限公司', today: '2025-12-01' })).checks)
    expect(checks['法定人数']).toMatchObject({ pass: false, reason: '2025-03-10 会议应到 45 人，实到 29 人，不足三分之二（至少 30 人）' })
    expect(checks['表决方式']?.pass).toBe(true)

    await t.call('congress.save', compliant({ representatives: roster(30, 8, 6, 15), sessions: [{ date: '2025-03-10', present: 40, items: agenda, votes: [{ item: '工资专项集体合同草案', yes: 22 }] }] }))
    checks = byName((await t.call('congress.check', { enterprise: '海港机械有限公司', today: '2025-12-01' })).checks)
    expect(checks['表决方式']).toMatchObject({ pass: false, reason: '2025-03-10「工资专项集体合同草案」赞成 22 票，未超过全体代表 44 人的半数（至少 23 票）' })
  })

  it('women in proportion: the enterprise’s own members set the share, its union’s stand in when it has none', async () => {
    const org = await setUpUnion(t)
    const haigang = org.enterprises.find((e) => e.name === '海港机械有限公司')?.id ?? ''
    // 海港: 4 women of 10 members → 45 × 40 % = 18 seats; the roster has 15 women.
    await addMembers(t, org.id, haigang, 4, 6)
    await t.call('congress.save', compliant())
    let structure = byName((await t.call('congress.check', { enterprise: '海港机械有限公司', today: '2025-12-01' })).checks)['结构比例']
    expect(structure).toMatchObject({ pass: false, reason: '女代表 15 人，少于按本企业会员中女职工 4/10 人（40.0%）计算的 18 人' })
    // 东湖 has no members of its own: the union's 4/10 applies.
    await t.call('congress.save', compliant({ enterprise: '东湖纺织厂', representatives: roster(30, 9, 6, 18) }))
    structure = byName((await t.call('congress.check', { enterprise: '东湖纺织厂', today: '2025-12-01' })).checks)['结构比例']
    expect(structure?.pass).toBe(true)
    expect(structure?.reason).toContain('所属工会会员中女职工 4/10 人（40.0%）至少 18 人')
  })

  it('saving again replaces the roster and sessions; an enterprise without a record reads as not established', async () => {
    const org = await setUpUnion(t)
    await t.call('congress.save', compliant())
    const again = await t.call('congress.save', compliant({ representatives: roster(20, 5, 6, 10), sessions: [] }))
    expect(again.representatives).toHaveLength(31)
    expect(again.sessions).toEqual([])
    const wuliu = org.enterprises.find((e) => e.name === '城东物流有限公司')?.id ?? ''
    const none = await t.call('congress.get', { enterpriseId: wuliu, today: '2025-12-01' })
    expect(none.established).toBe(false)
    expect(none.checks.every((c) => !c.pass)).toBe(true)
  })

  it('an unknown name is added under the union given; without a union it is refused, naming it', async () => {
    await setUpUnion(t)
    const added = await t.call('congress.save', compliant({ enterprise: '新开电子厂' }))
    expect(added.orgName).toBe('城东联合工会')
    const before = await t.dump()
    const refused = await t.reply('congress.save', compliant({ enterprise: '无名厂', union: null }))
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'NOT_FOUND', field: 'enterprise' })
      expect(refused.error.message).toContain('无名厂')
    }
    expect(await t.dump()).toBe(before)
  })

  it('bad input is refused naming the session and field, and leaves the database exactly as it was', async () => {
    await setUpUnion(t)
    await t.call('congress.save', compliant())
    const before = await t.dump()
    const cases = [
      [compliant({ sessions: [{ date: '2025-03-10', present: 46, items: agenda, votes: [] }] }), 'sessions.0.present', '第1次会议（2025-03-10）「实到人数」46 人，多于代表名单的 45 人'],
      [compliant({ sessions: [{ date: '2025-03-10', present: 40, items: agenda, votes: [{ item: '福利方案', yes: 30 }] }] }), 'sessions.0.votes.0.item', '第1次会议（2025-03-10）第1项「表决议题」「福利方案」不在该次会议的议题中'],
      [compliant({ sessions: [{ date: '2025-03-10', present: 30, items: agenda, votes: [{ item: agenda[0] ?? '', yes: 31 }] }] }), 'sessions.0.votes.0.yes', '第1次会议（2025-03-10）第1项表决「企业年度工作报告」的「赞成票数」31 票，多于实到的 30 人'],
      [compliant({ termStart: '2027-01-01', termEnd: '2024-01-01' }), 'termEnd', undefined],
      [compliant({ representatives: [{ name: '张三', category: '工人' as '其他', gender: '男' }] }), 'representatives.0.category', undefined],
      [compliant({ union: '不存在的工会', enterprise: '又一新厂' }), 'union', undefined],
      [compliant({ sessions: [{ date: '2025-02-30', present: 1, items: [], votes: [] }] }), 'sessions.0.date', undefined],
    ] as const
    for (const [input, field, message] of cases) {
      const r = await t.reply('congress.save', input)
      expect(r.ok, field).toBe(false)
      if (!r.ok) {
        expect(r.error.field).toBe(field)
        if (message) expect(r.error.message).toBe(message)
      }
    }
    expect(await t.dump()).toBe(before)
  })

  it('check: an unknown enterprise is NOT_FOUND in Chinese', async () => {
    await setUpUnion(t)
    const r = await t.reply('congress.check', { enterprise: '不存在公司' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', message: '企业「不存在公司」不在企业名录中' })
  })

  it('overview lists every enterprise with its six checks; 建制率 by economic type with the 100-plus subset', async () => {
    await setUpUnion(t)
    await t.call('congress.save', compliant())
    await t.call('congress.save', compliant({ enterprise: '东湖纺织厂', established: false, representatives: [], sessions: [] }))
    const page = await t.call('congress.overview', { today: '2025-12-01' })
    expect(page.total).toBe(3)
    expect(page.items.map((r) => [r.enterpriseName, r.checks.filter((c) => c.pass).length])).toEqual([
      ['东湖纺织厂', 0],
      ['城东物流有限公司', 0],
      ['海港机械有限公司', 6],
    ])
    expect((await t.call('congress.overview', { q: '海港' })).items.map((r) => r.enterpriseName)).toEqual(['海港机械有限公司'])
    const rates = await t.call('congress.rates', {})
    expect(rates.rows).toEqual([
      { economicType: '私营企业', enterprises: 2, established: 1, hundredPlus: 1, hundredPlusEstablished: 1 },
      { economicType: '集体企业', enterprises: 1, established: 0, hundredPlus: 0, hundredPlusEstablished: 0 },
    ])
    expect(rates.total).toMatchObject({ enterprises: 3, established: 1 })
  })
})
