import { sql } from 'kysely'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIdNumber } from '../../../shared/identity/id-number'
import { clearedTables, keptTables } from '../../../electron/core/demo/tables'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { okJson, runCli } from '../members/cli-helpers'
import { pdfPages } from '../print/pdf-text'

describe('示例数据 demo.load', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('fills an empty register with valid, varied members and events, and refuses a second time', async () => {
    const r = await t.call('demo.load', { members: 1500, seed: 7 })
    expect(r).toMatchObject({ members: 1500, orgs: 5 })
    expect(r.events).toBeGreaterThan(1500)
    const all = await t.call('members.revealList', { pageSize: 500, reason: '测试核对' })
    expect(all.total).toBe(1500)
    for (const m of all.items) expect(checkIdNumber(m.idNumber, { today: '2026-11-23' }).valid).toBe(true)
    const names = (await t.core.db.selectFrom('member').select('name').execute()).map((m) => m.name)
    expect(names.some((n) => n.includes('·'))).toBe(true)
    expect(names.some((n) => /[䶮𠮷]/u.test(n))).toBe(true)
    const statuses = new Set((await t.core.db.selectFrom('member').select('status').execute()).map((m) => m.status))
    expect(statuses).toEqual(new Set(['active', 'retained', 'withdrawn', 'transferred_out']))
    const before = await t.dump()
    expect(await t.reply('demo.load', { members: 10 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.dump()).toBe(before)
  })

  it('names read like real ones: no digits or doubled suffixes in unions and enterprises, given names agree with the ID gender', async () => {
    await t.call('demo.load', { members: 8000, seed: 3 })
    const orgs = (await t.core.db.selectFrom('org').select('name').execute()).map((o) => o.name)
    const enterprises = (await t.core.db.selectFrom('enterprise').select('name').execute()).map((e) => e.name)
    expect(orgs.length).toBe(10)
    for (const name of [...orgs, ...enterprises]) {
      expect(name).not.toMatch(/\d/)
      expect(name.split('有限公司').length).toBeLessThanOrEqual(2)
    }
    for (const name of enterprises) expect(name).not.toMatch(/工会/)
    expect(new Set(orgs).size).toBe(orgs.length)
    expect(new Set(enterprises).size).toBe(enterprises.length)

    const members = await t.core.db.selectFrom('member').select(['name', 'gender', 'id_number']).execute()
    // Names a reader takes for a woman's or a man's; the ID's 17th digit is odd for men (GB 11643).
    const womens = /阿依古丽|古丽娜尔|热依拉|帕提古丽|[芳娜丽艳娟婷梅霞萍]/u
    const mens = /买买提·|扎西|努尔兰|艾尔肯|[强军刚勇磊鹏斌]/u
    let minority = 0
    for (const m of members) {
      const odd = Number(m.id_number[16]) % 2 === 1
      expect(m.gender, m.name).toBe(odd ? '男' : '女')
      if (m.name.includes('·')) minority++
      if (m.gender === '男') expect(m.name, m.id_number).not.toMatch(womens)
      else expect(m.name, m.id_number).not.toMatch(mens)
    }
    expect(minority).toBeGreaterThan(20)
  })

  it('a new database gets the demo office as 本单位, so the certificate header is a real name', async () => {
    await t.call('demo.load', { members: 300, seed: 2 })
    const profile = await t.call('profile.get', {})
    expect(profile).toMatchObject({ name: '木棠镇总工会', contactPhone: expect.stringMatching(/\d{4}/) })
    const paid = await t.core.db.selectFrom('aid_application').select('id').where('status', 'in', ['approved', 'paid']).executeTakeFirstOrThrow()
    const text = pdfPages((await t.call('print.previewCertificate', { applicationId: paid.id })).file).join('')
    expect(text).toContain('木棠镇总工会')
    expect(text).not.toContain('未设置')
  })

  it('keeps an office profile saved before the load', async () => {
    await t.call('profile.save', { name: '城关镇总工会', level: '乡镇总工会' })
    await t.call('demo.load', { members: 50 })
    expect(await t.call('profile.get', {})).toMatchObject({ name: '城关镇总工会' })
  })
})

describe('demo.status and demo.clear', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  const rows = async (table: string) => (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.core.db)).rows[0]?.n ?? -1

  it('marks the database as demo, and clearing empties every demo table in one go, back to the first run', async () => {
    expect(await t.call('demo.status', {})).toBeNull()
    await t.call('print.saveOffset', { template: 'certificate', printer: '得力', xMm: 1, yMm: 0 })
    await t.call('demo.load', { members: 400, seed: 5 })
    expect(await t.call('demo.status', {})).toMatchObject({ members: 400, addedSince: [] })
    const paid = await t.core.db.selectFrom('aid_application').select('id').where('status', 'in', ['approved', 'paid']).executeTakeFirstOrThrow()
    await t.call('print.certificate', { applicationId: paid.id })

    const cleared = await t.call('demo.clear', {})
    expect(cleared).toMatchObject({ members: 400, orgs: 5, addedRemoved: [] })
    for (const table of clearedTables) expect(await rows(table), table).toBe(0)
    expect(await t.call('profile.get', {})).toBeNull()
    expect(await t.call('demo.status', {})).toBeNull()
    // Kept: the printer's offset, the serial counter (no serial is handed out twice), the audit trail with the clear in it.
    expect(await t.call('print.offsets', {})).toHaveLength(1)
    expect(await rows('print_serial')).toBe(1)
    const audited = await t.core.db.selectFrom('audit_log').select('method').where('method', '=', 'demo.clear').execute()
    expect(audited).toHaveLength(1)
    // A first run again: the demo can be loaded anew.
    await t.call('demo.load', { members: 20 })
  })

  it('refuses, naming them, when records were added since the load, and changes nothing; includeAdded removes them too', async () => {
    await t.call('demo.load', { members: 100, seed: 5 })
    const org = (await t.call('orgs.list', {}))[0]
    await t.call('members.save', { orgId: org?.id ?? '', name: '真实会员', idNumber: '469023198808080096', joinDate: '2020-01-01' })
    expect(await t.call('demo.status', {})).toMatchObject({ addedSince: [{ what: '会员', count: 1 }] })
    const before = await t.dump()
    const refused = await t.reply('demo.clear', {})
    expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', field: 'includeAdded' })
    expect(refused.ok || refused.error.message).toContain('会员 1 条')
    expect(await t.dump()).toBe(before)

    const cleared = await t.call('demo.clear', { includeAdded: true })
    expect(cleared).toMatchObject({ members: 101, addedRemoved: [{ what: '会员', count: 1 }] })
    expect(await rows('member')).toBe(0)
  })

  it('a database without demo data is refused and left as it was', async () => {
    await t.call('profile.save', { name: '城关镇总工会', level: '乡镇总工会' })
    const before = await t.dump()
    const r = await t.reply('demo.clear', { includeAdded: true })
    expect(r.ok || r.error.code).toBe('NOT_FOUND')
    expect(await t.dump()).toBe(before)
  })

  it('every table is either cleared or kept: a new table must be classified here before it ships', async () => {
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(t.core.db)).rows.map((r) => r.name)
    const classified: string[] = [...clearedTables, ...keptTables]
    expect(tables.filter((name) => !classified.includes(name))).toEqual([])
  })
})

describe('uniondesk demo / demo clear', () => {
  it('loads into a new file with its office, then clears back to an empty first run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-demo-cli-'))
    try {
      const db = join(dir, 'demo.db')
      okJson(runCli(['--db', db, 'demo', '--members', '30', '--json']))
      expect(okJson(runCli(['--db', db, 'call', 'demo.status']))).toMatchObject({ members: 30 })
      expect(okJson(runCli(['--db', db, 'org', 'show', '--json']))).toMatchObject({ name: '木棠镇总工会' })
      const cleared = runCli(['--db', db, 'demo', 'clear'])
      expect(cleared.code).toBe(0)
      expect(cleared.stdout).toContain('已清除示例数据')
      expect(okJson(runCli(['--db', db, 'call', 'demo.status']))).toBeNull()
      const again = runCli(['--db', db, 'demo', 'clear'])
      expect(again.code).toBe(1)
      expect(again.stderr).toContain('没有示例数据')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
