import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../shared/contract/index'
import { CASE_ACTIONS, CASE_STATUSES, type CaseStatus } from '../../../shared/mediation/types'
import { nextStatus, transitionRefusal } from '../../../shared/mediation/workflow'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { seedRegister } from './fixtures'

// The test clock's today is 2026-11-23 (fixedClock). 2026-11-02 is a Monday: its 15-day period ends Tuesday 11-17.

let t: TestCore
let reg: Awaited<ReturnType<typeof seedRegister>>
beforeEach(async () => {
  t = await createTestCore()
  reg = await seedRegister(t)
})
afterEach(async () => t.close())

const outsider = { name: '李小红', idNumber: '440301198503020013', phone: '139 0000 1111' }
const newCase = (over: Partial<Input<'mediation.add'>> = {}): Input<'mediation.add'> => ({
  type: '劳动报酬',
  workers: [{ memberId: reg.member.id }, outsider],
  enterpriseId: reg.food.id,
  appliedDate: '2026-11-02',
  claims: '支付拖欠工资',
  claimFen: 1_250_000,
  ...over,
})

/** A case brought to `status` through the workflow. */
async function caseIn(status: CaseStatus, n = 0) {
  const c = await t.call('mediation.add', newCase({ appliedDate: `2026-11-0${2 + n}` }))
  if (status === '受理') return c
  if (status === '撤回') return t.call('mediation.advance', { id: c.id, action: '撤回', date: '2026-11-10' })
  await t.call('mediation.advance', { id: c.id, action: '开始调解', mediator: '周调解', date: '2026-11-10' })
  if (status === '调解中') return t.call('mediation.get', { id: c.id })
  return t.call('mediation.advance', { id: c.id, action: status, date: '2026-11-12', agreement: status === '调解成功' ? '11月30日前付清工资12500元' : null })
}

