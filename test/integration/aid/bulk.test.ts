import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, medicalProgram, resetFixtures, YUAN } from './fixtures'

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
  await t.call('aid.addProgram', { program: medicalProgram })
})
afterEach(async () => t.close())

describe('aid.createApplications (bulk)', () => {
  it('computes rows in date order so a member’s claims build on each other (250, 300, 7,100)', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const r = await t.call('aid.createApplications', {
      programCode: 'yiliao',
      rows: [
        { idNumber: m.idNumber, input: { selfPaidFen: 20_000 * YUAN, hospitalDays: 12 }, date: '2026-07-01' },
        { idNumber: m.idNumber, input: { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, date: '2026-02-01' },
        { idNumber: m.idNumber, input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 }, date: '2026-04-01' },
      ],
      submit: true,
    })
    expect(r.created).toBe(3)
    expect(r.totalFen).toBe(7_650 * YUAN)
    const amounts = await Promise.all(r.applicationIds.map(async (id) => (await t.call('aid.getApplication', { id })).amountFen))
    expect(amounts).toEqual([7_100 * YUAN, 250 * YUAN, 300 * YUAN])
  })

  it('a bad row refuses the whole call, naming the row, and writes nothing', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const before = await t.dump()
    const r = await t.reply('aid.createApplications', {
      programCode: 'yiliao',
      rows: [
        { idNumber: m.idNumber, input: { selfPaidFen: 80_000, hospitalDays: 5 }, date: '2026-02-01' },
        { idNumber: m.idNumber, input: { selfPaidFen: -1, hospitalDays: 5 }, date: '2026-03-01' },
      ],
    })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.row).toBe(2)
      expect(r.error.message.startsWith('第2行')).toBe(true)
    }
    expect(await t.dump()).toBe(before)
  })
})

describe('query plans', () => {
  it('a member’s history and a batch’s applications are index searches', async () => {
    const history = await sql<{ detail: string }>`explain query plan select * from aid_application where member_id = 'x' order by date, created_at`.execute(t.core.db)
    expect(history.rows.map((r) => r.detail).join('\n')).toContain('USING INDEX aid_application_member')
    const batch = await sql<{ detail: string }>`explain query plan select * from aid_application where batch_id = 'x'`.execute(t.core.db)
    expect(batch.rows.map((r) => r.detail).join('\n')).toContain('USING INDEX aid_application_batch')
    const due = await sql<{ detail: string }>`explain query plan select * from hardship_file where next_review_due <= '2026-12-01' order by next_review_due`.execute(t.core.db)
    expect(due.rows.map((r) => r.detail).join('\n')).toContain('USING INDEX hardship_file_review_due')
  })
})
