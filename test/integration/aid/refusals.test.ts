import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { claimRef } from '../../../shared/aid/amount-change'
import { addMember, aidCore, as, fuweijinProgram, medicalProgram, reviewedApplication, YUAN } from './fixtures'

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')

beforeEach(async () => {
  t = await aidCore()
})
afterEach(async () => t.close())

async function expectRefused(run: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>, code: string): Promise<string> {
  const before = await t.dump()
  const r = await run()
  expect(r.ok).toBe(false)
  expect(r.error?.code).toBe(code)
  expect(await t.dump()).toBe(before)
  return r.error?.message ?? ''
}

describe('refusals, each leaving the database unchanged', () => {
  it('over budget: a review that would exceed the remaining budget', async () => {
    await t.call('aid.addProgram', { program: { code: 'weiwen', name: '慰问金', year: 2026, budgetFen: 800 * YUAN, kind: 'fixed', amountFen: 500 * YUAN } })
    const a = await addMember(t, { n: 1, name: '甲' })
    const b = await addMember(t, { n: 2, name: '乙' })
    const first = await clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber: a.idNumber, input: {}, submit: true })
    const second = await clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber: b.idNumber, input: {}, submit: true })
    await chief().call('aid.reviewApplication', { id: first.id, decision: 'approve', reason: null })
    const message = await expectRefused(() => chief().reply('aid.reviewApplication', { id: second.id, decision: 'approve', reason: null }), 'BUDGET_EXCEEDED')
    expect(message).toContain('剩余 300.00 元')
    const [p] = await t.call('aid.listPrograms', {})
    expect(p?.budget).toEqual({ allocatedFen: 80_000, committedFen: 50_000, paidFen: 0, remainingFen: 30_000 })
  })

  it('once per member: a second 抚慰金 for the same member', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const first = await reviewedApplication(t, { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, date: '2026-03-01' })
    const message = await expectRefused(
      () => clerk().reply('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 2 }, date: '2026-05-01' }),
      'NOT_ELIGIBLE',
    )
    expect(message).toContain(`每人只能领取一次，已有 2026-03-01 的申请（编号 ${claimRef(first.id)}，审核通过，15,000.00 元）`)
  })

  it('a rejected application does not count towards once per member', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const first = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    await chief().call('aid.rejectApplication', { id: first.id, reason: '材料不实' })
    const second = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    expect(second.amountFen).toBe(1_500_000)
  })

  it('excluded programs: two programs that exclude each other in the same year', async () => {
    const base = { year: 2026, budgetFen: 100_000 * YUAN, kind: 'fixed', amountFen: 1000 * YUAN }
    await t.call('aid.addProgram', { program: { ...base, code: 'A', name: '甲项目' } })
    await t.call('aid.addProgram', { program: { ...base, code: 'B', name: '乙项目', constraints: { excludesPrograms: ['A'] } } })
    const m = await addMember(t, { n: 1, name: '王建国' })
    await reviewedApplication(t, { programCode: 'A', idNumber: m.idNumber, input: {}, date: '2026-02-01' })
    const message = await expectRefused(
      () => clerk().reply('aid.createApplication', { programCode: 'B', idNumber: m.idNumber, input: {}, date: '2026-03-01' }),
      'NOT_ELIGIBLE',
    )
    expect(message).toContain('同一年度只能享受其一')
  })

  it('status requirement: a member who has withdrawn may not apply', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国', status: 'withdrawn' })
    const message = await expectRefused(
      () => clerk().reply('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } }),
      'NOT_ELIGIBLE',
    )
    expect(message).toContain('已退会')
  })

  it('bad rule input names the field and saves nothing', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const before = await t.dump()
    const r = await clerk().reply('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 11 } })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.field).toBe('grade')
    }
    expect(await t.dump()).toBe(before)
  })

  it('a duplicate program code in the same year, and an invalid program, are refused', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    await expectRefused(() => t.reply('aid.addProgram', { program: fuweijinProgram }), 'CONFLICT')
    const bad = await t.replyRaw('aid.addProgram', { program: { ...fuweijinProgram, code: 'x', rule: { kind: 'fixed', amountFen: -1 } } })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT')
  })

  it('submitting without the checklist materials is refused', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, materials: ['抚慰金申请表'] })
    const message = await expectRefused(() => clerk().reply('aid.submitApplication', { id: app.id }), 'INVALID_INPUT')
    expect(message).toContain('伤残等级鉴定结论')
  })
})

describe('medical mutual aid through the workflow (domain §6.2 worked claims)', () => {
  beforeEach(async () => {
    await t.call('aid.addProgram', { program: medicalProgram })
  })

  it('claims 800/5 days, 1,200/3 days, 20,000/12 days pay 250, 300 and 7,100', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const claims: Array<[number, number, string]> = [
      [800, 5, '2026-02-01'],
      [1_200, 3, '2026-04-01'],
      [20_000, 12, '2026-07-01'],
    ]
    const amounts: number[] = []
    for (const [selfPaid, days, date] of claims) {
      const app = await clerk().call('aid.createApplication', {
        programCode: 'yiliao',
        idNumber: m.idNumber,
        input: { selfPaidFen: selfPaid * YUAN, hospitalDays: days },
        date,
      })
      amounts.push(app.amountFen)
    }
    expect(amounts).toEqual([250 * YUAN, 300 * YUAN, 7_100 * YUAN])
    const preview = await t.call('aid.calc', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 1_228_000 * YUAN, hospitalDays: 30 }, date: '2026-09-01' })
    // The seed case: 1,250,000 self-paid in the year pays 1,000,000 in total, the cap.
    expect(preview.amountFen).toBe((1_000_000 - 7_650) * YUAN)
  })

  it('refuses a claim dated before an existing claim of the year', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    await clerk().call('aid.createApplication', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 80_000, hospitalDays: 5 }, date: '2026-05-01' })
    await expectRefused(
      () => clerk().reply('aid.createApplication', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 80_000, hospitalDays: 5 }, date: '2026-04-01' }),
      'WORKFLOW_STATE',
    )
  })

  it('reviewing an older claim is computed on what came before it, not on newer claims', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const first = await clerk().call('aid.createApplication', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 80_000, hospitalDays: 5 }, date: '2026-02-01', submit: true })
    const second = await clerk().call('aid.createApplication', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 120_000, hospitalDays: 3 }, date: '2026-04-01', submit: true })
    expect((await chief().call('aid.reviewApplication', { id: first.id, decision: 'approve', reason: null })).amountFen).toBe(25_000)
    expect((await chief().call('aid.reviewApplication', { id: second.id, decision: 'approve', reason: null })).amountFen).toBe(30_000)
    await expectRefused(() => chief().reply('aid.rejectApplication', { id: first.id, reason: '重复报销' }), 'WORKFLOW_STATE')
    await chief().call('aid.rejectApplication', { id: second.id, reason: '材料不全' })
    expect((await chief().call('aid.rejectApplication', { id: first.id, reason: '重复报销' })).status).toBe('rejected')
  })

  it('aid.calc saves nothing and names an unknown member', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const before = await t.dump()
    const calc = await t.call('aid.calc', { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 125_000, hospitalDays: 2 } })
    expect(calc).toMatchObject({ eligible: true, amountFen: 10_000, amountWords: '壹佰元整', reasons: [] })
    expect(await t.dump()).toBe(before)
    const unknown = await t.reply('aid.calc', { programCode: 'yiliao', idNumber: '110101199001011237', input: {} })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.error.code).toBe('NOT_FOUND')
  })
})
