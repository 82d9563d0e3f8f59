import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { jinqiuZhuxue } from '../../../shared/aid/templates'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, resetFixtures, YUAN } from '../aid/fixtures'

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
})
afterEach(async () => t.close())

const household = {
  causes: ['疾病', '子女教育'] as Array<'疾病' | '子女教育'>,
  familyMembers: [
    { name: '张强', relation: '配偶', idNumber: '110101198001010011', monthlyIncomeFen: 0 },
    { name: '李小明', relation: '子', birthDate: '2010-05-01' },
    { name: '李小红', relation: '女', birthDate: '2014-09-01' },
  ],
  incomes: [{ kind: '工资' as const, annualFen: 60_000 * YUAN }],
  expenses: [
    { kind: '医疗' as const, annualFen: 25_000 * YUAN },
    { kind: '教育' as const, annualFen: 6_000 * YUAN },
  ],
  address: '大连市中山区某街道 1 号',
  bankName: '中国工商银行',
  bankAccount: '6222020200112233445',
}

describe('hardship files (一户一档)', () => {
  it('creates a file with the category calculation shown step by step (domain §5.1 example 1)', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber, applyDate: '2026-03-01' })
    expect(file.status).toBe('申请')
    expect(file.category).toBe('深度困难')
    expect(file.householdSize).toBe(4)
    expect(file.calculation).toMatchObject({ numeratorFen: 2_900_000, denominator: 48, perCapitaMonthlyFen: 60_417, dibaoLineFen: 80_000, suggested: '深度困难' })
    expect(file.calculation.steps[0]).toBe('家庭年收入 60,000.00 元 − 年刚性支出 31,000.00 元 = 29,000.00 元')
    expect(file.bankAccount).toBe('6222***********3445')
    expect(file.familyMembers[0]?.idNumber).toBe('110101********0011')
    expect(file.familyMembers[1]?.age).toBe(16)
    expect(file.events).toEqual([{ step: '申请', date: '2026-03-01', operator: '测试员', note: null, at: expect.any(String) }])
  })

  it('uses the 低保 line stored in the database, and a change of line changes the suggestion', async () => {
    await t.call('hardship.saveSettings', { dibaoLineFen: 500 * YUAN })
    const calc = await t.call('hardship.calculate', household)
    expect(calc.suggested).toBe('相对困难')
    expect((await t.call('hardship.settings', {})).dibaoLineFen).toBe(50_000)
  })

  it('refuses a hand-picked category that contradicts the calculation; 意外致困 needs a reason', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const before = await t.dump()
    const wrong = await t.reply('hardship.create', { ...household, idNumber: m.idNumber, category: '相对困难' })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error.field).toBe('category')
    const noReason = await t.reply('hardship.create', { ...household, idNumber: m.idNumber, category: '意外致困' })
    expect(noReason.ok).toBe(false)
    if (!noReason.ok) expect(noReason.error.field).toBe('categoryReason')
    expect(await t.dump()).toBe(before)
    const accident = await t.call('hardship.create', { ...household, idNumber: m.idNumber, category: '意外致困', categoryReason: '地震致房屋倒塌' })
    expect(accident.category).toBe('意外致困')
  })

  it('one file per member', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    await t.call('hardship.create', { ...household, idNumber: m.idNumber })
    const again = await t.reply('hardship.create', { ...household, idNumber: m.idNumber })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error.code).toBe('CONFLICT')
  })

  it('walks the lifecycle with dated steps; the yearly review becomes a to-do', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber, applyDate: '2025-11-01' })
    const skip = await t.reply('hardship.advance', { id: file.id, step: '建档', date: '2025-11-02' })
    expect(skip.ok).toBe(false)
    if (!skip.ok) expect(skip.error.code).toBe('TRANSITION_NOT_ALLOWED')
    for (const [step, date] of [['初审', '2025-11-03'], ['入户调查', '2025-11-10'], ['公示', '2025-11-17'], ['建档', '2025-11-28']] as const) {
      await t.call('hardship.advance', { id: file.id, step, date })
    }
    const registered = await t.call('hardship.get', { id: file.id })
    expect(registered.status).toBe('建档')
    expect(registered.registeredOn).toBe('2025-11-28')
    expect(registered.nextReviewDue).toBe('2026-11-28')
    expect(registered.events.map((e) => `${e.step} ${e.date}`)).toEqual(['申请 2025-11-01', '初审 2025-11-03', '入户调查 2025-11-10', '公示 2025-11-17', '建档 2025-11-28'])
    const due = await t.call('hardship.dueReviews', { asOf: '2026-11-23', withinDays: 30 })
    expect(due).toEqual([expect.objectContaining({ fileId: file.id, memberName: '李秀英', dueOn: '2026-11-28', overdue: false })])
    expect(await t.call('hardship.dueReviews', { asOf: '2026-10-01', withinDays: 30 })).toEqual([])
    const backwards = await t.reply('hardship.advance', { id: file.id, step: '年度复核', date: '2025-11-01' })
    expect(backwards.ok).toBe(false)
    const reviewed = await t.call('hardship.advance', { id: file.id, step: '年度复核', date: '2026-11-20', note: '收入无变化' })
    expect(reviewed.nextReviewDue).toBe('2027-11-20')
    const out = await t.call('hardship.advance', { id: file.id, step: '脱困', date: '2027-03-01' })
    expect(out.nextReviewDue).toBeNull()
    expect(out.nextSteps).toEqual(['返困'])
  })

  it('refuses 建档 when income is above twice the line and no accident category was chosen', async () => {
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const file = await t.call('hardship.create', {
      causes: ['其他'],
      familyMembers: [{ name: '甲', relation: '配偶' }, { name: '乙', relation: '子' }],
      incomes: [{ kind: '工资', annualFen: 72_000 * YUAN }],
      expenses: [{ kind: '医疗', annualFen: 10_000 * YUAN }],
      idNumber: m.idNumber,
      applyDate: '2026-01-01',
    })
    expect(file.category).toBeNull()
    expect(file.perCapitaMonthlyFen).toBe(172_222)
    for (const step of ['初审', '入户调查', '公示'] as const) await t.call('hardship.advance', { id: file.id, step, date: '2026-01-02' })
    const r = await t.reply('hardship.advance', { id: file.id, step: '建档', date: '2026-01-10' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('NOT_ELIGIBLE')
  })

  it('金秋助学 reads the registered category: a registered 深度困难 household gets 5,000, no file is refused', async () => {
    await t.call('aid.addProgram', { program: { ...jinqiuZhuxue, year: 2026, budgetFen: 100_000 * YUAN } })
    const m = await addMember(t, { n: 1, name: '李秀英' })
    const other = await addMember(t, { n: 2, name: '王五' })
    const file = await t.call('hardship.create', { ...household, idNumber: m.idNumber, applyDate: '2026-01-01' })
    for (const step of ['初审', '入户调查', '公示', '建档'] as const) await t.call('hardship.advance', { id: file.id, step, date: '2026-02-01' })
    const input = { hardshipCategory: '深度困难', schoolLevel: '大学新生', studentName: '李小明', academicYear: '2026-2027' }
    const calc = await t.call('aid.calc', { programCode: 'jinqiu-zhuxue', idNumber: m.idNumber, input, date: '2026-08-20' })
    expect(calc).toMatchObject({ eligible: true, amountFen: 500_000 })
    const refused = await t.call('aid.calc', { programCode: 'jinqiu-zhuxue', idNumber: other.idNumber, input, date: '2026-08-20' })
    expect(refused.eligible).toBe(false)
    expect(refused.reasons.join('')).toContain('没有困难职工档案')
  })
})
