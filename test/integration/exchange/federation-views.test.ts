import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { registerPageQuery, registerTotalQuery } from '../../../electron/core/exchange/federation-views/register'
import { leftOutMemberCounts, memberCounts, newMemberCounts } from '../../../electron/core/exchange/federation-views/statistics-queries'
import { queryPlan } from '../../helpers/query-plan'
import type { TestCore } from '../../helpers/test-core'
import { okJson, runCli } from '../members/cli-helpers'
import { makeId } from '../members/fixtures'
import { federationCore, member, officeWithPackage, seedTwoTowns } from './federation-views-fixtures'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

const year = { from: '2025-10-01', to: '2026-09-30' }

async function seeded(): Promise<TestCore> {
  t = await federationCore()
  await seedTwoTowns(t)
  return t
}

const keepA = (core: TestCore) => core.call('federation.resolveConflict', { id: 'k1', resolution: 'keep_one', keptOfficeId: 'A', note: null })

describe('下级单位: offices with their last package, overdue after 35 days by default', () => {
  it('lists each office with its last sequence, counted members and open conflicts, overdue first', async () => {
    const core = await seeded()
    const r = await core.call('federationViews.offices', {})
    expect(r.today).toBe('2026-11-23')
    expect(r.overdueDays).toBe(35)
    expect(r.offices.map((o) => [o.unionName, o.lastSequence, o.daysSince, o.overdue, o.members, o.openConflicts])).toEqual([
      ['乙街道总工会', 1, 44, true, 2, 1],
      ['丙乡总工会', 0, 22, false, 0, 0],
      ['甲镇总工会', 3, 10, false, 3, 1],
    ])
    expect(r.overdueCount).toBe(1)
    expect(r.offices.find((o) => o.id === 'A')).toMatchObject({ fingerprint: 'A-fp', lastKind: 'incremental', lastPackageAt: '2026-11-13T02:00:00.000Z' })
    // A shorter limit makes the office that never sent anything overdue too, counted from its registration.
    const strict = await core.call('federationViews.offices', { overdueDays: 20 })
    expect(strict.offices.filter((o) => o.overdue).map((o) => o.id)).toEqual(['B', 'C'])
  })

  it('counts a member left out by 保留一方 only in the office that kept them', async () => {
    const core = await seeded()
    await keepA(core)
    const r = await core.call('federationViews.offices', {})
    expect(r.offices.map((o) => [o.id, o.members, o.openConflicts])).toEqual([['B', 1, 0], ['C', 0, 0], ['A', 3, 0]])
  })
})

describe('冲突清单', () => {
  it('shows both offices with their member, masked ID and state; resolving moves it to the resolved list', async () => {
    const core = await seeded()
    const open = await core.call('federationViews.conflicts', {})
    expect(open.total).toBe(1)
    expect(open.openTotal).toBe(1)
    expect(open.rows[0]).toMatchObject({
      id: 'k1', idNumberMasked: '110101********1234', state: 'open',
      first: { officeName: '甲镇总工会', name: '张三', status: 'active', counted: true },
      second: { officeName: '乙街道总工会', name: '张三', status: 'active', counted: true },
    })
    expect(JSON.stringify(open)).not.toContain('110101199001011234')

    await keepA(core)
    expect((await core.call('federationViews.conflicts', {})).rows).toEqual([])
    const resolved = await core.call('federationViews.conflicts', { state: 'resolved' })
    expect(resolved.openTotal).toBe(0)
    expect(resolved.rows[0]).toMatchObject({ state: 'kept_one', keptOfficeId: 'A', resolvedBy: '测试员', first: { counted: true }, second: { counted: false } })
  })
})

