import { mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { sql } from 'kysely'
import { AppError } from '../../../shared/errors'
import type { Db } from '../db/schema/index'

function errno(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : ''
}

/** A backup that could not be written, in the clerk's words; the database itself is untouched by a failed backup. */
export function backupWriteError(dest: string, err: unknown): AppError {
  const code = errno(err)
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new AppError('DISK_FULL', `备份没有完成：${dirname(dest)} 所在磁盘空间已满。数据库未受影响，请清理磁盘或换一个位置后重试。`)
  }
  const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' ? '没有写入权限' : code === 'SQLITE_CANTOPEN' || code === 'ENOENT' ? '无法在该位置建立文件' : '无法写入'
  return new AppError('FILE_UNWRITABLE', `备份没有完成：${dest} ${why}。数据库未受影响，请换一个位置后重试。`)
}

/**
 * Writes a consistent copy of the database to `dest` with `VACUUM INTO`: one read transaction, so it sees the last
 * commit even while another window or command is writing (WAL readers never wait), and the copy is compact and has no
 * -wal beside it. It goes to `dest.part` first and is renamed once whole, so `dest` is never a half backup.
 */
export async function snapshotTo(db: Db, dest: string): Promise<void> {
  const part = `${dest}.part`
  try {
    await mkdir(dirname(dest), { recursive: true })
    await rm(part, { force: true })
    await sql`vacuum into ${part}`.execute(db)
    await syncFile(part)
    await rename(part, dest)
  } catch (err) {
    await rm(part, { force: true })
    throw err instanceof AppError ? err : backupWriteError(dest, err)
  }
}

/** On disk before the name says the backup is whole (a USB stick pulled right after must not hold half a file). */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
