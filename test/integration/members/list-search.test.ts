import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input, Result } from '../../../shared/contract/index'
import { ageOn } from '../../../shared/dates'
import { classifyMemberQuery } from '../../../shared/members/query'
import { listConditions } from '../../../electron/core/members/search'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, makeId } from './fixtures'

type ListInput = Input<'members.list'>
type Sort = NonNullable<ListInput['sort']>

interface Row {
  id: string
  name: string
  name_rest: string
  name_key: string
  name_given: string | null
  name_pinyin: string
  name_initials: string
  id_number: string
  id_reversed: string
  phone: string | null
  org_id: string
  org_name: string
  status: string
  gender: string | null
  is_migrant: number
  new_form_type: string | null
  birth_date: string | null
  updated_at: string
  created_at: string
}

const today = '2026-11-23'
const key: Record<Sort, (r: Row) => string | null> = { name: (r) => r.name_pinyin, birthDate: (r) => r.birth_date, updatedAt: (r) => r.updated_at, createdAt: (r) => r.created_at }

/** What a search text matches, written out plainly: a prefix of any of its meanings, or a union whose name contains it. */
function matchesText(r: Row, q: string): boolean {
  return classifyMemberQuery(q).some((p) => {
    switch (p.by) {
      case 'name': return r.name_key.startsWith(p.prefix)
      case 'nameRest': return r.name_rest.startsWith(p.prefix)
      case 'given': return (r.name_given ?? '').startsWith(p.prefix)
      case 'pinyin': return r.name_pinyin.startsWith(p.prefix)
      case 'initials': return r.name_initials.startsWith(p.prefix)
      case 'idPrefix': return r.id_number.startsWith(p.prefix)
      case 'idSuffix': return r.id_reversed.startsWith(p.reversedPrefix)
      case 'birthDate': return r.birth_date === p.date
      case 'birthMonth': return (r.birth_date ?? '').startsWith(p.prefix)
      case 'phone': return (r.phone ?? '').startsWith(p.prefix)
      case 'org': return r.org_name.includes(p.text)
    }
  })
}