describe('mediation cases', () => {
  it('registers a case as 受理 with a case number, parties masked, and the 15-day clock', async () => {
    const c = await t.call('mediation.add', newCase({ legalAid: true, legalAidKind: '代写文书' }))
    expect(c).toMatchObject({
      caseNo: '2026-0001',
      status: '受理',
      enterpriseName: '木棠镇金江食品有限公司',
      appliedDate: '2026-11-02',
      acceptedDate: '2026-11-02',
      closedDate: null,
      periodEnd: '2026-11-17',
      overdue: true,
      allowedActions: ['开始调解', '撤回'],
      editable: true,
      legalAid: true,
      legalAidKind: '代写文书',
    })
    expect(c.workers).toEqual([
      { memberId: reg.member.id, name: '王建国', idNumber: '110105********0030', phone: '138****5678' },
      { memberId: null, name: '李小红', idNumber: '440301********0013', phone: '139****1111' },
    ])
    expect(c.clockText).toBe('调解期限 15 日：2026-11-02 收到申请，2026-11-17 期满；已超过调解期限 6 日，当事人可依法申请仲裁')
    expect(c.events).toEqual([{ action: '受理', date: '2026-11-02', operator: '测试员', note: null }])
    // Stored in full (normalised) for the record, shown masked everywhere.
    const stored = await t.core.db.selectFrom('mediation_worker').select(['id_number', 'phone']).orderBy('position').execute()
    expect(stored).toEqual([
      { id_number: '110105199007150030', phone: '13812345678' },
      { id_number: '440301198503020013', phone: '13900001111' },
    ])
    const second = await t.call('mediation.add', newCase({ appliedDate: '2026-11-20' }))
    expect(second.caseNo).toBe('2026-0002')
    expect(second.overdue).toBe(false)
    const list = await t.call('mediation.list', {})
    expect(list.total).toBe(2)
    expect(list.items.map((i) => i.caseNo)).toEqual(['2026-0002', '2026-0001'])
    expect(JSON.stringify(list)).not.toContain('440301198503020013')
  })

  it('walks 受理 → 调解中 → 调解成功, needing a mediator and the agreement', async () => {
    const c = await t.call('mediation.add', newCase())
    const noMediator = await t.reply('mediation.advance', { id: c.id, action: '开始调解', date: '2026-11-03' })
    expect(noMediator.ok).toBe(false)
    if (!noMediator.ok) expect(noMediator.error).toMatchObject({ code: 'INVALID_INPUT', field: 'mediator' })
    const started = await t.call('mediation.advance', { id: c.id, action: '开始调解', date: '2026-11-03', mediator: '周调解' })
    expect(started).toMatchObject({ status: '调解中', mediator: '周调解', allowedActions: ['调解成功', '调解不成', '撤回'] })
    const noAgreement = await t.reply('mediation.advance', { id: c.id, action: '调解成功', date: '2026-11-17' })
    expect(noAgreement.ok).toBe(false)
    if (!noAgreement.ok) expect(noAgreement.error).toMatchObject({ code: 'INVALID_INPUT', field: 'agreement' })
    const done = await t.call('mediation.advance', { id: c.id, action: '调解成功', date: '2026-11-17', agreement: '11月30日前付清' })
    expect(done).toMatchObject({ status: '调解成功', closedDate: '2026-11-17', agreement: '11月30日前付清', overdue: false, allowedActions: [], editable: false, arbitrationLimitEnd: null })
    expect(done.clockText).toContain('2026-11-17 办结，在调解期限内')
    expect(done.events.map((e) => e.action)).toEqual(['受理', '开始调解', '调解成功'])
  })

  it('a failed mediation gives the one-year arbitration limit', async () => {
    const c = await caseIn('调解不成')
    expect(c).toMatchObject({ status: '调解不成', closedDate: '2026-11-12', arbitrationLimitEnd: '2027-11-12' })
  })

  it('refuses, in Chinese and changing nothing, every transition the table refuses', async () => {
    const cases = new Map<CaseStatus, string>()
    for (const [i, s] of CASE_STATUSES.entries()) cases.set(s, (await caseIn(s, i)).id)
    const before = await t.dump()
    let refused = 0
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        if (nextStatus(status, action) !== null) continue
        const r = await t.reply('mediation.advance', { id: cases.get(status) ?? '', action, date: '2026-11-20', mediator: '周调解', agreement: '协议' })
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.error).toEqual({ code: 'TRANSITION_NOT_ALLOWED', field: 'action', message: transitionRefusal(status, action) })
        refused++
      }
    }
    expect(refused).toBe(15)
    expect(await t.dump()).toBe(before)
  })

  it('bad input names the field and leaves the database exactly as it was', async () => {
    const before = await t.dump()
    const bad: Array<[Input<'mediation.add'>, string, string]> = [
      [newCase({ workers: [{ name: '李小红', idNumber: '440301198503020019' }] }), 'INVALID_INPUT', 'workers.0.idNumber'],
      [newCase({ workers: [] }), 'INVALID_INPUT', 'workers'],
      [newCase({ workers: [{ idNumber: '440301198503020013' }] }), 'INVALID_INPUT', 'workers.0.name'],
      [newCase({ workers: [{ memberId: 'no-such-member' }] }), 'NOT_FOUND', 'workers.0.memberId'],
      [newCase({ enterpriseId: 'no-such-enterprise' }), 'NOT_FOUND', 'enterpriseId'],
      [newCase({ enterpriseId: undefined }), 'INVALID_INPUT', 'enterpriseId'],
      [newCase({ enterpriseId: undefined, enterprise: '不存在的公司' }), 'NOT_FOUND', 'enterprise'],
      [newCase({ legalAid: true }), 'INVALID_INPUT', 'legalAidKind'],
      [newCase({ acceptedDate: '2026-11-01' }), 'INVALID_INPUT', 'acceptedDate'],
      [newCase({ appliedDate: '2026-11-24' }), 'INVALID_INPUT', 'appliedDate'],
      [newCase({ appliedDate: '2026-02-30' }), 'INVALID_INPUT', 'appliedDate'],
      [newCase({ claimFen: -1 }), 'INVALID_INPUT', 'claimFen'],
    ]
    for (const [input, code, field] of bad) {
      const r = await t.reply('mediation.add', input)
      expect(r.ok, field).toBe(false)
      if (!r.ok) {
        expect(r.error.code, field).toBe(code)
        expect(r.error.field, field).toBe(field)
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
      }
    }
    const invalidId = await t.reply('mediation.add', bad[0]?.[0] ?? newCase())
    if (!invalidId.ok) expect(invalidId.error.message).toContain('「职工身份证号」')
    expect(await t.dump()).toBe(before)

    const c = await caseIn('调解中')
    const mid = await t.dump()
    for (const [date, reason] of [['2026-11-09', '早于上一环节「开始调解」'], ['2026-11-24', '晚于今天']] as const) {
      const r = await t.reply('mediation.advance', { id: c.id, action: '调解不成', date })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'date', message: expect.stringContaining(reason) })
    }
    expect(await t.dump()).toBe(mid)
  })

  it('an open case can be corrected (a number left out is kept); an ended one cannot', async () => {
    const c = await t.call('mediation.add', newCase())
    const edited = await t.call('mediation.update', {
      id: c.id,
      type: '社会保险',
      workers: [{ name: '李小红' }],
      enterpriseId: reg.logistics.id,
      mediator: '周调解',
      legalAid: true,
      legalAidKind: '法律咨询',
    })
    expect(edited).toMatchObject({ type: '社会保险', enterpriseName: '木棠镇顺达物流有限公司', mediator: '周调解', legalAidKind: '法律咨询' })
    expect(edited.workers).toEqual([{ memberId: null, name: '李小红', idNumber: '440301********0013', phone: '139****1111' }])
    const closed = await t.call('mediation.advance', { id: c.id, action: '撤回', date: '2026-11-05' })
    const before = await t.dump()
    const r = await t.reply('mediation.update', { id: closed.id, type: '其他', workers: [{ name: '李小红' }], enterpriseId: reg.food.id })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'WORKFLOW_STATE', message: '案件已办结（撤回），不能再修改' })
    expect(await t.dump()).toBe(before)
  })

  it('an employer named as in the register, or added to it under a union', async () => {
    const byName = await t.call('mediation.add', newCase({ enterpriseId: undefined, enterprise: '木棠镇顺达物流有限公司' }))
    expect(byName.enterpriseId).toBe(reg.logistics.id)
    const added = await t.call('mediation.add', newCase({ enterpriseId: undefined, enterprise: '木棠镇新开电子厂', union: reg.orgName }))
    expect(added.enterpriseName).toBe('木棠镇新开电子厂')
    const options = await t.call('mediation.enterprises', { q: '电子' })
    expect(options).toEqual([{ id: added.enterpriseId, name: '木棠镇新开电子厂', creditCode: null, orgName: reg.orgName }])
  })

  it('lists by status, type and text, paged', async () => {
    const a = await caseIn('调解成功', 0)
    const b = await caseIn('撤回', 1)
    await t.call('mediation.add', newCase({ appliedDate: '2026-11-05', type: '工伤', workers: [{ name: '赵六' }], enterpriseId: reg.logistics.id }))
    const ids = async (input: Input<'mediation.list'>) => (await t.call('mediation.list', input)).items.map((i) => i.caseNo)
    expect(await ids({ status: '调解成功' })).toEqual([a.caseNo])
    expect(await ids({ status: '撤回' })).toEqual([b.caseNo])
    expect(await ids({ type: '工伤' })).toEqual(['2026-0003'])
    expect(await ids({ q: '赵六' })).toEqual(['2026-0003'])
    expect(await ids({ q: '顺达' })).toEqual(['2026-0003'])
    expect(await ids({ q: '2026-0002' })).toEqual(['2026-0002'])
    const page = await t.call('mediation.list', { limit: 2, offset: 2 })
    expect(page).toMatchObject({ total: 3, items: [{ caseNo: '2026-0001' }] })
  })
})

