import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { Kysely, sql } from 'kysely'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import { AppError } from '../../../shared/errors'
import { migrations } from './migrations/index'
import type { Database, Db } from './schema/index'
import { openSqliteFile, Sqlite3Dialect } from './sqlite3-dialect'

const provider: MigrationProvider = { getMigrations: async () => migrations }
const knownNames = Object.keys(migrations).sort()

/** The schema version this program writes: the name of its newest migration. */
export const schemaVersion = knownNames[knownNames.length - 1] ?? 'none'

export interface OpenOptions {
  /** A file path, or ':memory:' for tests. */
  path: string
}

/** The file system's or SQLite's reason in the clerk's words (their own are English codes). */
function openFailureReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''
  if (code === 'EACCES' || code === 'EPERM') return '没有权限，请换一个文件夹或以有权限的账户运行'
  if (code === 'ENOTDIR' || code === 'EEXIST') return '路径中有同名文件，无法建立文件夹'
  if (code === 'EROFS') return '所在磁盘只读'
  if (code === 'SQLITE_BUSY') return '文件正被其他程序使用'
  if (code === 'SQLITE_CANTOPEN') return '文件夹不存在、没有权限，或这是一个文件夹'
  return '文件无法打开'
}

export async function openDatabase({ path }: OpenOptions): Promise<Db> {
  const raw = await (async () => {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    return openSqliteFile(path)
  })().catch((err: unknown) => {
    throw new AppError('DB_UNREADABLE', `无法打开数据库文件 ${path}：${openFailureReason(err)}`)
  })
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) })
  try {
    await sql`pragma busy_timeout = 5000`.execute(db)
    await sql`pragma foreign_keys = on`.execute(db)
    if (path !== ':memory:') await sql`pragma journal_mode = wal`.execute(db)
    await sql`pragma synchronous = full`.execute(db)
    // 32 MB of page cache (default 2 MB): a bulk import or demo load touches every member index, and with the small
    // default SQLite spills dirty pages mid-transaction and re-reads them. More cache loads faster (256 MB: 200,000 demo
    // members ~15% faster) but counts fully against the 100,000-row import's 600 MB peak (64 MB: ~30 MB more at peak).
    await sql`pragma cache_size = -32768`.execute(db)
    await migrate(db)
    return db
  } catch (err) {
    await db.destroy()
    if (err instanceof AppError) throw err
    throw new AppError('DB_UNREADABLE', `数据库文件 ${path} 无法读取，可能不是本程序的数据库或已损坏`)
  }
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
  if (tables.rows.length === 0) return []
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
  return rows.rows.map((r) => r.name)
}

/**
 * Refuses a database written by a newer program before touching it: migrating it down or on top would damage data
 * the newer version relies on.
 */
async function migrate(db: Db): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !knownNames.includes(name))
  if (unknown.length > 0) {
    throw new AppError(
      'DB_FROM_NEWER_VERSION',
      `此数据库由更新版本的基层工会工作台创建（数据结构版本 ${unknown[unknown.length - 1]}），本程序只支持到 ${schemaVersion}。为保护数据，未做任何修改，请升级程序后再打开。`,
    )
  }
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知'
    throw new AppError('DB_UNREADABLE', `数据库升级失败（步骤 ${failed}），数据库保持原样：${error instanceof Error ? error.message : String(error)}`)
  }
  await sql.raw(`pragma user_version = ${knownNames.length}`).execute(db)
}
