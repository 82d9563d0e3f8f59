import type { Compilable } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  countMatchesQuery, countQuery, driverRangeQuery, listPageQuery, narrowRange, type ListDriver, type ListSort, type ListWhere,
} from '../../../electron/core/members/list-queries'
import { searchPartQuery } from '../../../electron/core/members/queries'
import { listWhere } from '../../../electron/core/members/search'
import { classifyMemberQuery } from '../../../shared/members/query'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const today = '2026-11-23'
const sorts: ListSort[] = ['name', 'birthDate', 'updatedAt', 'createdAt']
const sortIndex: Record<ListSort, string> = { name: 'member_list_pinyin', birthDate: 'member_list_birth', updatedAt: 'member_list_updated', createdAt: 'member_list_created' }

/** Every filter the list screen offers, alone and combined (the contract's; q separately below). */
const filters = {
  无筛选: {},
  工会: { orgId: 'x' },
  会籍状态: { status: 'retained' },
  性别: { gender: '女' },
  农民工: { migrant: true },
  新就业形态: { newFormType: '快递员' },
  年龄: { ageMin: 30, ageMax: 40 },
  工会与状态: { orgId: 'x', status: 'active' },
  性别与农民工: { gender: '女', migrant: false },
  状态与年龄: { status: 'active', ageMin: 50 },
  期间入会: { event: { types: ['join'], from: '2026-03-01', to: '2026-03-31' } },
  工会与期间离会: { orgId: 'x', event: { types: ['transfer_out', 'expel', 'withdraw'], from: '2025-01-01', to: '2026-11-23' } },
  全部筛选: { orgId: 'x', status: 'active', gender: '男', migrant: true, newFormType: '外卖送餐员', ageMin: 20, ageMax: 60 },
} as const

/**
 * The hot queries of the 200k-member register must be index searches, never a scan of member that sorts (style §3, §6).
 * No ANALYZE: the app never runs it, so these are the plans a clerk's database gets; the list fixes its plans itself.
 */
