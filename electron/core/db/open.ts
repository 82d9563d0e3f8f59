import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { Kysely, sql } from 'kysely'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import { AppError } from '../../../shared/errors'
import { dbMessages, isBusy, isDiskFull } from './constraint-errors'
import { checkedOn, markChecked } from './integrity'
import { migrations } from './migrations/index'
import { syncChangeTriggers } from './change-triggers'
import type { Database, Db } from './schema/index'
import { openSqliteFile, Sqlite3Dialect, type SqliteOpenMode } from './sqlite3-dialect'

const provider: MigrationProvider = { getMigrations: async () => migrations }
const knownNames = Object.keys(migrations).sort()

/** The schema version this program writes: the name of its newest migration. */
export const schemaVersion = knownNames[knownNames.length - 1] ?? 'none'

/**
 * How long a write waits for another process's write (an import in the CLI, a batch payment in another window) before
 * it gives up with DB_BUSY. SQLite's busy handler retries with growing sleeps (up to 100 ms) on a worker thread, so the
 * event loop and the renderer stay responsive meanwhile.
 */
export const defaultBusyTimeoutMs = 30_000

export interface OpenOptions {
  /** A file path, or ':memory:' for tests. */
  path: string
  /** false: a missing file is a mistyped path and is refused (the CLI's commands other than init). Default true. */
  create?: boolean
  /** Open without writing anything. Chosen by itself when the file or its folder cannot be written. */
  readOnly?: boolean
  busyTimeoutMs?: number
  /** The office's calendar day, for the once-a-day integrity check; without it the check runs at every open. */
  today?: string
  /** Runs before migrations that will run on a database that has data (the pre-upgrade backup); a throw stops the open. */
  beforeMigrate?: (db: Db) => Promise<void>
}

export interface OpenedDatabase {
  /** The connection writes (and the migrations) go through. */
  db: Db
  /**
   * A second, read-only connection for calls that do not write: with WAL it reads the last committed state while a long
   * write (an import, a batch payment) holds `db`, instead of queueing behind it. The same as `db` for ':memory:' and
   * for a read-only file.
   */
  readDb: Db
  readOnly: boolean
  close(): Promise<void>
}

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''
}

/** The file system's or SQLite's reason in the clerk's words (their own are English codes). */
function openFailureReason(err: unknown): string {
  const code = errCode(err)
  if (code === 'EACCES' || code === 'EPERM') return '没有权限，请换一个文件夹或以有权限的账户运行'
  if (code === 'ENOTDIR' || code === 'EEXIST') return '路径中有同名文件，无法建立文件夹'
  if (code === 'ENOENT') return '无法在这个位置建立文件夹，请换一个文件夹'
  if (code === 'EROFS') return '所在磁盘只读'
  if (code === 'SQLITE_BUSY') return '文件正被其他程序使用'
  if (code === 'SQLITE_CANTOPEN') return '文件夹不存在、没有权限，或这是一个文件夹'
  return '文件无法打开'
}

/**
 * Makes the missing folders one level at a time. Node's recursive mkdir never returns where the OS refuses to create
 * anything, as under /proc, and a mistyped --db there hung the CLI.
 */
function makeFolders(dir: string): void {
  const missing: string[] = []
  let d = resolve(dir)
  for (; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d)
  if (existsSync(d) && !statSync(d).isDirectory()) throw Object.assign(new Error(`${d} is a file`), { code: 'ENOTDIR' })
  for (const m of missing) mkdirSync(m)
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** A file that exists but may not be written, or whose folder may not (SQLite needs it for the -wal and -shm files). */
function mustOpenReadOnly(path: string): boolean {
  return existsSync(path) && (!writable(path) || !writable(dirname(path)))
}

async function connect(path: string, mode: SqliteOpenMode & { create: boolean }): Promise<Db> {
  const raw = await (async () => {
    if (path !== ':memory:' && mode.create && !mode.readOnly) makeFolders(dirname(path))
    return openSqliteFile(path, mode)
  })().catch((err: unknown) => {
    throw new AppError('DB_UNREADABLE', `无法打开数据库文件 ${path}：${openFailureReason(err)}`)
  })
  return new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) })
}

