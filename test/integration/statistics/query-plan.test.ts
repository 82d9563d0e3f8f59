import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { periodEventCounts } from '../../../electron/core/statistics/count-members'
import { headCountQueries } from '../../../electron/core/statistics/member-state'
import { memberPageQuery } from '../../../electron/core/statistics/records-people'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/**
 * The annual return on a 200,000-member register reads indexes and the few members that changed since a year's end,
 * never the member table as a whole (style §3, §6). No ANALYZE: the app never runs it, so these are a clerk's plans.
 */
describe('statistics query plans', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: 300 })
  }, 60_000)
  afterAll(() => t.close())

  it('counts a year\'s membership events from the covering index alone', async () => {
    const plan = await queryPlan(t.core.db, periodEventCounts(t.core.db, { from: '2024-10-01', to: '2025-09-30' }))
    expect(plan).toContain('SEARCH member_event USING COVERING INDEX member_event_type_date_org (type=? AND voided_at=? AND date>? AND date<?)')
  })

  it('reads today\'s head counts from the tally and looks up only the members that changed since the year\'s end', async () => {
    const q = headCountQueries(t.core.db, '2025-09-30')
    expect(await queryPlan(t.core.db, q.today)).toMatch(/^SCAN member_tally/m)
    const plan = await queryPlan(t.core.db, q.changes)
    expect(plan).toMatch(/SEARCH member_event USING (COVERING )?INDEX member_event_type_date_org \(type=\? AND voided_at=\? AND date>\?\)/)
    expect(plan).toContain('SEARCH m USING INDEX sqlite_autoindex_member_1 (id=?)')
    expect(plan).toContain('SEARCH e USING INDEX member_event_member (member_id=?)')
    expect(plan).not.toMatch(/SCAN (m|member|e|member_event)\b/)
  })

  it('opens a year-end member figure in 拼音 order from the index, without sorting the register first', async () => {
    for (const orgId of [null, 'x']) {
      const q = memberPageQuery(t.core.db, 'members.women', { from: '2024-10-01', to: '2025-09-30' }, orgId)
      if (!q) throw new Error('members.women has no drill-down')
      const plan = await queryPlan(t.core.db, q.limit(50))
      expect(plan).toMatch(/^SCAN m USING (COVERING )?INDEX member_list_pinyin/m)
      expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY')
    }
  })
})
