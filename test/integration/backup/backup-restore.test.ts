import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../../electron/core/backup/folder'
import { UNIONDESK_APPLICATION_ID } from '../../../electron/core/backup/restore'
import type { Database } from '../../../electron/core/db/schema/index'
import { openSqliteFile, Sqlite3Dialect } from '../../../electron/core/db/sqlite3-dialect'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const union = (name: string) => ({ name, type: '联合基层工会' as const })

/** A plain connection to a file, outside any core: another window, or a tool preparing a test file. */
async function rawDb(path: string, readOnly = false): Promise<Kysely<Database>> {
  return new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(path, { readOnly, create: false })) })
}

async function scalar(path: string, query: string): Promise<unknown> {
  const db = await rawDb(path, true)
  try {
    const r = await sql.raw<Record<string, unknown>>(query).execute(db)
    return Object.values(r.rows[0] ?? {})[0]
  } finally {
    await db.destroy()
  }
}

/**
 * Every row of every table, in a stable order that needs no rowid (some tables are WITHOUT ROWID). `except` leaves
 * tables out: a manual backup's audit row is the one write an attempted backup makes, by design.
 */
async function dump(t: TestCore, except: RegExp = /^$/): Promise<string> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(t.core.db)
  const parts: string[] = []
  for (const { name } of tables.rows) {
    if (except.test(name)) continue
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.core.db)
    parts.push(`${name}:${rows.rows.map((r) => JSON.stringify(r)).sort().join('\n')}`)
  }
  return parts.join('\n')
}

async function orgNames(t: TestCore): Promise<string[]> {
  return (await sql<{ name: string }>`select name from org order by name`.execute(t.core.db)).rows.map((r) => r.name)
}