describe('mediation.stats (counts for the reports)', () => {
  it('counts received by type, closed by outcome inside [from, to] both included, pending on `to`, legal aid by workers', async () => {
    // Received 11-02..11-06; closed 11-12 (成功, 不成), 11-10 (撤回); one still 调解中, one 受理.
    await caseIn('调解成功', 0)
    await caseIn('调解不成', 1)
    await caseIn('撤回', 2)
    await caseIn('调解中', 3)
    await t.call('mediation.add', newCase({ appliedDate: '2026-11-06', type: '工伤', legalAid: true, legalAidKind: '代理仲裁' }))
    const all = await t.call('mediation.stats', { from: '2026-11-01', to: '2026-11-30' })
    expect(all).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      received: 5,
      byOutcome: { 调解成功: 1, 调解不成: 1, 撤回: 1 },
      byType: { 劳动报酬: 4, 劳动合同: 0, 社会保险: 0, 工伤: 1, 其他: 0 },
      pending: 2,
      legalAidCases: 1,
      legalAidWorkers: 2,
      closedOverdue: 0,
    })
    // The boundaries: a period ending 11-11 has the withdrawal (11-10) but not the two closed on 11-12, still pending then.
    const early = await t.call('mediation.stats', { from: '2026-11-02', to: '2026-11-11' })
    expect(early).toMatchObject({ received: 5, byOutcome: { 调解成功: 0, 调解不成: 0, 撤回: 1 }, pending: 4 })
    const onlyTwelfth = await t.call('mediation.stats', { from: '2026-11-12', to: '2026-11-12' })
    expect(onlyTwelfth).toMatchObject({ received: 0, byOutcome: { 调解成功: 1, 调解不成: 1, 撤回: 0 } })
    const wrong = await t.reply('mediation.stats', { from: '2026-12-01', to: '2026-11-01' })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error).toMatchObject({ code: 'INVALID_INPUT', field: 'from' })
  })

  it('counts a case closed after its 15-day period as overdue', async () => {
    const c = await caseIn('调解中', 0)
    await t.call('mediation.advance', { id: c.id, action: '调解成功', date: '2026-11-18', agreement: '分期支付' })
    expect((await t.call('mediation.stats', { from: '2026-11-01', to: '2026-11-30' })).closedOverdue).toBe(1)
  })
})

describe('query plans', () => {
  it('the status filter and the stats periods use their indexes', async () => {
    const plan = async (q: ReturnType<typeof sql>) => JSON.stringify((await q.execute(t.core.db)).rows)
    expect(await plan(sql`explain query plan select * from mediation_case where status = '调解中' order by applied_on desc`)).toContain('USING INDEX mediation_case_status')
    expect(await plan(sql`explain query plan select status, applied_on, closed_on from mediation_case where closed_on >= '2026-01-01' and closed_on <= '2026-12-31'`)).toContain('USING INDEX mediation_case_closed')
    expect(await plan(sql`explain query plan select type, count(*) from mediation_case where applied_on >= '2026-01-01' and applied_on <= '2026-12-31' group by type`)).toContain('mediation_case_applied')
  })
})
