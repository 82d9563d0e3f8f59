import type { CompiledQuery, KyselyPlugin } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { batchApplications } from '../../../electron/core/aid/application-queries'
import { memberHistories } from '../../../electron/core/aid/facts'
import type { Db } from '../../../electron/core/db/schema/index'
import { dueFiles } from '../../../electron/core/hardship/queries'
import { REGISTERED_STATUSES } from '../../../shared/hardship/types'
import { queryPlan } from '../../helpers/query-plan'
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

  it('by ID number, bulk and single entry both pick the current (在会) membership over a more recently updated old one', async () => {
    const current = await addMember(t, { n: 1, name: '王建国' })
    const old = await addMember(t, { n: 2, name: '王建国', status: 'withdrawn' })
    await t.core.db.updateTable('member').set({ id_number: current.idNumber, updated_at: '2026-06-01T00:00:00.000Z' }).where('id', '=', old.id).execute()
    const bulk = await t.call('aid.createApplications', {
      programCode: 'yiliao',
      rows: [{ idNumber: current.idNumber, input: { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, date: '2026-02-01' }],
      submit: true,
    })
    const [bulkId] = bulk.applicationIds
    expect((await t.call('aid.getApplication', { id: bulkId ?? '' })).memberId).toBe(current.id)
    const single = await t.call('aid.createApplication', {
      programCode: 'yiliao',
      idNumber: current.idNumber,
      input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 },
      date: '2026-04-01',
    })
    expect(single.memberId).toBe(current.id)
    expect(single.amountFen).toBe(300 * YUAN)
  })
})

describe('query plans', () => {
  /**
   * EXPLAINs the statements the real query functions send: a plugin takes each query as it goes out and compiles it,
   * so the plans below are of the code the app runs, not of SQL written again here.
   */
  async function plans(run: (db: Db) => Promise<unknown>): Promise<string> {
    const sent: CompiledQuery[] = []
    const capture: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        sent.push(t.core.db.getExecutor().compileQuery(node, queryId))
        return node
      },
      transformResult: async ({ result }) => result,
    }
    await run(t.core.db.withPlugin(capture))
    expect(sent.length).toBeGreaterThan(0)
    const details: string[] = []
    for (const q of sent) details.push(await queryPlan(t.core.db, q))
    return details.join('\n')
  }

  it('a member’s history and a batch’s applications are index searches', async () => {
    const history = await plans((db) => memberHistories(db, ['x']))
    expect(history).toContain('USING INDEX aid_application_member')
    expect(history).not.toMatch(/SCAN a\b/)
    const batch = await plans((db) => batchApplications(db, 'x'))
    expect(batch).toContain('USING INDEX aid_application_batch')
    expect(batch).not.toMatch(/SCAN a\b/)
    const due = await plans((db) => dueFiles(db, '2026-12-01', REGISTERED_STATUSES))
    // The real query also filters on status (建档、年度复核、返困), and on these tables SQLite searches by that index and
    // sorts, rather than walking hardship_file_review_due; either way no hardship file is read that is not asked for.
    expect(due).toMatch(/SEARCH h USING INDEX hardship_file_(review_due|status) /)
    expect(due).not.toMatch(/SCAN h\b/)
  })
})