describe('汇总名册', () => {
  it('pages the register across offices, 在会 before 保留, by pinyin, IDs masked', async () => {
    const core = await seeded()
    const all = await core.call('federationViews.members', {})
    expect(all.total).toBe(5)
    expect(all.rows.map((r) => [r.officeName, r.name, r.status, r.conflict])).toEqual([
      ['甲镇总工会', '李四', 'active', null],
      ['乙街道总工会', '孙七', 'active', null],
      ['甲镇总工会', '张三', 'active', 'open'],
      ['乙街道总工会', '张三', 'active', 'open'],
      ['甲镇总工会', '王五', 'retained', null],
    ])
    expect(all.rows.every((r) => /^\d{6}\*{8}[\dX]{4}$/.test(r.idNumberMasked))).toBe(true)
    const page2 = await core.call('federationViews.members', { page: 2, pageSize: 2 })
    expect(page2.rows.map((r) => r.memberId)).toEqual(['a1', 'b1'])
    expect(page2.total).toBe(5)
  })

  it('searches by name, pinyin and ID tail, filters by office and status, and marks the left-out row', async () => {
    const core = await seeded()
    const ids = async (input: Parameters<typeof core.call<'federationViews.members'>>[1]) => (await core.call('federationViews.members', input)).rows.map((r) => r.memberId)
    expect(await ids({ q: '张' })).toEqual(['a1', 'b1'])
    expect(await ids({ q: 'zhangs' })).toEqual(['a1', 'b1'])
    expect(await ids({ q: '1234' })).toEqual(['a1', 'b1'])
    expect(await ids({ q: '01011234' })).toEqual(['a1', 'b1'])
    expect(await ids({ q: '75555' })).toEqual(['b2'])
    expect(await ids({ q: '15555' })).toEqual([])
    expect(await ids({ officeId: 'B' })).toEqual(['b2', 'b1'])
    expect(await ids({ status: 'transferred_out' })).toEqual(['a4'])
    await keepA(core)
    const rows = (await core.call('federationViews.members', { q: '张三' })).rows
    expect(rows.map((r) => [r.memberId, r.conflict])).toEqual([['a1', null], ['b1', 'left_out']])
  })

  it('refuses an ID search of fewer than four characters, naming the field', async () => {
    const core = await seeded()
    const r = await core.reply('federationViews.members', { q: '12' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'q' })
  })
})

describe('汇总统计', () => {
  it('sums per office and in total over the period', async () => {
    const core = await seeded()
    const s = await core.call('federationViews.statistics', year)
    const row = (key: string) => s.rows.find((r) => r.key === key)?.figures
    expect(row('A')).toMatchObject({ active: 2, retained: 1, women: 1, migrant: 1, newForm: 1, newMembers: 2, contracts: 1, contractWorkers: 120, aidPaidFen: 50_000, aidPayments: 1 })
    expect(row('A')?.newFormByType['快递员']).toBe(1)
    expect(row('B')).toMatchObject({ active: 2, women: 2, migrant: 1, newForm: 2, newMembers: 2, contracts: 0, aidPaidFen: 30_000 })
    expect(row('C')).toMatchObject({ active: 0, newMembers: 0 })
    expect(s.total).toMatchObject({ active: 4, retained: 1, women: 3, migrant: 2, newForm: 3, newMembers: 4, contracts: 1, contractWorkers: 120, aidPaidFen: 80_000, aidPayments: 2 })
    expect(s.leftOut).toBe(0)
  })

  it('counts a person kept in one office once: the other office loses the member and their 入会', async () => {
    const core = await seeded()
    await keepA(core)
    const s = await core.call('federationViews.statistics', year)
    expect(s.rows.find((r) => r.key === 'B')?.figures).toMatchObject({ active: 1, women: 1, migrant: 0, newForm: 1, newMembers: 1, aidPaidFen: 30_000 })
    expect(s.total).toMatchObject({ active: 3, women: 2, migrant: 1, newForm: 2, newMembers: 3 })
    expect(s.total.newFormByType['快递员']).toBe(1)
    expect(s.leftOut).toBe(1)
    // Keep both: both count again.
    await core.core.db.updateTable('exchange_conflict').set({ state: 'open', kept_office_id: null }).execute()
    await core.call('federation.resolveConflict', { id: 'k1', resolution: 'keep_both', note: '两处兼职，均保留' })
    expect((await core.call('federationViews.statistics', year)).total).toMatchObject({ active: 4, newMembers: 4 })
  })

  it('drills down to one office by grassroots union, aid found through the member it was paid to', async () => {
    const core = await seeded()
    const s = await core.call('federationViews.statistics', { ...year, officeId: 'A' })
    expect(s.office).toEqual({ id: 'A', unionName: '甲镇总工会' })
    expect(s.rows.map((r) => [r.label, r.figures.active, r.figures.retained, r.figures.newMembers, r.figures.contracts, r.figures.aidPaidFen])).toEqual([
      ['甲镇机械厂工会', 1, 1, 1, 1, 0],
      ['甲镇联合工会', 1, 0, 1, 0, 50_000],
    ])
    expect(s.total).toMatchObject({ active: 2, retained: 1, newMembers: 2, aidPaidFen: 50_000 })
    await keepA(core)
    const b = await core.call('federationViews.statistics', { ...year, officeId: 'B' })
    expect(b.rows.map((r) => [r.label, r.figures.active, r.figures.newMembers])).toEqual([['乙街道社区工会', 1, 1]])
  })

  it('refuses a period that ends before it starts and an unknown office, changing nothing', async () => {
    const core = await seeded()
    const before = await core.dump()
    const bad = await core.reply('federationViews.statistics', { from: '2026-09-30', to: '2025-10-01' })
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'to' })
    const unknown = await core.reply('federationViews.statistics', { ...year, officeId: 'nope' })
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'officeId' })
    expect(await core.dump()).toBe(before)
  })
})

