import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContractSaveInput } from '../../../shared/contract/contracts'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1}`, chief: i === 0 }))

describe('集体合同 register, checks, reminders and coverage', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
    await t.call('orgs.save', {
      name: '木棠镇联合工会', type: '联合基层工会',
      enterprises: [{ name: '木棠农场有限公司', employeeCount: 30 }, { name: '木棠物流有限公司', employeeCount: 45 }, { name: '木棠食品厂', employeeCount: 25 }],
    })
  })
  afterEach(async () => t.close())

  const regional: ContractSaveInput = {
    kind: '区域性', title: '木棠镇2024年区域性集体合同', unionSide: '木棠镇总工会', employerSide: '木棠镇企业联合会',
    enterprises: ['木棠农场有限公司', '木棠物流有限公司', '木棠食品厂'],
    negotiators: { union: people('工', 3), employer: people('企', 3) },
    requestDate: '2024-09-10', replyDate: '2024-09-30', rounds: [{ date: '2024-10-10', minutes: '第一次协商' }],
    vote: { total: 100, present: 67, approve: 50, date: '2024-10-15' }, signedDate: '2024-10-16', filedDate: '2024-10-21', receivedDate: '2024-10-22',
    termStart: '2024-11-01', termEnd: '2025-10-31',
  }

  it('computes workers covered from the enterprises and passes every check at the boundaries', async () => {
    const c = await t.call('contracts.save', regional)
    expect(c).toMatchObject({ workersCovered: 100, workersComputed: 100, enterprises: [{ name: '木棠农场有限公司' }, { name: '木棠物流有限公司' }, { name: '木棠食品厂' }] })
    expect(await t.call('contracts.check', { id: c.id, today: '2024-12-01' })).toEqual({ ok: true, problems: [], effectiveDate: '2024-11-07', renewalWindowStart: '2025-08-01' })
    const steps = (await t.call('contracts.get', { id: c.id, today: '2024-12-01' })).timeline
    expect(steps.find((s) => s.key === 'effective')).toMatchObject({ tone: 'green', date: '2024-11-07' })
  })

  it('reports each broken rule by its code, naming the dates and numbers', async () => {
    const c = await t.call('contracts.save', {
      ...regional, negotiators: { union: people('工', 3), employer: [{ name: '企1', chief: false }, { name: '企2', chief: false }] },
      replyDate: '2024-10-01', vote: { total: 100, present: 66, approve: 49 }, filedDate: '2024-10-29', receivedDate: '2024-10-30', termEnd: '2027-11-01',
    })
    const r = await t.call('contracts.check', { id: c.id, today: '2024-12-01' })
    expect(r.ok).toBe(false)
    expect(r.problems.map((p) => p.code)).toEqual(['NEGOTIATORS_TOO_FEW', 'NEGOTIATORS_UNEQUAL', 'CHIEF_MISSING', 'REPLY_LATE', 'QUORUM_NOT_MET', 'APPROVAL_NOT_MET', 'FILING_LATE', 'TERM_INVALID'])
    // Day 10 after 2024-10-16 is a Saturday: the deadline moves to Monday 2024-10-28, and 10-29 is late.
    expect(r.problems.find((p) => p.code === 'FILING_LATE')?.message).toContain('应在 2024-10-28 前报送备案')
    expect(r.problems.find((p) => p.code === 'QUORUM_NOT_MET')?.message).toContain('66')
  })

  it('lists, filters expiring contracts and raises reminders that name their contract', async () => {
    expect(await t.call('contracts.list', {})).toEqual([])
    const a = await t.call('contracts.save', regional)
    const b = await t.call('contracts.save', { kind: '工资专项', title: '木棠物流工资专项协议', enterprises: ['木棠物流有限公司'], requestDate: '2025-09-01' })
    const c = await t.call('contracts.save', { kind: '综合', title: '木棠农场综合合同', enterprises: ['木棠农场有限公司'], signedDate: '2025-09-01', rounds: [{ date: '2025-08-20' }] })
    expect((await t.call('contracts.list', { expiringDays: 90, today: '2025-09-15' })).map((x) => x.id)).toEqual([a.id])
    expect((await t.call('contracts.list', { kind: '工资专项' })).map((x) => x.title)).toEqual(['木棠物流工资专项协议'])
    const reminders = await t.call('contracts.reminders', { today: '2025-09-15' })
    expect(reminders.map((r) => [r.contractId, r.kind, r.tone])).toEqual([
      [c.id, 'filingLate', 'red'], [b.id, 'replyDue', 'amber'], [a.id, 'expiring', 'amber'], [a.id, 'renewalNotStarted', 'amber'],
    ])
  })

  it('an override of the workers covered needs its reason; refused input leaves the database unchanged', async () => {
    const before = await t.dump()
    const r = await t.reply('contracts.save', { ...regional, workersCovered: 120 })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'workersCoveredReason' } })
    const bad = await t.reply('contracts.save', { ...regional, vote: { total: 10, present: 11, approve: 5 } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'vote.present' } })
    const emergency = await t.reply('contracts.save', { ...regional, emergency: true })
    expect(emergency).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'emergencyReason' } })
    const unknown = await t.reply('contracts.save', { ...regional, enterprises: ['木棠农场有限公司', '不存在的公司'] })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'enterprises' } })
    expect(unknown.ok ? '' : unknown.error.message).toContain('不存在的公司')
    expect(await t.dump()).toBe(before)
    const ok = await t.call('contracts.save', { ...regional, workersCovered: 120, workersCoveredReason: '含劳务派遣人员' })
    expect(ok).toMatchObject({ workersCovered: 120, workersComputed: 100, workersCoveredReason: '含劳务派遣人员' })
  })

  it('adds enterprises unknown to the register under the named union; an unknown union is refused by name', async () => {
    const before = await t.dump()
    const r = await t.reply('contracts.save', { ...regional, union: '没有这个工会', enterprises: ['新开餐馆'] })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'union' } })
    expect(r.ok ? '' : r.error.message).toContain('没有这个工会')
    expect(await t.dump()).toBe(before)
    const c = await t.call('contracts.save', { ...regional, union: '木棠镇联合工会', enterprises: ['木棠食品厂', '新开餐馆'], workersCovered: 40, workersCoveredReason: '新开餐馆15人' })
    expect(c.enterprises.map((e) => e.name)).toEqual(['新开餐馆', '木棠食品厂'])
    const org = (await t.call('orgs.list', {}))[0]
    expect(org?.enterpriseCount).toBe(4)
  })

  it('a name two unions both register is taken from the named union, and refused as ambiguous without one', async () => {
    await t.call('orgs.save', { name: '金江社区工会', type: '社区工会', enterprises: [{ name: '木棠食品厂', employeeCount: 8 }] })
    const before = await t.dump()
    const r = await t.reply('contracts.save', { kind: '综合', title: '同名', enterprises: ['木棠食品厂'] })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'enterprises' } })
    expect(r.ok ? '' : r.error.message).toContain('木棠食品厂')
    expect(await t.dump()).toBe(before)
    const c = await t.call('contracts.save', { kind: '综合', title: '同名', union: '金江社区工会', enterprises: ['木棠食品厂'] })
    expect(c).toMatchObject({ workersCovered: 8, enterprises: [{ name: '木棠食品厂', workers: 8 }] })
  })

  it('coverage reproduces the county sentence of seed 002 from data: 119 contracts covering 11447 workers', async () => {
    // 119 enterprises: 118 of 96 workers and one of 119 (118 × 96 + 119 = 11,447), one contract each, plus one expired
    // and one objected contract that must not count.
    const enterprises = Array.from({ length: 119 }, (_, i) => ({ name: `企业${String(i + 1).padStart(3, '0')}`, employeeCount: i === 0 ? 119 : 96 }))
    await t.call('orgs.save', { name: '澄迈县联合工会', type: '联合基层工会', enterprises })
    for (const [i, e] of enterprises.entries()) {
      await t.call('contracts.save', { kind: i % 2 ? '综合' : '工资专项', title: `集体合同${i + 1}`, enterprises: [e.name], signedDate: i < 10 ? '2023-03-01' : '2022-03-01', termStart: '2022-04-01', termEnd: '2024-03-31' })
    }
    await t.call('contracts.save', { kind: '综合', title: '已到期', enterprises: ['企业001'], signedDate: '2020-01-01', termEnd: '2022-12-31' })
    await t.call('contracts.save', { kind: '综合', title: '有异议', enterprises: ['企业002'], signedDate: '2023-01-01', receivedDate: '2023-01-05', objected: true })
    const cov = await t.call('contracts.coverage', { asOf: '2023-06-30' })
    expect(cov).toMatchObject({ contracts: 119, workers: 11447, enterprises: 119, workersDeduplicated: 11447, newThisYear: 11 })
    expect(cov.sentence).toBe('签订集体合同119份，覆盖职工11447人')
    expect(cov.byKind).toEqual([{ kind: '工资专项', contracts: 60, workers: 60 * 96 + 23 }, { kind: '综合', contracts: 59, workers: 59 * 96 }])
  })

  it('counts a worker under two overlapping contracts once in the de-duplicated figure', async () => {
    await t.call('contracts.save', { ...regional })
    await t.call('contracts.save', { ...regional, kind: '工资专项', title: '工资专项', enterprises: ['木棠物流有限公司'] })
    const cov = await t.call('contracts.coverage', { asOf: '2024-12-01' })
    expect(cov).toMatchObject({ contracts: 2, workers: 145, workersDeduplicated: 100, enterprises: 3 })
  })

  it('stores an attachment once per scan, hashed', async () => {
    const c = await t.call('contracts.save', regional)
    const file = { fileName: '合同扫描件.pdf', contentBase64: Buffer.from('%PDF-1.4 scan').toString('base64') }
    const a = await t.call('contracts.attachFile', { contractId: c.id, file })
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect((await t.call('contracts.attachFile', { contractId: c.id, file })).id).toBe(a.id)
    expect((await t.call('contracts.get', { id: c.id })).attachments).toHaveLength(1)
  })
})