/** The read-only way in: immutable (no -wal/-shm made, none left behind) unless a -wal holds commits not yet in the file. */
function readOnlyMode(path: string): SqliteOpenMode {
  const wal = `${path}-wal`
  const pendingWal = existsSync(wal) && statSync(wal).size > 0
  return { readOnly: true, immutable: !pendingWal }
}

/** Opens, checks and (only when due) migrates the database; the one connection, for tools and tests that need no second. */
export async function openDatabase(opts: OpenOptions): Promise<Db> {
  const opened = await openDatabases({ ...opts, withReadConnection: false })
  return opened.db
}

export async function openDatabases(opts: OpenOptions & { withReadConnection?: boolean }): Promise<OpenedDatabase> {
  const { path } = opts
  const memory = path === ':memory:'
  if (!memory && opts.create === false && !existsSync(path)) {
    throw new AppError('DB_NOT_FOUND', `找不到数据库文件 ${path}，请检查路径是否写错。新建数据库请用 uniondesk --db ${path} init --name 单位名称。`)
  }
  const readOnly = !memory && (opts.readOnly === true || mustOpenReadOnly(path))
  const db = await connect(path, readOnly ? { ...readOnlyMode(path), create: false } : { create: opts.create !== false })
  try {
    await prepare(db, { path, memory, readOnly, busyTimeoutMs: opts.busyTimeoutMs ?? defaultBusyTimeoutMs, today: opts.today, beforeMigrate: opts.beforeMigrate })
  } catch (err) {
    await db.destroy()
    throw openError(err, path)
  }
  if (memory || readOnly || opts.withReadConnection === false) return { db, readDb: db, readOnly, close: () => db.destroy() }
  let readDb: Db | undefined
  try {
    readDb = await connect(path, { readOnly: true, create: false })
    await sql.raw(`pragma busy_timeout = ${opts.busyTimeoutMs ?? defaultBusyTimeoutMs}`).execute(readDb)
    // The same page cache as the writer's (see prepare): lists and searches over a large register stay as warm as before.
    await sql`pragma cache_size = -32768`.execute(readDb)
  } catch (err) {
    await readDb?.destroy()
    await db.destroy()
    throw openError(err, path)
  }
  return {
    db,
    readDb,
    readOnly,
    close: async () => {
      // The reader first: the writer, closing last, checkpoints and removes the -wal and -shm files.
      await readDb.destroy()
      await db.destroy()
    },
  }
}

function openError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err
  if (isBusy(err)) return new AppError('DB_BUSY', dbMessages.busy)
  if (isDiskFull(err)) return new AppError('DISK_FULL', dbMessages.diskFull)
  if (errCode(err) === 'SQLITE_CORRUPT') return new AppError('DB_CORRUPT', dbMessages.corrupt(path))
  return new AppError('DB_UNREADABLE', `数据库文件 ${path} 无法读取，可能不是本程序的数据库或已损坏`)
}

interface Prepare {
  path: string
  memory: boolean
  readOnly: boolean
  busyTimeoutMs: number
  today: string | undefined
  beforeMigrate: ((db: Db) => Promise<void>) | undefined
}

/**
 * Everything before the first call. Nothing here writes unless something is really due: the schema is read first (a
 * plain read, which waits for nobody under WAL), a database from a newer program is refused before its journal mode
 * is touched, and the write lock is taken only to migrate.
 */