/** The list as a reader would compute it from every row: filter, then order by the key (no birth date first) and id. */
function expected(rows: Row[], f: ListInput): Row[] {
  const out = rows.filter((r) =>
    (!f.q || matchesText(r, f.q)) && (!f.orgId || r.org_id === f.orgId) && (!f.status || r.status === f.status) &&
    (!f.gender || r.gender === f.gender) && (f.migrant === undefined || r.is_migrant === (f.migrant ? 1 : 0)) &&
    (!f.newFormType || r.new_form_type === f.newFormType) &&
    (f.ageMin === undefined || (r.birth_date !== null && ageOn(r.birth_date, today) >= f.ageMin)) &&
    (f.ageMax === undefined || (r.birth_date !== null && ageOn(r.birth_date, today) <= f.ageMax)))
  const k = key[f.sort ?? 'name']
  out.sort((a, b) => {
    const ka = k(a)
    const kb = k(b)
    if (ka !== kb) return ka === null ? -1 : kb === null ? 1 : ka < kb ? -1 : 1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  return f.order === 'desc' ? out.reverse() : out
}

/**
 * Issue 10 §3: a search text used to be cut to its first 500 matches before the filters were applied, so totals stopped
 * at 500 and a union filter lost members. Checked against the list computed from every row.
 */
describe('member list: search and filters combined, exact totals, every sort', { timeout: 120_000 }, () => {
  let t: TestCore
  let rows: Row[]
  let orgIds: string[]
  const list = (input: ListInput): Promise<Result<'members.list'>> => t.call('members.list', input)

  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: 24_000 })
    // The demo gives every member the same timestamps; spread them (with ties, as a bulk import leaves) and leave some
    // birth dates empty (passports), so every sort and its tie-break are exercised.
    await sql`update member set updated_at = '2026-0' || (1 + rowid % 9) || '-01T00:00:00.000Z', created_at = '2025-' || printf('%02d', 1 + (rowid * 7) % 12) || '-01T00:00:00.000Z'`.execute(t.core.db)
    await sql`update member set birth_date = null where rowid % 53 = 0`.execute(t.core.db)
    rows = (
      await sql<Row>`select m.id, m.name, m.name_rest, m.name_key, m.name_given, m.name_pinyin, m.name_initials, m.id_number, m.id_reversed, m.phone, m.org_id,
        o.name as org_name, m.status, m.gender, m.is_migrant, m.new_form_type, m.birth_date, m.updated_at, m.created_at
        from member m join org o on o.id = m.org_id`.execute(t.core.db)
    ).rows
    orgIds = [...new Set(rows.map((r) => r.org_id))].sort()
  })
  afterAll(async () => t.close())

  it('q=王 counts every match, not the first 500', async () => {
    const want = expected(rows, { q: '王' })
    expect(want.length).toBeGreaterThan(500)
    const page = await list({ q: '王', pageSize: 500 })
    expect(page.total).toBe(want.length)
    expect(page.items.map((m) => m.id)).toEqual(want.slice(0, 500).map((r) => r.id))
  })

  it('q=王 with a union filter finds that union\'s members, for every union', async () => {
    let unionsWithMatches = 0
    for (const orgId of orgIds) {
      const want = expected(rows, { q: '王', orgId })
      const page = await list({ q: '王', orgId, pageSize: 500 })
      expect({ orgId, total: page.total, ids: page.items.map((m) => m.id) }).toEqual({ orgId, total: want.length, ids: want.map((r) => r.id) })
      if (want.length > 0) unionsWithMatches++
    }
    expect(unionsWithMatches).toBe(orgIds.length)
  })

  it('export\'s conditions (listConditions) select exactly the list\'s members', async () => {
    for (const filter of [{ q: '王' }, { q: '王', orgId: orgIds[7] }, { q: 'w', status: 'retained' as const }]) {
      const conds = await listConditions(t.core.db, filter, today)
      let q = t.core.db.selectFrom('member').select('member.id')
      for (const c of conds) q = q.where(c)
      const ids = (await q.execute()).map((r) => r.id).sort()
      expect(ids).toEqual(expected(rows, filter).map((r) => r.id).sort())
    }
  })

  const filters: ListInput[] = [
    {},
    { status: 'retained' },
    { status: 'active', gender: '女' },
    { migrant: true, gender: '男' },
    { newFormType: '快递员' },
    { newFormType: '网约车司机', status: 'active', migrant: false },
    { ageMin: 30, ageMax: 30 },
    { ageMin: 60 },
    { status: 'active', ageMin: 25, ageMax: 45, gender: '女' },
    { q: '王' },
    { q: '王', status: 'active', ageMax: 40 },
    { q: 'w' },
    { q: 'w', gender: '女', migrant: true },
    { q: '王伟' },
    { q: '1101' },
    { q: '19900101' },
    { q: '199003' },
    { q: '买买提' },
    { q: '工会', status: 'withdrawn' },
    { status: 'expelled' },
    // Narrow enough that the page starts from the status range, and from the age range.
    { status: 'transferred_out', gender: '男', migrant: true },
    { status: 'retained', ageMin: 30, ageMax: 30, gender: '女', migrant: true },
  ]
  const orders = (['name', 'birthDate', 'updatedAt', 'createdAt'] as const).flatMap((sort) => (['asc', 'desc'] as const).map((order) => ({ sort, order })))

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('filter %s: total, first and third page equal the full computation in every sort', async (_name, f) => {
    const unioned = [f, { ...f, orgId: orgIds[3] }]
    for (const filter of unioned) {
      for (const o of orders) {
        const want = expected(rows, { ...filter, ...o })
        for (const pageNo of [1, 3]) {
          const page = await list({ ...filter, ...o, page: pageNo, pageSize: 40 })
          expect({ ...o, pageNo, total: page.total, ids: page.items.map((m) => m.id) }).toEqual({ ...o, pageNo, total: want.length, ids: want.slice((pageNo - 1) * 40, pageNo * 40).map((r) => r.id) })
        }
      }
    }
  })

  it('keyset pages (after) read a whole filtered list once, in order, in every sort', async () => {
    for (const filter of [{}, { status: 'retained' as const }, { q: 'w' }, { ageMin: 30, ageMax: 50, gender: '男' as const }]) {
      for (const o of orders) {
        const want = expected(rows, { ...filter, ...o }).map((r) => r.id)
        const got: string[] = []
        let after: string | undefined
        for (;;) {
          const page = await list({ ...filter, ...o, pageSize: 500, ...(after ? { after } : {}) })
          got.push(...page.items.map((m) => m.id))
          after = page.items.at(-1)?.id
          if (page.items.length < 500) break
        }
        expect({ filter, ...o, n: got.length, same: got.join() === want.join() }).toEqual({ filter, ...o, n: want.length, same: true })
      }
    }
  })

  it('a member matched by two meanings of the text (王王: name and given name) is listed and counted once', async () => {
    const id = await addMember(t, orgIds[0] ?? '', '王王', makeId('1990-03-07', 777))
    for (const filter of [{ q: '王王' }, { q: '王王', gender: '男' as const }]) {
      const page = await list({ ...filter, pageSize: 500 })
      const ids = page.items.map((m) => m.id)
      expect(ids.filter((x) => x === id)).toEqual([id])
      expect(new Set(ids).size).toBe(ids.length)
      expect(page.total).toBe(ids.length)
    }
  })

  it('an unknown after is refused in Chinese, naming the field', async () => {
    const r = await t.reply('members.list', { after: 'no-such-member' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', field: 'after' })
  })
})
