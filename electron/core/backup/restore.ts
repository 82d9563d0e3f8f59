import { copyFile, open, rename, rm, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { Kysely, sql } from 'kysely'
import type { RestoreResult } from '../../../shared/contract/backup'
import { AppError } from '../../../shared/errors'
import type { Core } from '../context'
import { forgetChecked } from '../db/integrity'
import { openDatabases, schemaVersion } from '../db/open'
import type { Database } from '../db/schema/index'
import { openSqliteFile, Sqlite3Dialect } from '../db/sqlite3-dialect'
import { decryptFile, isEncryptedBackup } from './encrypted'
import { fileStartsWith } from './file-magic'
import { takeAutomaticBackup } from './service'

/** "UDK1", set by migration 0110; a database from before it has 0, and is recognised by its migration table instead. */
export const UNIONDESK_APPLICATION_ID = 0x55444b31
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

const notOurs = (file: string, why: string) =>
  new AppError('NOT_A_BACKUP', `「${file}」不是基层工会工作台的数据库或备份（${why}），未恢复，数据库未做任何修改。`, { field: 'file' })


/** Puts a plain copy of the backup at `staging`: decrypted when it is encrypted, copied when it is a database file. */
async function stage(file: string, staging: string, passphrase: string | undefined): Promise<void> {
  // A folder opens like a file on Linux and fails only when read (EISDIR, a 系统内部错误 found by the fuzz test).
  const isFile = (await stat(file).catch(() => null))?.isFile() === true
  const readable = isFile && (await open(file, 'r').then((h) => h.close()).then(() => true, () => false))
  if (!readable) throw new AppError('FILE_UNREADABLE', `无法读取备份文件「${file}」：${isFile ? '没有权限' : '文件不存在或不是文件'}。数据库未做任何修改。`, { field: 'file' })
  if (await isEncryptedBackup(file)) {
    if (passphrase === undefined) throw new AppError('INVALID_INPUT', '这个备份已加密，请输入备份密码。数据库未做任何修改。', { field: 'passphrase' })
    await decryptFile(file, staging, passphrase)
  } else {
    if (!(await fileStartsWith(file, SQLITE_MAGIC))) throw notOurs(file, '不是数据库文件')
    await copyFile(file, staging)
    // A database copied from a running app may have its latest commits still in the -wal beside it: they come along
    // and are folded into the copy, instead of a restore that silently lacks them.
    if ((await stat(`${file}-wal`).catch(() => null))?.size) {
      await copyFile(`${file}-wal`, `${staging}-wal`)
      await foldWal(file, staging)
    }
  }
}

async function foldWal(file: string, staging: string): Promise<void> {
  const raw = await openSqliteFile(staging, { create: false }).catch(() => {
    throw notOurs(file, '无法作为数据库打开')
  })
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) })
  try {
    await sql`pragma wal_checkpoint(truncate)`.execute(db).catch(() => {
      throw notOurs(file, '无法作为数据库读取')
    })
  } finally {
    await db.destroy()
  }
}

/**
 * Whole-file check of the staged copy, read-only: every page (`integrity_check`, not the quicker check at open), then
 * that it is ours — the application id of migration 0110, or, before it, our migration table with our first migration.
 */
