import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditPageQuery, type AuditFilter } from '../../../electron/core/audit/queries'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** The 操作日志's filters are index searches, never a scan of the whole trail (style §3, §6). */
describe('audit list query plans', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: 50 })
  })
  afterAll(async () => t.close())

  const page = (f: AuditFilter) => queryPlan(t.core.db, auditPageQuery(t.core.db, f, { limit: 20, offset: 0 }))

  it.each<[string, AuditFilter, RegExp]>([
    ['person', { actor: '测试员' }, /SEARCH audit_log USING INDEX audit_log_actor_seq \(actor=\?\)/],
    ['action', { method: 'members.save' }, /SEARCH audit_log USING INDEX audit_log_method_seq \(method=\?\)/],
    ['record', { recordIds: ['m1', 'm2'] }, /SEARCH audit_log_record USING (COVERING )?INDEX sqlite_autoindex_audit_log_record_1 \(record_id=\?\)/],
  ])('by %s', async (_, filter, expected) => {
    const p = await page(filter)
    expect(p).toMatch(expected)
    expect(p).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
  })
})