async function prepare(db: Db, p: Prepare): Promise<void> {
  await sql.raw(`pragma busy_timeout = ${p.busyTimeoutMs}`).execute(db)
  await sql`pragma foreign_keys = on`.execute(db)
  await sql`pragma synchronous = full`.execute(db)
  // 32 MB of page cache (default 2 MB): a bulk import or demo load touches every member index, and with the small
  // default SQLite spills dirty pages mid-transaction and re-reads them. More cache loads faster (256 MB: 200,000 demo
  // members ~15% faster) but counts fully against the 100,000-row import's 600 MB peak (64 MB: ~30 MB more at peak).
  await sql`pragma cache_size = -32768`.execute(db)
  const state = await schemaState(db)
  refuseNewer(state)
  if (!p.memory && state.applied.length > 0) await checkIntegrity(db, p)
  const due = knownNames.filter((n) => !state.applied.includes(n))
  const versionStale = state.userVersion !== knownNames.length
  if (p.readOnly) {
    if (due.length > 0) {
      throw new AppError('DB_READONLY', `数据库文件 ${p.path} 需要升级到本程序的数据结构，但它是只读的，无法升级。请把它复制到可写的文件夹后再打开。`)
    }
    return
  }
  if (!p.memory) {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db)
    if (mode.rows[0]?.journal_mode !== 'wal') await sql`pragma journal_mode = wal`.execute(db)
  }
  if (due.length > 0 && state.applied.length > 0 && p.beforeMigrate) await p.beforeMigrate(db)
  if (due.length > 0) await migrate(db)
  await syncChangeTriggers(db)
  if (due.length > 0 || versionStale) await sql.raw(`pragma user_version = ${knownNames.length}`).execute(db)
}

interface SchemaState {
  applied: string[]
  userVersion: number
}

async function schemaState(db: Db): Promise<SchemaState> {
  const version = await sql<{ user_version: number }>`pragma user_version`.execute(db)
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
  const applied = tables.rows.length === 0 ? [] : (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name)
  return { applied, userVersion: version.rows[0]?.user_version ?? 0 }
}

/**
 * Refuses a database written by a newer program before touching it: migrating it down or on top would damage data the
 * newer version relies on. Either sign is enough: a migration this program does not know, or a user_version above its own.
 */
function refuseNewer({ applied, userVersion }: SchemaState): void {
  const unknown = applied.filter((name) => !knownNames.includes(name))
  if (unknown.length === 0 && userVersion <= knownNames.length) return
  const theirs = unknown.length > 0 ? unknown[unknown.length - 1] : `第 ${userVersion} 版`
  throw new AppError(
    'DB_FROM_NEWER_VERSION',
    `此数据库由更新版本的基层工会工作台创建（数据结构版本 ${theirs}），本程序只支持到 ${schemaVersion}。为保护数据，未做任何修改，请升级程序后再打开。`,
  )
}

/** quick_check reads every page: at the first open of the office's day, or at every open when no day is known. */
async function checkIntegrity(db: Db, p: Prepare): Promise<void> {
  if (p.today !== undefined && checkedOn(p.path) === p.today) return
  const result = await sql<{ quick_check: string }>`pragma quick_check`.execute(db)
  const problems = result.rows.filter((r) => r.quick_check !== 'ok')
  if (problems.length > 0) throw new AppError('DB_CORRUPT', dbMessages.corrupt(p.path))
  if (p.today !== undefined) markChecked(p.path, p.today)
}

// Migrations are numbered by feature block (members 0001–0019, aid 0020–0039, print 0040–0059), so a database that
// already has 0042 may still be due a new 0007.
async function migrate(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest()
  if (!error) return
  if (isBusy(error)) throw new AppError('DB_BUSY', '数据库需要升级到本程序的数据结构，但它正被另一个窗口或命令使用，升级没有进行，数据保持原样。请关闭其他窗口和命令后重试。')
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知'
  throw new AppError('DB_UNREADABLE', `数据库升级失败（步骤 ${failed}），数据库保持原样：${error instanceof Error ? error.message : String(error)}`)
}
