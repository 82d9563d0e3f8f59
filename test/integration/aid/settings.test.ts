import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { calendar2024 } from '../../../shared/dates'
import { songWennuanWeiwen, wennuanbao } from '../../../shared/aid/templates'
import { materialName } from '../../../shared/aid/rules'
import { createTestCore, fixedClock, type TestCore } from '../../helpers/test-core'
import { addMember, as, resetFixtures, reviewedApplication, YUAN } from './fixtures'

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  // Entered and reviewed in early September, so notices from 2026-09-24 start after the review (issue 13).
  t = await createTestCore({ now: fixedClock('2026-09-01T02:00:00.000Z') })
})
afterEach(async () => t.close())

describe('holiday calendar and notice windows (domain §7.3)', () => {
  it('is seeded with the 2024 schedule and the domain example: posted 2024-09-26 → ends 10-08, approval from 10-09', async () => {
    const cal = await t.call('aid.calendar', { year: 2024 })
    expect(cal.holidays).toEqual([...calendar2024.holidays])
    expect(cal.workdays).toEqual([...calendar2024.workdays])
    const w = await t.call('aid.noticeWindow', { startDate: '2024-09-26' })
    expect(w).toEqual({ end: '2024-10-08', earliestPayment: '2024-10-09', days: ['2024-09-26', '2024-09-27', '2024-09-29', '2024-09-30', '2024-10-08'] })
    expect((await t.call('aid.calendar', { year: 2025 })).workdays).toContain('2025-09-28')
    expect((await t.call('aid.calendar', { year: 2026 })).holidays).toContain('2026-02-17')
  })

  it('an edited calendar changes the window; dates outside the year are refused', async () => {
    await t.call('aid.saveCalendar', { year: 2027, holidays: ['2027-03-02'], workdays: [] })
    const w = await t.call('aid.noticeWindow', { startDate: '2027-03-01' })
    expect(w.end).toBe('2027-03-08')
    const bad = await t.reply('aid.saveCalendar', { year: 2027, holidays: ['2028-01-01'], workdays: [] })
    expect(bad.ok).toBe(false)
  })

  it('settings are stored, with who changed them', async () => {
    expect(await t.call('aid.settings', {})).toEqual({ separationOfDuties: false, noticeDays: 5, updatedAt: null, updatedBy: null })
    const saved = await t.call('aid.saveSettings', { separationOfDuties: true, noticeDays: 7 })
    expect(saved).toMatchObject({ separationOfDuties: true, noticeDays: 7, updatedBy: '测试员' })
    expect((await t.call('aid.noticeWindow', { startDate: '2026-11-02' })).days).toHaveLength(7)
  })
})

describe('a yearly cap shared by programs (domain §6.5), read from the stored programs', () => {
  it('blocks 温暖包 when 送温暖 cash has used the group cap, showing the room left', async () => {
    await t.call('aid.addProgram', { program: { ...songWennuanWeiwen, year: 2026, budgetFen: 10_000 * YUAN, rule: { kind: 'fixed', amountFen: 1_900 * YUAN } } })
    await t.call('aid.addProgram', { program: { ...wennuanbao, year: 2026, budgetFen: 10_000 * YUAN } })
    const m = await addMember(t, { n: 1, name: '王建国' })
    await reviewedApplication(t, { programCode: 'songwennuan', idNumber: m.idNumber, input: {}, date: '2026-01-10' })
    const calc = await t.call('aid.calc', { programCode: 'wennuanbao', idNumber: m.idNumber, input: {}, date: '2026-01-20' })
    expect(calc.eligible).toBe(false)
    expect(calc.reasons.join('')).toContain('剩余 100.00 元')
  })
})

describe('in-kind goods (温暖包)', () => {
  it('records the goods per recipient and is paid as 实物, not by bank transfer', async () => {
    await t.call('aid.addProgram', { program: { ...wennuanbao, year: 2026, budgetFen: 10_000 * YUAN } })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await as(t, '张三').call('aid.createApplication', {
      programCode: 'wennuanbao',
      idNumber: m.idNumber,
      input: { items: [{ item: '米', unit: '袋', quantity: 2, unitValueFen: 6_000 }] },
      materials: (wennuanbao.materials ?? []).map(materialName),
      submit: true,
      date: '2026-01-10',
    })
    expect(app.amountFen).toBe(12_000)
    expect(app.breakdown).toContain('米 2袋 × 60.00 元 = 120.00 元')
    await as(t, '李四').call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    const batch = await t.call('aid.createBatch', { applicationIds: [app.id] })
    await t.call('aid.startNotice', { id: batch.id, startDate: '2026-11-02' })
    await as(t, '李四').call('aid.approveBatch', { id: batch.id, date: '2026-11-09' })
    const byBank = await t.reply('aid.payApplication', { id: app.id, method: 'bank', date: '2026-11-10', reference: null })
    expect(byBank.ok).toBe(false)
    if (!byBank.ok) expect(byBank.error.field).toBe('method')
    expect((await t.call('aid.payApplication', { id: app.id, method: 'goods', date: '2026-11-10', reference: '签领表第1页' })).status).toBe('paid')
  })
})
