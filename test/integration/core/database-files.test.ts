import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/db/open'
import { dispatch } from '../../../electron/core/dispatch'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { createTestAdmin } from '../../helpers/accounts'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { cliEnv } from '../members/cli-helpers'

const caller = { user: { name: '测试员', role: 'admin' as const }, transport: 'cli' as const }
const union = (name: string) => ({ name, type: '联合基层工会' as const })

/** Writes to a closed file with one plain connection, bypassing every check of the program. */
async function tamper(path: string, statement: string): Promise<void> {
  const { default: sqlite3 } = await import('sqlite3')
  await new Promise<void>((res, rej) => {
    const raw = new sqlite3.Database(path, (e) => {
      if (e) return rej(e)
      raw.exec(statement, (err) => raw.close(() => (err ? rej(err) : res())))
    })
  })
}

async function rootPages(path: string, tables: string[]): Promise<{ rootpage: number }[]> {
  const { default: sqlite3 } = await import('sqlite3')
  return new Promise((res, rej) => {
    const raw = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (e) => {
      if (e) return rej(e)
      raw.all(`select rootpage from sqlite_master where type = 'table' and name in (${tables.map(() => '?').join(',')})`, tables, (err, rows: { rootpage: number }[]) =>
        raw.close(() => (err ? rej(err) : res(rows))))
    })
  })
}

/** A database with some members, closed, journal mode as asked; the TestCore's folder stays for the test. */
async function closedDatabase(journal: 'wal' | 'delete', members = 0): Promise<{ t: TestCore; path: string }> {
  const t = await createTestCore({ file: true })
  if (members > 0) await t.call('demo.load', { members, seed: 3 })
  else await t.call('orgs.save', union('木棠镇联合工会'))
  await sql`pragma wal_checkpoint(truncate)`.execute(t.core.db)
  await t.core.close()
  t.core.close = async () => {}
  // Leaving WAL needs the file to itself: done once the program's own connections are closed.
  if (journal === 'delete') await tamper(t.core.dbPath, 'pragma journal_mode = delete')
  return { t, path: t.core.dbPath }
}

const sideFiles = (path: string) => readdirSync(join(path, '..')).filter((f) => f.endsWith('-wal') || f.endsWith('-shm') || f.endsWith('-journal'))

describe('a database from a newer program is refused and left byte for byte as it was', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  for (const journal of ['wal', 'delete'] as const) {
    it(`user_version above ours (${journal} journal)`, async () => {
      const made = await closedDatabase(journal)
      t = made.t
      await tamper(made.path, 'pragma user_version = 999')
      const before = readFileSync(made.path)
      await expect(openDatabase({ path: made.path })).rejects.toMatchObject({ code: 'DB_FROM_NEWER_VERSION' })
      expect(readFileSync(made.path).equals(before)).toBe(true)
      expect(sideFiles(made.path)).toEqual([])
    })
  }

  it('a future migration row in a rollback-journal database is not switched to WAL first', async () => {
    const made = await closedDatabase('delete')
    t = made.t
    await tamper(made.path, "insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01T00:00:00.000Z')")
    const before = readFileSync(made.path)
    await expect(openDatabase({ path: made.path })).rejects.toMatchObject({ code: 'DB_FROM_NEWER_VERSION' })
    expect(readFileSync(made.path).equals(before)).toBe(true)
    expect(sideFiles(made.path)).toEqual([])
  })
})

describe('a read-only database file or folder', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  // Tests run as root, whom chmod does not stop; the read-only way in is chosen when access(W_OK) fails, and forced here.
  it('lists and exports read-only, refuses writes as read-only, leaves no -wal or -shm behind', async () => {
    const made = await closedDatabase('wal', 40)
    t = made.t
    const before = readFileSync(made.path)
    const core = await openCore({ dbPath: made.path, dataDir: made.t.dir, readOnly: true, log: memoryLogger() })
    try {
      const list = await dispatch(core, caller, 'members.list', { pageSize: 5 })
      expect(list).toMatchObject({ ok: true, result: { total: 40 } })
      const exported = await dispatch(core, caller, 'members.export', { kind: 'full' })
      expect(exported.ok).toBe(true)
      const write = await dispatch(core, caller, 'orgs.save', union('新的工会'))
      expect(write).toMatchObject({ ok: false, error: { code: 'DB_READONLY' } })
      if (!write.ok) expect(write.error.message).toContain(made.path)
      expect(sideFiles(made.path)).toEqual([])
    } finally {
      await core.close()
    }
    expect(sideFiles(made.path)).toEqual([])
    expect(readFileSync(made.path).equals(before)).toBe(true)
  })
})

/** Root passes every permission check; a user who may not write is played by nobody (setpriv, where we are root). */
const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0