describe('backups and restore', { timeout: 120_000 }, () => {
  let t: TestCore
  let out: string
  beforeEach(async () => {
    t = await createTestCore({ file: true })
    out = mkdtempSync(join(tmpdir(), 'uniondesk-backup-out-'))
    await t.call('orgs.save', union('木棠镇联合工会'))
  })
  afterEach(async () => {
    await t.close()
    rmSync(out, { recursive: true, force: true })
  })

  it('takes a consistent copy while another connection is writing, without waiting for it', async () => {
    const writer = await rawDb(t.core.dbPath)
    await sql`pragma busy_timeout = 5000`.execute(writer)
    await sql`create table scratch (batch integer not null, n integer not null)`.execute(writer)
    // Each commit adds exactly 500 rows: a backup that saw half a transaction would hold a count that is not a multiple.
    let commits = 0
    let stop = false
    const writing = (async () => {
      while (!stop) {
        await writer.transaction().execute(async (trx) => {
          await sql`with recursive s(n) as (select 1 union all select n + 1 from s where n < 500) insert into scratch select ${commits}, n from s`.execute(trx)
        })
        commits++
      }
    })()
    while (commits < 3) await new Promise((r) => setTimeout(r, 5))
    const copies: string[] = []
    for (let i = 0; i < 5; i++) {
      const made = await t.call('backup.create', { out: join(out, `copy${i}.db`) })
      copies.push(made.path)
    }
    stop = true
    await writing
    await writer.destroy()
    for (const copy of copies) {
      expect(await scalar(copy, 'pragma integrity_check')).toBe('ok')
      expect(Number(await scalar(copy, 'select count(*) from scratch')) % 500).toBe(0)
    }
    console.log(`backup under a concurrent writer: ${copies.length} copies, ${commits} writer commits meanwhile`)
  })

  it('restores an encrypted backup with its passphrase, keeping a copy of the database it replaced', async () => {
    const made = await t.call('backup.create', { out: `${out}/`, passphrase: '正确的密码123' })
    expect(made.encrypted).toBe(true)
    expect(made.path).toMatch(/基层工会工作台备份-\d{8}-\d{6}\.udbak$/)
    // Who took a copy of the register, and where to, is in the audit trail; the passphrase is not.
    const audited = await sql<{ input_json: string; outcome_json: string }>`select input_json, outcome_json from audit_log where method = 'backup.create'`.execute(t.core.db)
    expect(audited.rows).toHaveLength(1)
    expect(JSON.parse(audited.rows[0]?.outcome_json ?? '{}')).toMatchObject({ encrypted: true })
    expect(JSON.stringify(audited.rows)).not.toContain('正确的密码123')
    const bytes = readFileSync(made.path)
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false)
    expect(bytes.includes(Buffer.from('木棠镇联合工会'))).toBe(false)

    await t.call('orgs.save', union('后来加的工会'))
    const withLater = await dump(t)

    const wrong = await t.reply('backup.restore', { file: made.path, passphrase: '错误的密码456' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_WRONG', field: 'passphrase' } })
    const tampered = join(out, 'tampered.udbak')
    const changed = Buffer.from(bytes)
    changed[changed.length - 100] = (changed[changed.length - 100] ?? 0) ^ 1
    writeFileSync(tampered, changed)
    expect(await t.reply('backup.restore', { file: tampered, passphrase: '正确的密码123' })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_WRONG' } })
    expect(await t.reply('backup.restore', { file: made.path })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'passphrase' } })
    expect(await dump(t)).toBe(withLater)

    const restored = await t.call('backup.restore', { file: made.path, passphrase: '正确的密码123' })
    expect(restored.migrated).toBe(false)
    expect(await orgNames(t)).toEqual(['木棠镇联合工会'])
    const last = await sql<{ method: string; input_json: string }>`select method, input_json from audit_log order by seq desc limit 1`.execute(t.core.db)
    expect(last.rows[0]?.method).toBe('backup.restore')
    expect(last.rows[0]?.input_json).not.toContain('正确的密码123')
    // The same core object carries on, on the restored file: the next write works.
    await t.call('orgs.save', union('恢复后新加的工会'))
    expect(await orgNames(t)).toEqual(['恢复后新加的工会', '木棠镇联合工会'])
    expect(await scalar(restored.keptCopy, "select count(*) from org where name = '后来加的工会'")).toBe(1)
    expect((await listBackups(t.dir)).map((b) => b.kind)).toContain('prerestore')
    expect(existsSync(`${t.core.dbPath}.restoring`)).toBe(false)
  })

  it('refuses what is not a UnionDesk database, a damaged file and a newer version, changing nothing', async () => {
    const text = join(out, 'notes.db')
    writeFileSync(text, '这不是数据库')
    const otherApp = join(out, 'other.db')
    const other = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(otherApp, { create: true })) })
    await sql`create table kysely_migration (name text, timestamp text)`.execute(other)
    await sql`insert into kysely_migration values ('0001_profile', '')`.execute(other)
    await sql`pragma application_id = 1234`.execute(other)
    await other.destroy()
    const noSchema = join(out, 'plain.db')
    const plain = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(noSchema, { create: true })) })
    await sql`create table t (x)`.execute(plain)
    await plain.destroy()

    const newer = (await t.call('backup.create', { out: join(out, 'newer.db') })).path
    const w = await rawDb(newer)
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01T00:00:00.000Z')`.execute(w)
    await w.destroy()

    const damaged = (await t.call('backup.create', { out: join(out, 'damaged.db') })).path
    const pageBytes = Number(await scalar(damaged, 'pragma page_size'))
    const bytes = readFileSync(damaged)
    // Scramble the second page whole (the first holds the file header and the schema, which must stay readable): it
    // is the root of a table, so an invalid page type there is damage integrity_check must find.
    bytes.fill(0x5a, pageBytes, 2 * pageBytes)
    writeFileSync(damaged, bytes)

    const before = await dump(t)
    for (const [file, code] of [
      [text, 'NOT_A_BACKUP'],
      [otherApp, 'NOT_A_BACKUP'],
      [noSchema, 'NOT_A_BACKUP'],
      [newer, 'DB_FROM_NEWER_VERSION'],
      [damaged, 'DB_CORRUPT'],
      [join(out, 'missing.db'), 'FILE_UNREADABLE'],
      [out, 'FILE_UNREADABLE'],
    ] as const) {
      expect(await t.reply('backup.restore', { file }), file).toMatchObject({ ok: false, error: { code } })
    }
    expect(await dump(t)).toBe(before)
    expect((await listBackups(t.dir)).filter((b) => b.kind === 'prerestore')).toEqual([])
  })

  it('upgrades a backup from an older version on restore', async () => {
    const old = (await t.call('backup.create', { out: join(out, 'old.db') })).path
    const w = await rawDb(old)
    await sql`delete from kysely_migration where name = '0110_application_id'`.execute(w)
    await sql`pragma application_id = 0`.execute(w)
    await sql.raw(`pragma user_version = ${Number(await scalar(old, 'pragma user_version')) - 1}`).execute(w)
    await w.destroy()
    const r = await t.call('backup.restore', { file: old })
    expect(r.migrated).toBe(true)
    expect(await scalar(t.core.dbPath, 'pragma application_id')).toBe(UNIONDESK_APPLICATION_ID)
    expect(await orgNames(t)).toEqual(['木棠镇联合工会'])
  })

  it('restores a copy of a running database together with the commits still in its -wal', async () => {
    const copy = join(out, 'live.db')
    copyFileSync(t.core.dbPath, copy)
    copyFileSync(`${t.core.dbPath}-wal`, `${copy}-wal`)
    await t.call('orgs.save', union('复制后加的工会'))
    await t.call('backup.restore', { file: copy })
    expect(await orgNames(t)).toEqual(['木棠镇联合工会'])
  })

  it('takes absolute paths only: a relative one would land wherever the process runs', async () => {
    expect(await t.reply('backup.create', { out: '备份/' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'out' } })
    expect(await t.reply('backup.restore', { file: '../x.db' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file' } })
  })

  it('is for the administrator only', async () => {
    const made = await t.call('backup.create', { out: join(out, 'a.db') })
    expect(await t.reply('backup.restore', { file: made.path }, 'clerk')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.reply('backup.create', { out: join(out, 'b.db') }, 'viewer')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('automatic backups', { timeout: 60_000 }, () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-auto-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const open = (dailyBackup: boolean) => openCore({ dbPath: join(dir, 'u.db'), dataDir: dir, log: memoryLogger(), dailyBackup })

  it('takes one backup a day when the app opens', async () => {
    await (await open(false)).close()
    expect(await listBackups(dir)).toEqual([])
    await (await open(true)).close()
    await (await open(true)).close()
    const backups = await listBackups(dir)
    expect(backups.map((b) => b.kind)).toEqual(['daily'])
    expect(await scalar(backups[0]?.path ?? '', 'pragma integrity_check')).toBe('ok')
  })

  it('backs up before a migration runs, and the copy is the database before the upgrade', async () => {
    await (await open(false)).close()
    const path = join(dir, 'u.db')
    const w = await rawDb(path)
    await sql`delete from kysely_migration where name = '0110_application_id'`.execute(w)
    await sql`pragma application_id = 0`.execute(w)
    await w.destroy()
    await (await open(false)).close()
    const [copy, ...more] = await listBackups(dir)
    expect(more).toEqual([])
    expect(copy?.kind).toBe('premigration')
    expect(await scalar(copy?.path ?? '', "select count(*) from kysely_migration where name = '0110_application_id'")).toBe(0)
    expect(await scalar(path, "select count(*) from kysely_migration where name = '0110_application_id'")).toBe(1)
    // Nothing was due at the next open: no second copy.
    await (await open(false)).close()
    expect(await listBackups(dir)).toHaveLength(1)
  })
})

/** A real full disk is a small tmpfs, which only root can mount (as in CI and here). */
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0

describe('a backup onto a full disk', () => {
  it.runIf(canMount)('says so in Chinese, leaves no half file, and the database works on', async () => {
    const t = await createTestCore({ file: true })
    const stick = mkdtempSync(join(tmpdir(), 'uniondesk-stick-'))
    try {
      await t.call('demo.load', { members: 3000, seed: 1 })
      const before = await dump(t, /^audit_/)
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', stick]).status).toBe(0)
      for (const passphrase of [undefined, '一个足够长的密码']) {
        const r = await t.reply('backup.create', { out: `${stick}/`, ...(passphrase ? { passphrase } : {}) })
        expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') } })
        expect(readdirSync(stick)).toEqual([])
      }
      expect(await dump(t, /^audit_/)).toBe(before)
      await t.call('orgs.save', union('之后照常保存'))
    } finally {
      spawnSync('umount', [stick])
      rmSync(stick, { recursive: true, force: true })
      await t.close()
    }
  })
})
