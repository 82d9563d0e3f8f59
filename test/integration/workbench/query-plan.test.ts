import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REGISTERED_STATUSES } from '../../../shared/hardship/types'
import {
  aidPaidByMonthQuery, awaitingReviewQuery, congressTermsEndingQuery, contractsExpiringQuery, DEPARTURE_TYPES, eventCountQuery, eventsByMonthQuery,
  hardshipReviewsDueQuery, memberCountsQuery, membersByUnionQuery,
} from '../../../electron/core/workbench/queries'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** Each workbench query searches (or covers) its index; none scans member, member_event or aid_application. */
describe('工作台 query plans', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
  })
  afterAll(async () => t.close())
  const db = () => t.core.db

  it('counts joins and departures of a period from the covering index member_event_type_date_org', async () => {
    for (const q of [eventCountQuery(db(), ['join'], '2026-01-01', '2026-12-02'), eventCountQuery(db(), DEPARTURE_TYPES, '2026-01-01', '2026-12-02'), eventsByMonthQuery(db(), '2025-01-01', '2026-12-02')]) {
      const plan = await queryPlan(db(), q)
      expect(plan).toMatch(/^SEARCH member_event USING COVERING INDEX member_event_type_date_org \(type=\? AND voided_at=\? AND date>\? AND date<\?\)/)
    }
  })

  it('sums aid paid by month from aid_application_paid', async () => {
    expect(await queryPlan(db(), aidPaidByMonthQuery(db(), '2026-01-01', '2026-12-02'))).toMatch(/^SEARCH a USING COVERING INDEX aid_application_paid \(status=\? AND paid_on>\? AND paid_on<\?\)/)
  })

  it('takes member figures from the tally, never from member', async () => {
    for (const q of [memberCountsQuery(db()), membersByUnionQuery(db())]) {
      const plan = await queryPlan(db(), q)
      expect(plan).toMatch(/member_tally/)
      expect(plan).not.toMatch(/\bmember\b(?!_)/)
    }
  })

  it('counts each to-do from its own index', async () => {
    expect(await queryPlan(db(), awaitingReviewQuery(db()))).toMatch(/SEARCH aid_application USING COVERING INDEX aid_application_status \(status=\?\)/)
    expect(await queryPlan(db(), hardshipReviewsDueQuery(db(), '2026-12-02', '2027-01-01', REGISTERED_STATUSES))).toMatch(/USING INDEX hardship_file_review_due \(next_review_due<\?\)/)
    expect(await queryPlan(db(), contractsExpiringQuery(db(), '2026-12-02', '2027-03-02'))).toMatch(/USING COVERING INDEX collective_contract_term_end \(term_end>\? AND term_end<\?\)/)
    expect(await queryPlan(db(), congressTermsEndingQuery(db(), '2026-12-02', '2027-03-02'))).toMatch(/congress/)
  })
})