describe('query plans over the 0131/0132 indexes', () => {
  const base = { status: 'current' as const, page: 1, pageSize: 50 }
  it('pages the register by index, without sorting the whole register', async () => {
    const core = await seeded()
    const db = core.core.db
    const plain = await queryPlan(db, registerPageQuery(db, base))
    expect(plain).toMatch(/SEARCH fm USING INDEX federation_member_list \(status=\?\)/)
    expect(plain).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    const office = await queryPlan(db, registerPageQuery(db, { ...base, officeId: 'A' }))
    expect(office).toMatch(/SEARCH fm USING INDEX federation_member_office_list \(office_id=\? AND status=\?\)/)
    expect(office).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(await queryPlan(db, registerPageQuery(db, { ...base, q: '1234' }))).toMatch(/SEARCH fm USING INDEX federation_member_id_tail \(id_tail=\?\)/)
    expect(await queryPlan(db, registerPageQuery(db, { ...base, q: 'zhang' }))).toMatch(/SEARCH fm USING INDEX federation_member_list \(status=\? AND name_pinyin>\? AND name_pinyin<\?\)/)
    expect(await queryPlan(db, registerPageQuery(db, { ...base, q: '张' }))).toMatch(/SEARCH fm USING INDEX federation_member_status_name \(status=\? AND name>\? AND name<\?\)/)
    // The pager's total counts from an index alone, never from the table.
    expect(await queryPlan(db, registerTotalQuery(db, base))).toMatch(/^SEARCH fm USING COVERING INDEX \w+ \(status=\?\)$/)
    // Left-out and open-conflict flags: one lookup per side.
    expect(plain).toMatch(/SEARCH c1 USING INDEX exchange_conflict_first_side/)
    expect(plain).toMatch(/SEARCH c2 USING INDEX exchange_conflict_second_side/)
  })

  it('counts members from covering indexes and left-out members from the conflicts', async () => {
    const core = await seeded()
    const db = core.core.db
    expect(await queryPlan(db, memberCounts(db, { officeId: null }))).toMatch(/USING COVERING INDEX federation_member_counts/)
    expect(await queryPlan(db, memberCounts(db, { officeId: 'A' }))).toMatch(/SEARCH fm USING COVERING INDEX federation_member_org_counts \(office_id=\?/)
    const leftOut = await queryPlan(db, leftOutMemberCounts(db, { officeId: null }))
    expect(leftOut).toMatch(/SEARCH fm USING INDEX sqlite_autoindex_federation_member_1 \(office_id=\? AND member_id=\?\)/)
    expect(await queryPlan(db, newMemberCounts(db, { officeId: null }, year))).toMatch(/SEARCH r USING COVERING INDEX exchange_record_period_counts \(table_name=\? AND kind=\? AND status=\? AND on_date>\? AND on_date<\?\)/)
  })

  it('a member row inserted for another office does not disturb the plan test data', async () => {
    const core = await seeded()
    await core.core.db.insertInto('federation_member').values(member('C', 'c1', '周八', '330303199909099999')).execute()
    expect((await core.call('federationViews.offices', {})).offices.find((o) => o.id === 'C')?.members).toBe(1)
  })
})

describe('on a federation filled through the real import', () => {
  it('shows the cross-office conflict of two packages and counts the person once after 保留一方', async () => {
    const fed = await federationCore()
    t = fed
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-fv-'))
    const others: TestCore[] = []
    try {
      const fedCard = (await fed.call('exchange.initKeys', {})).text
      const shared = makeId('1988-08-08', 9)
      const a = await officeWithPackage({ name: '甲镇总工会', creditCode: '81469023MA5TG1K26T', fedCard, outDir: join(dir), members: [{ name: '王芳', idNumber: shared, joinDate: '2026-03-01' }, { name: '李雷', idNumber: makeId('1990-01-02', 3), joinDate: '2026-04-01' }] })
      others.push(a.core)
      const bDir = mkdtempSync(join(dir, 'b-'))
      const b = await officeWithPackage({ name: '乙街道总工会', creditCode: '81469023MA5TG1K34M', fedCard, outDir: bDir, members: [{ name: '王芳', idNumber: shared, joinDate: '2026-05-01' }] })
      others.push(b.core)
      for (const card of [a.card, b.card]) await fed.call('federation.registerOffice', { card })
      await fed.call('federation.importPackage', { path: a.packagePath })
      const second = await fed.call('federation.importPackage', { path: b.packagePath })
      expect(second.conflicts).toHaveLength(1)

      const offices = await fed.call('federationViews.offices', {})
      expect(offices.offices.map((o) => [o.unionName, o.lastSequence, o.members, o.openConflicts, o.overdue])).toEqual([['甲镇总工会', 1, 2, 1, false], ['乙街道总工会', 1, 1, 1, false]])
      const conflicts = await fed.call('federationViews.conflicts', {})
      expect(conflicts.rows).toHaveLength(1)
      const c = conflicts.rows[0]!
      expect([c.first.name, c.second.name, c.idNumberMasked]).toEqual(['王芳', '王芳', `${shared.slice(0, 6)}********${shared.slice(-4)}`])
      const year = { from: '2025-10-01', to: '2026-09-30' }
      expect((await fed.call('federationViews.statistics', year)).total).toMatchObject({ active: 3, newMembers: 3 })

      const keptA = offices.offices.find((o) => o.unionName === '甲镇总工会')!.id
      await fed.call('federation.resolveConflict', { id: c.id, resolution: 'keep_one', keptOfficeId: keptA })
      expect((await fed.call('federationViews.conflicts', {})).rows).toEqual([])
      const stats = await fed.call('federationViews.statistics', year)
      expect(stats.total).toMatchObject({ active: 2, newMembers: 2 })
      expect(stats.leftOut).toBe(1)
      expect((await fed.call('federationViews.members', { q: '王芳' })).rows.map((r) => [r.officeName, r.conflict])).toEqual([['甲镇总工会', null], ['乙街道总工会', 'left_out']])
    } finally {
      for (const o of others) await o.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('uniondesk init --level 县（区）总工会', () => {
  it('makes a federation database whose views answer through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-fv-cli-'))
    try {
      const db = join(dir, 'county.db')
      expect(okJson(runCli(['--db', db, 'init', '--name', '某某县总工会', '--level', '县（区）总工会', '--json']))).toMatchObject({ level: '县（区）总工会' })
      expect(okJson(runCli(['--db', db, 'call', 'federationViews.offices', '{}', '--json']))).toMatchObject({ offices: [], overdueDays: 35, overdueCount: 0 })
      const bad = runCli(['--db', db, 'init', '--name', '某某县总工会', '--level', '省总工会'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain('县（区）总工会')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