async function inspect(file: string, staging: string): Promise<void> {
  const raw = await openSqliteFile(staging, { readOnly: true, create: false }).catch(() => {
    throw notOurs(file, '无法作为数据库打开')
  })
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) })
  try {
    const damaged = new AppError('DB_CORRUPT', `备份文件「${file}」已损坏（完整性检查未通过），未恢复，数据库未做任何修改。请换一个备份。`, { field: 'file' })
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db).catch((err: unknown) => {
      // Damage bad enough that the check itself stops is still damage; anything else means it is no database at all.
      throw err instanceof Error && 'code' in err && err.code === 'SQLITE_CORRUPT' ? damaged : notOurs(file, '无法作为数据库读取')
    })
    if (check.rows.some((r) => r.integrity_check !== 'ok')) throw damaged
    const appId = (await sql<{ application_id: number }>`pragma application_id`.execute(db)).rows[0]?.application_id ?? 0
    if (appId !== 0 && appId !== UNIONDESK_APPLICATION_ID) throw notOurs(file, '是其他软件的数据库')
    const table = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
    const first = (table.rows[0]?.n ?? 0) > 0 ? await sql<{ n: number }>`select count(*) as n from kysely_migration where name = '0001_profile'`.execute(db) : null
    if ((first?.rows[0]?.n ?? 0) === 0) throw notOurs(file, '没有本程序的数据结构')
  } finally {
    await db.destroy()
  }
}

/**
 * Brings the staged copy to this program's data structure: the same open as every start, so a backup from a newer
 * program is refused (DB_FROM_NEWER_VERSION) and an older one is migrated, on the copy, before anything is swapped.
 */
async function upgrade(staging: string): Promise<boolean> {
  const before = await readApplied(staging)
  const opened = await openDatabases({ path: staging, create: false, withReadConnection: false })
  await opened.close()
  return (await readApplied(staging)) !== before
}

async function readApplied(path: string): Promise<number> {
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(path, { readOnly: true, create: false })) })
  try {
    return (await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db)).rows[0]?.n ?? 0
  } finally {
    await db.destroy()
  }
}

/**
 * Restores a backup over the open database. Everything that can refuse happens on a copy first (decrypt, integrity,
 * "is it ours", upgrade); then the current database is kept in the backups folder, the core's connections are closed,
 * the copy is renamed over the file (atomic: the file is always the old or the new database, never half of one) and
 * the core reopens on it in place, so every transport carries on with the same core object.
 *
 * Another window or command that has the file open would keep writing to the replaced file: its -wal left after our
 * close shows it is there, and the restore is refused before the swap.
 */
export async function restoreBackup(core: Core, p: { file: string; passphrase?: string | undefined }): Promise<RestoreResult> {
  if (core.readOnly) throw new AppError('DB_READONLY', `数据库文件 ${core.dbPath} 是只读的，无法恢复到它。`)
  if (core.dbPath === ':memory:') throw new AppError('INVALID_INPUT', '内存数据库不能恢复备份')
  const staging = `${core.dbPath}.restoring`
  await rm(staging, { force: true })
  let migrated: boolean
  try {
    await stage(p.file, staging, p.passphrase)
    await inspect(p.file, staging)
    migrated = await upgrade(staging)
  } catch (err) {
    await rm(staging, { force: true })
    await rm(`${staging}-wal`, { force: true })
    await rm(`${staging}-shm`, { force: true })
    throw err
  }
  const keptCopy = await takeAutomaticBackup(core.db, core.dataDir, core.now(), 'prerestore')
  await core.close()
  try {
    if (existsSync(`${core.dbPath}-wal`)) {
      throw new AppError('DB_BUSY', '另一个窗口或命令正在使用这个数据库，未恢复，数据库未做任何修改。请关闭其他窗口和命令后重试。')
    }
    forgetChecked(core.dbPath)
    await rename(staging, core.dbPath)
  } finally {
    // The staging copy's side files (left by the read-only inspection; its writes were checkpointed when the upgrade
    // closed it) would otherwise sit beside the database for good.
    await reopen(core).finally(() => Promise.all([staging, `${staging}-wal`, `${staging}-shm`].map((f) => rm(f, { force: true }))))
  }
  return { restoredFrom: p.file, keptCopy, migrated, schemaVersion }
}

/** The core on its file again (the restored one, or the old one when the swap was refused). */
async function reopen(core: Core): Promise<void> {
  const opened = await openDatabases({ path: core.dbPath, create: false })
  core.db = opened.db
  core.readDb = opened.readDb
  core.close = () => opened.close()
}
