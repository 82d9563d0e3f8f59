import { CompiledQuery, type Compilable } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countQuery, filterConditions, listPageQuery, searchPartQuery } from '../../../electron/core/members/queries'
import { classifyMemberQuery } from '../../../shared/members/query'
import { createTestCore, type TestCore } from '../../helpers/test-core'

/** The hot queries of the 200k-member register must be index searches, never a scan of member (style §3, §6). */
describe('member query plans', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: 300 })
    await t.core.db.executeQuery(CompiledQuery.raw('analyze'))
  })
  afterAll(async () => t.close())

  async function plan(q: Compilable<unknown>): Promise<string> {
    const c = q.compile()
    const r = await t.core.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]))
    return r.rows.map((x) => x.detail).join('\n')
  }

  it.each([
    ['张', 'member_name'],
    ['张', 'member_name_rest'],
    ['zjx', 'member_name_initials'],
    ['zjx', 'member_name_pinyin'],
    ['4690', 'member_id_number'],
    ['4690', 'member_id_reversed'],
    ['19880808', 'member_birth_date'],
    ['13800', 'member_phone'],
  ])('search %s uses %s', async (q, index) => {
    const parts = classifyMemberQuery(q)
    const plans = await Promise.all(parts.filter((p) => p.by !== 'org').map((p) => plan(searchPartQuery(t.core.db, p, { limit: 20, orgIds: [] }))))
    expect(plans.some((p) => p.includes(`SEARCH member USING INDEX ${index} (`))).toBe(true)
    for (const p of plans) expect(p).not.toMatch(/SCAN member\b/)
  })

  it('the list page filtered by union and status walks member_org_status_pinyin in order', async () => {
    const conds = filterConditions({ orgId: 'x', status: 'active' }, '2026-11-23')
    const p = await plan(listPageQuery(t.core.db, { conds, sort: 'name', order: 'asc', limit: 50, offset: 0 }))
    expect(p).toContain('SEARCH member USING INDEX member_org_status_pinyin (org_id=? AND status=?)')
    expect(p).not.toContain('TEMP B-TREE')
  })

  it('the list page filtered by gender and migrant walks member_gender_migrant_pinyin in order', async () => {
    const conds = filterConditions({ gender: '女', migrant: true }, '2026-11-23')
    const p = await plan(listPageQuery(t.core.db, { conds, sort: 'name', order: 'asc', limit: 50, offset: 0 }))
    expect(p).toContain('SEARCH member USING INDEX member_gender_migrant_pinyin (gender=? AND is_migrant=?)')
    expect(p).not.toContain('TEMP B-TREE')
  })

  it('the unfiltered list walks the pinyin order without sorting', async () => {
    const p = await plan(listPageQuery(t.core.db, { conds: [], sort: 'name', order: 'asc', limit: 50, offset: 0 }))
    expect(p).not.toContain('TEMP B-TREE')
  })

  it('counts by union and status from an index only', async () => {
    const p = await plan(countQuery(t.core.db, filterConditions({ orgId: 'x', status: 'active' }, '2026-11-23')))
    expect(p).toMatch(/USING COVERING INDEX member_org/)
  })
})
