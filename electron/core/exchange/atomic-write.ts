import { randomBytes } from 'node:crypto'
import { link, mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppError } from '../../../shared/errors'

export function errnoOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : ''
}

/** A file that could not be written, in the clerk's words: the place and the disk's reason. */
export function unwritable(dest: string, err: unknown): AppError {
  const code = errnoOf(err)
  if (code === 'ENOSPC') return new AppError('DISK_FULL', `无法写入 ${dest}：所在磁盘空间已满，请清理磁盘或换一个位置后重试`)
  const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? '没有写入权限' : code === 'ENOTDIR' ? '上级路径不是文件夹' : '无法写入'
  return new AppError('FILE_UNWRITABLE', `无法写入 ${dest}：${why}，请换一个位置后重试`)
}

export interface AtomicWriteOptions {
  /** File mode of the new file (e.g. 0o600 for a private key); ignored by Windows. */
  mode?: number
  /**
   * Never replace an existing `dest`: the whole file is linked into place, which fails with EEXIST when another
   * process got there first (a rename would silently overwrite it, and with it a key already handed out).
   */
  exclusive?: boolean
}

/**
 * Writes `bytes` to `dest` so that `dest` is either absent or whole: a temporary file beside it, fsync, then one
 * rename (or link). A USB stick pulled mid-write leaves at most a `.part` file, never a `dest` that looks complete.
 * (Backup's snapshot does the same for a VACUUM INTO; that folder is being reworked, so it is not folded in here yet.)
 */
export async function writeFileAtomic(dest: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const part = `${dest}.${randomBytes(6).toString('hex')}.part`
  // Only a temporary file that was made is removed; removing one that never was could fail and hide the real reason.
  let made = false
  try {
    await mkdir(dirname(dest), { recursive: true })
    const handle = await open(part, 'wx', options.mode ?? 0o666)
    made = true
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.exclusive) {
      await link(part, dest)
      await rm(part, { force: true })
    } else {
      await rename(part, dest)
    }
  } catch (err) {
    if (made) await rm(part, { force: true })
    if (err instanceof AppError || (options.exclusive && errnoOf(err) === 'EEXIST')) throw err
    throw unwritable(dest, err)
  }
}