describe('a database that the user may not write (spawned CLI as nobody)', { timeout: 180_000 }, () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  it.runIf(asNobody)('is opened read-only by itself: lists and exports work, writes say read-only, nothing is left behind', async () => {
    const made = await closedDatabase('wal', 12)
    t = made.t
    // Spawned commands sign in; a read-only file could not take the first sign-in's administrator, so it gets one now.
    const owner = await openCore({ dbPath: made.path, dataDir: made.t.dir, log: memoryLogger() })
    await createTestAdmin(owner)
    await sql`pragma wal_checkpoint(truncate)`.execute(owner.db)
    await owner.close()
    const { chmodSync } = await import('node:fs')
    chmodSync(made.t.dir, 0o755)
    chmodSync(made.path, 0o644)
    const out = mkdtempSync(join(tmpdir(), 'uniondesk-out-'))
    chmodSync(out, 0o777)
    const before = readFileSync(made.path)
    const nobody = (...args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, resolve('bin/uniondesk.mjs'), '--db', made.path, ...args], {
        encoding: 'utf8',
        timeout: 90_000,
        env: cliEnv({ HOME: out }),
      })
    try {
      const list = nobody('members', 'list', '--limit', '5', '--json')
      expect(list.stderr).toBe('')
      expect(JSON.parse(list.stdout)).toHaveLength(5)
      const exported = nobody('members', 'export', join(out, '名册.xlsx'), '--format', 'full')
      expect(exported.stderr).toBe('')
      expect(exported.status).toBe(0)
      expect(existsSync(join(out, '名册.xlsx'))).toBe(true)
      const write = nobody('orgs', 'add', '--name', '新的工会')
      expect(write.status).toBe(1)
      expect(write.stderr).toContain(`数据库文件 ${made.path} 是只读的`)
      expect(sideFiles(made.path)).toEqual([])
      expect(readFileSync(made.path).equals(before)).toBe(true)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

describe('a damaged database (valid header, damaged pages)', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  async function damaged(): Promise<string> {
    const made = await closedDatabase('wal', 300)
    t = made.t
    // Garbage over the root pages of the tables the calls read; the schema pages stay intact, so the file still opens.
    // Found from the schema rather than by position, since every new table moves where the rest of the file lands.
    const roots = await rootPages(made.path, ['member', 'org'])
    const fd = openSync(made.path, 'r+')
    const junk = Buffer.alloc(4096, 0xa5)
    for (const { rootpage } of roots) writeSync(fd, junk, 0, junk.length, (rootpage - 1) * 4096)
    closeSync(fd)
    return made.path
  }

  it('is found by the integrity check at open and refused in Chinese with the way to restore', async () => {
    const path = await damaged()
    const opened = openCore({ dbPath: path, dataDir: join(path, '..'), log: memoryLogger() })
    await expect(opened).rejects.toMatchObject({ code: 'DB_CORRUPT' })
    await expect(opened).rejects.toThrow(/已损坏.*备份/)
  })

  it('met by a call on a day already checked: DB_CORRUPT (not 系统内部错误), and the next open checks again', async () => {
    const path = await damaged()
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    const mark = join(path, '..', '.test.db.checked')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(mark, `${today}\n`)
    const log = memoryLogger()
    const core = await openCore({ dbPath: path, dataDir: join(path, '..'), log })
    try {
      const replies = [
        await dispatch(core, caller, 'members.list', { pageSize: 200, sort: 'name' }),
        await dispatch(core, caller, 'members.search', { q: '王' }),
        await dispatch(core, caller, 'orgs.list', {}),
      ]
      const failed = replies.filter((r) => !r.ok)
      expect(failed.length).toBeGreaterThan(0)
      for (const r of failed) expect(r).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } })
    } finally {
      await core.close()
    }
    expect(existsSync(mark)).toBe(false)
    await expect(openCore({ dbPath: path, dataDir: join(path, '..'), log })).rejects.toMatchObject({ code: 'DB_CORRUPT' })
  })
})

/** A real full disk is a 2 MB tmpfs, which only root can mount (as in CI); elsewhere this test cannot set itself up. */
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0

function withTinyDisk<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-full-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir])
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`mount: ${mounted.stderr.toString()}`)
  }
  return use(dir).finally(() => {
    spawnSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
  })
}

describe('a full disk', () => {
  // SQLite rolls the transaction back by itself on a full disk; the ROLLBACK that followed failed, and that second
  // error (then the log, on the same full disk) reached the clerk as 系统内部错误（…），且无法写入日志.
  it.runIf(canMount)('answers DISK_FULL in Chinese and leaves the database as it was', () =>
    withTinyDisk(async (dir) => {
      const core = await openCore({ dbPath: join(dir, 'full.db') })
      try {
        expect(await dispatch(core, caller, 'orgs.save', union('木棠镇联合工会'))).toMatchObject({ ok: true })
        const before = JSON.stringify(await sql`select * from org`.execute(core.db))
        const r = await dispatch(core, caller, 'demo.load', { members: 20_000, seed: 1 })
        expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') } })
        expect(JSON.stringify(await sql`select * from org`.execute(core.db))).toBe(before)
        const members = await sql<{ n: number }>`select count(*) as n from member`.execute(core.db)
        expect(members.rows[0]?.n).toBe(0)
      } finally {
        await core.close()
      }
    }),
  )
})

describe('--db naming a file that does not exist (spawned CLI)', { timeout: 180_000 }, () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('bin/uniondesk.mjs'), ...args], { encoding: 'utf8', timeout: 90_000, env: cliEnv() })

  it('every command but init refuses it, naming the path, and creates nothing', async () => {
    t = await createTestCore()
    const typo = join(t.dir, '工会数据', 'uniondesk.db')
    const r = cli('--db', typo, 'members', 'list', '--json')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`找不到数据库文件 ${typo}`)
    expect(existsSync(join(t.dir, '工会数据'))).toBe(false)
    const init = cli('--db', typo, 'init', '--name', '木棠镇总工会')
    expect(init.status).toBe(0)
    expect(existsSync(typo)).toBe(true)
  })

  it('a path the OS cannot create (/proc/…) ends at once with a message', () => {
    const r = cli('--db', '/proc/uniondesk-x/y.db', 'init', '--name', '木棠镇总工会')
    expect(r.signal).toBeNull()
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('无法打开数据库文件 /proc/uniondesk-x/y.db')
  })
})