describe('member query plans', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: 300 })
  })
  afterAll(async () => t.close())

  async function plan(q: Compilable<unknown>): Promise<string> {
    const detail = await queryPlan(t.core.db, q)
    if (process.env.SHOW_PLANS) console.log(q.compile().sql, '\n', detail)
    return detail
  }
  const where = (filter: object, q?: string): Promise<ListWhere> => listWhere(t.core.db, { ...filter, ...(q ? { q } : {}) }, today)
  const page = (w: ListWhere, driver: ListDriver, sort: ListSort, order: 'asc' | 'desc', after?: { key: string | null; id: string }) =>
    plan(listPageQuery(t.core.db, w, { driver, sort, order, limit: 50, offset: 0, after }))

  it.each([
    ['张', 'member_name_key'],
    ['热依拉阿不都', 'member_name_key'],
    ['买买提', 'member_name_given'],
    ['明月轩', 'member_name_given'],
    ['197305', 'member_list_birth'],
    ['张', 'member_name_rest'],
    ['zjx', 'member_name_initials'],
    ['zjx', 'member_list_pinyin'],
    ['4690', 'member_id_number'],
    ['4690', 'member_id_reversed'],
    ['19880808', 'member_list_birth'],
    ['13800', 'member_phone'],
  ])('search %s uses %s', async (q, index) => {
    const parts = classifyMemberQuery(q)
    const plans = await Promise.all(parts.filter((p) => p.by !== 'org').map((p) => plan(searchPartQuery(t.core.db, p, { limit: 20, orgIds: [] }))))
    expect(plans.some((p) => p.includes(`SEARCH member USING INDEX ${index} (`) || p.includes(`SEARCH member USING COVERING INDEX ${index} (`))).toBe(true)
    for (const p of plans) expect(p).not.toMatch(/SCAN member\b/)
  })

  describe.each(Object.entries(filters))('filter %s', (_name, filter) => {
    it.each(sorts.flatMap((s) => [[s, 'asc'], [s, 'desc']] as const))('sorted by %s %s: read in order from the sort index, never sorted', async (sort, order) => {
      const p = await page(await where(filter), 'sort', sort, order)
      expect(p).toMatch(new RegExp(`^(SCAN|SEARCH) member USING INDEX ${sortIndex[sort]}\\b`))
      expect(p).not.toContain('TEMP B-TREE')
    })
    it('keyset pages (after a member) seek into the sort index, never sorted', async () => {
      for (const sort of sorts) {
        for (const order of ['asc', 'desc'] as const) {
          const p = await page(await where(filter), 'sort', sort, order, { key: '2000-01-01', id: 'm' })
          expect(p).toMatch(new RegExp(`^(SCAN|SEARCH) member USING INDEX ${sortIndex[sort]}\\b`))
          expect(p).not.toContain('TEMP B-TREE')
          if (sort !== 'birthDate') expect(p).toContain(`SEARCH member USING INDEX ${sortIndex[sort]} ((${sort === 'name' ? 'name_pinyin' : sort === 'updatedAt' ? 'updated_at' : 'created_at'},id)${order === 'asc' ? '>' : '<'}(?,?))`)
        }
      }
    })
  })

  // A page whose narrowest condition covers fewer than narrowRange rows starts from it and sorts its matches (the one
  // place a TEMP B-TREE is allowed: its size is bounded by narrowRange).
  it.each([
    ['org', { orgId: 'x', status: 'active', gender: '女' }, 'SEARCH member USING INDEX member_org_status_pinyin (org_id=? AND status=?)'],
    ['org', { orgId: 'x' }, 'SEARCH member USING INDEX member_org_status_pinyin (org_id=?)'],
    ['newForm', { newFormType: '快递员', gender: '男' }, 'SEARCH member USING INDEX member_new_form (new_form_type=?)'],
    ['newForm', { newFormType: '快递员', status: 'retained' }, 'SEARCH member USING INDEX member_new_form (new_form_type=? AND status=?)'],
    ['status', { status: 'expelled', migrant: true }, 'SEARCH member USING INDEX member_status_pinyin (status=?)'],
    ['age', { ageMin: 30, ageMax: 30, gender: '女' }, 'SEARCH member USING INDEX member_list_birth (birth_date>? AND birth_date<?)'],
  ] as const)('a narrow page driven by %s reads %s', async (driver, filter, expected) => {
    expect(narrowRange).toBeLessThanOrEqual(10_000)
    for (const sort of sorts) {
      // The page's rowids are chosen in the range, then only those rows are read (by rowid) and put back in order.
      const p = await page(await where(filter), driver, sort, 'desc')
      expect(p.split('\n').slice(0, 3)).toEqual(['SEARCH member USING INTEGER PRIMARY KEY (rowid=?)', expect.stringMatching(/^LIST SUBQUERY/), expected.replace(' INDEX', sort === 'birthDate' && driver === 'age' ? ' COVERING INDEX' : ' INDEX')])
      expect(p).not.toMatch(/SCAN member\b/)
    }
    // The measuring count reads the same range from the index alone.
    expect(await plan(driverRangeQuery(t.core.db, await where(filter), driver, 10_000))).toMatch(/USING COVERING INDEX/)
  })

  it('members with an event in a period: the period is read from member_event_type_date_org alone, each member found by id', async () => {
    const w = await where({ gender: '女', event: { types: ['join', 'transfer_in'], from: '2026-03-01', to: '2026-03-31' } })
    const rangeOfEvents = 'SEARCH member_event USING COVERING INDEX member_event_type_date_org (type=? AND voided_at=? AND date>? AND date<?)'
    const byId = /^SEARCH member USING (COVERING )?INDEX sqlite_autoindex_member_1 \(id=\?\)$/m
    for (const sort of sorts) {
      const p = await page(w, 'event', sort, 'asc')
      expect(p.split('\n')[0]).toBe('SEARCH member USING INTEGER PRIMARY KEY (rowid=?)')
      expect(p).toMatch(byId)
      expect(p).toContain(rangeOfEvents)
      expect(p).not.toMatch(/SCAN member(_event)?\b/)
    }
    for (const q of [countQuery(t.core.db, w, 'event'), driverRangeQuery(t.core.db, w, 'event', narrowRange)]) {
      const p = await plan(q)
      expect(p).toMatch(byId)
      expect(p).toContain(rangeOfEvents)
      expect(p).not.toMatch(/SCAN member(_event)?\b/)
    }
  })

  it('a search page driven by its matches looks each match up by rowid; walking a sort index it probes the match set', async () => {
    const w = await where({ status: 'active' }, '张')
    const driven = await page(w, 'search', 'updatedAt', 'desc')
    expect(driven.split('\n')[0]).toBe('SEARCH member USING INTEGER PRIMARY KEY (rowid=?)')
    expect(driven).toContain('SEARCH member USING COVERING INDEX member_name_key (name_key>? AND name_key<?)')
    expect(driven).toContain('SEARCH member USING COVERING INDEX member_name_given (name_given>? AND name_given<?)')
    expect(driven).toContain('SEARCH member USING COVERING INDEX member_name_rest (name_rest>? AND name_rest<?)')
    expect(driven).not.toMatch(/SCAN member\b/)
    const walked = await page(w, 'sort', 'updatedAt', 'desc')
    expect(walked.split('\n')[0]).toBe('SCAN member USING INDEX member_list_updated')
    expect(walked.split('\n').filter((l) => l.includes('TEMP B-TREE FOR ORDER BY'))).toEqual([])
  })

  it('counts: a search text alone from its indexes only; with filters by rowid; an age range in member_list_birth without reading rows', async () => {
    const { matches } = await where({}, 'zjx')
    if (!matches) throw new Error('zjx is a search text')
    const alone = await plan(countMatchesQuery(t.core.db, matches))
    expect(alone).toContain('SEARCH member USING COVERING INDEX member_name_initials (name_initials>? AND name_initials<?)')
    expect(alone).toContain('SEARCH member USING COVERING INDEX member_list_pinyin (name_pinyin>? AND name_pinyin<?)')
    expect(alone).not.toMatch(/SCAN member\b|INTEGER PRIMARY KEY/)
    const filtered = await plan(countQuery(t.core.db, await where({ gender: '女' }, '王'), 'search'))
    expect(filtered.split('\n')[0]).toBe('SEARCH member USING INTEGER PRIMARY KEY (rowid=?)')
    const aged = await plan(countQuery(t.core.db, await where({ status: 'active', gender: '男', migrant: true, ageMin: 18, ageMax: 35 }), 'age'))
    expect(aged.split('\n')[0]).toBe('SEARCH member USING COVERING INDEX member_list_birth (birth_date>? AND birth_date<?)')
    const byUnion = await plan(countQuery(t.core.db, await where({ orgId: 'x', ageMin: 18 }, '王'), 'org'))
    expect(byUnion.split('\n')[0]).toBe('SEARCH member USING INDEX member_org_status_pinyin (org_id=?)')
  })
})
