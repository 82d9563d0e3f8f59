import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, medicalProgram, resetFixtures, YUAN } from './fixtures'

// Issue 10 item 5: an amount shown when an application was saved is the amount review approves, unless an earlier
// claim of the same member changed in between, and then the application says which.

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
  await t.call('aid.addProgram', { program: medicalProgram })
})
afterEach(async () => t.close())

async function review(id: string) {
  return t.call('aid.reviewApplication', { id, decision: 'approve', reason: null })
}

/** Two claims of the member on the same day (800 and 1,200 yuan self-paid), entered in one bulk call and submitted. */
function bulkSameDay(idNumber: string) {
  return t.call('aid.createApplications', {
    programCode: 'yiliao',
    rows: [
      { idNumber, input: { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, date: '2026-03-01' },
      { idNumber, input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 }, date: '2026-03-01' },
    ],
    submit: true,
  })
}

/** A draft claim on 2026-02-01 and a submitted claim on 2026-04-01 whose amount is computed on top of it. */
async function earlierDraftThenLater(idNumber: string) {
  const earlier = await t.call('aid.createApplication', {
    programCode: 'yiliao',
    idNumber,
    input: { selfPaidFen: 800 * YUAN, hospitalDays: 5 },
    date: '2026-02-01',
  })
  const later = await t.call('aid.createApplication', {
    programCode: 'yiliao',
    idNumber,
    input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 },
    date: '2026-04-01',
    submit: true,
  })
  return { earlier, later }
}

describe('same-day claims entered in one bulk call', () => {
  it('keep the amounts they were saved with through review (250 and 300 yuan, not 250 and 100)', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const bulk = await bulkSameDay(m.idNumber)
    const [first = '', second = ''] = bulk.applicationIds
    const saved = [(await t.call('aid.getApplication', { id: first })).amountFen, (await t.call('aid.getApplication', { id: second })).amountFen]
    expect(saved).toEqual([250 * YUAN, 300 * YUAN])
    // Review the later one first, then the earlier one: neither order may move an amount.
    const approved2 = await review(second)
    const approved1 = await review(first)
    expect([approved1.amountFen, approved2.amountFen]).toEqual(saved)
    // Nothing earlier changed, so the record has nothing to explain.
    expect(approved2.events.find((e) => e.action === 'approve_review')?.note ?? null).toBeNull()
  })

  it('a later single entry on the same day builds on both, and reviewing it keeps its amount', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    await bulkSameDay(m.idNumber)
    const third = await t.call('aid.createApplication', {
      programCode: 'yiliao',
      idNumber: m.idNumber,
      input: { selfPaidFen: 1_000 * YUAN, hospitalDays: 0 },
      date: '2026-03-01',
      submit: true,
    })
    expect((await review(third.id)).amountFen).toBe(third.amountFen)
  })
})

describe('an earlier claim that changed after saving', () => {
  it('changes the amount at review, and the application says which claim and from what to what', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const { earlier, later } = await earlierDraftThenLater(m.idNumber)
    expect(later.amountChange).toBeNull()
    // The earlier draft is corrected: more self-paid before means more is paid on the later claim.
    await t.call('aid.updateApplication', { id: earlier.id, input: { selfPaidFen: 1_500 * YUAN, hospitalDays: 5 } })
    const shown = await t.call('aid.getApplication', { id: later.id })
    expect(shown.amountFen).toBe(later.amountFen)
    const change = shown.amountChange
    expect(change).not.toBeNull()
    expect(change?.fromFen).toBe(later.amountFen)
    expect(change?.toFen).not.toBe(later.amountFen)
    expect(change?.changedApplicationIds).toEqual([earlier.id])
    expect(change?.message).toContain('2026-02-01')
    const approved = await review(later.id)
    expect(approved.amountFen).toBe(change?.toFen)
    // Once approved, the record keeps the reason with the review event.
    const note = approved.events.find((e) => e.action === 'approve_review')?.note ?? ''
    expect(note).toContain(change?.message ?? '—')
    expect(approved.amountChange).toBeNull()
  })

  it('an application saved before bases were kept still says which earlier claims it is now computed on', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const { earlier, later } = await earlierDraftThenLater(m.idNumber)
    // As a row saved before migration 0041 looks.
    await t.core.db.updateTable('aid_application').set({ basis_json: null }).execute()
    await t.call('aid.updateApplication', { id: earlier.id, input: { selfPaidFen: 1_500 * YUAN, hospitalDays: 5 } })
    const change = (await t.call('aid.getApplication', { id: later.id })).amountChange
    expect(change?.changedApplicationIds).toEqual([earlier.id])
    expect(change?.message).toContain('计算依据未记录')
  })
})
