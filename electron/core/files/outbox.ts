import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { GeneratedFile } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { safeFileName } from './safe-file-name'

/**
 * The outbox: `<dataDir>/outbox/<ref>/<file name>`, where generated files wait for their transport to deliver them.
 * A file is written under a temporary name beside the folder and renamed in only once it is complete and on disk, so
 * a ref that resolves always names a whole file.
 */

/** 24 random bytes in base64url: unguessable, and only letters, digits, - and _, so a ref can never name another path. */
const refPattern = /^[A-Za-z0-9_-]{32}$/
const dayMs = 24 * 60 * 60 * 1000

export function outboxDir(dataDir: string): string {
  return join(dataDir, 'outbox')
}

export function isOutboxRef(ref: string): boolean {
  return refPattern.test(ref)
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined
}

/** The generated file could not be written: the clerk's words, with the folder and the disk's reason (ENOSPC → full). */
function outboxUnwritable(dir: string, err: unknown): AppError {
  const code = errnoCode(err)
  const why = code === 'ENOSPC' ? '磁盘空间已满' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? '没有写入权限' : code === 'ENOTDIR' || code === 'EEXIST' ? '该位置有同名文件，不是文件夹' : '无法写入'
  return new AppError('FILE_UNWRITABLE', `无法生成文件：临时文件夹 ${dir} ${why}。数据库未做任何修改，请检查该文件夹后重试。`)
}

/** Writes `source` to the outbox as `fileName`: temporary name, fsync, then rename. A failed write leaves nothing. */
export async function writeOutboxFile(dataDir: string, fileName: string, source: Readable): Promise<GeneratedFile> {
  const dir = outboxDir(dataDir)
  try {
    await mkdir(dir, { recursive: true })
  } catch (err) {
    // The producer (a query paging through the register) must stop too, or it runs on against a closed database.
    source.destroy()
    throw outboxUnwritable(dir, err)
  }
  const ref = randomBytes(24).toString('base64url')
  const name = safeFileName(fileName)
  const partial = join(dir, `${ref}.part`)
  const final = join(dir, ref, name)
  try {
    // flush: fsync before close, so the bytes are on disk before the name says the file is whole.
    await pipeline(source, createWriteStream(partial, { flags: 'wx', flush: true, highWaterMark: 1 << 20 }))
    await mkdir(dirname(final))
    await rename(partial, final)
  } catch (err) {
    await rm(partial, { force: true })
    await rm(join(dir, ref), { recursive: true, force: true })
    throw err instanceof AppError || errnoCode(err) === undefined ? err : outboxUnwritable(dir, err)
  }
  return { ref, fileName: name, bytes: (await stat(final)).size }
}

export interface OutboxFile {
  ref: string
  path: string
  fileName: string
  bytes: number
}

/** The file a ref names, or null when the ref is malformed, unknown, already delivered or swept. */
export async function findOutboxFile(dataDir: string, ref: string): Promise<OutboxFile | null> {
  if (!isOutboxRef(ref)) return null
  const dir = join(outboxDir(dataDir), ref)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null
    throw err
  }
  const name = names[0]
  if (names.length !== 1 || name === undefined) return null
  const path = join(dir, name)
  return { ref, path, fileName: name, bytes: (await stat(path)).size }
}

export async function removeOutboxFile(dataDir: string, ref: string): Promise<void> {
  if (isOutboxRef(ref)) await rm(join(outboxDir(dataDir), ref), { recursive: true, force: true })
}

/**
 * Moves a generated file to a path the user chose (the CLI's --out). Across disks (a USB stick) it is copied beside
 * the destination and renamed over it, so the destination never holds half a file.
 */
export async function moveOutboxFile(dataDir: string, ref: string, dest: string): Promise<void> {
  const file = await findOutboxFile(dataDir, ref)
  if (!file) throw new AppError('NOT_FOUND', '生成的文件已不存在（已取走或已过期），请重新生成')
  await mkdir(dirname(dest), { recursive: true })
  try {
    await rename(file.path, dest)
  } catch (err) {
    if (errnoCode(err) !== 'EXDEV') throw err
    const partial = `${dest}.${randomBytes(6).toString('hex')}.part`
    try {
      await copyFile(file.path, partial)
      const handle = await open(partial, 'r+')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(partial, dest)
    } catch (copyErr) {
      await rm(partial, { force: true })
      throw copyErr
    }
  }
  await removeOutboxFile(dataDir, ref)
}

/**
 * Removes what was never collected (a download abandoned, `uniondesk call` printing only the ref, a crash mid-write)
 * once it is older than a day, so exported personal data does not pile up in the data folder.
 */
export async function sweepOutbox(dataDir: string, now: string, maxAgeMs = dayMs): Promise<number> {
  const dir = outboxDir(dataDir)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return 0
    throw err
  }
  const cutoff = Date.parse(now) - maxAgeMs
  let removed = 0
  for (const name of names) {
    const path = join(dir, name)
    if ((await stat(path)).mtimeMs < cutoff) {
      await rm(path, { recursive: true, force: true })
      removed++
    }
  }
  return removed
}

const contentTypes: Readonly<Record<string, string>> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
}

/**
 * Headers for handing the file to a browser as a download. The name goes twice: an ASCII fallback and the real
 * (Chinese) name as RFC 5987 `filename*`, which every current browser prefers.
 */
export function downloadHeaders(file: Pick<OutboxFile, 'fileName' | 'bytes'>): Record<string, string> {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_')
  const encoded = encodeURIComponent(file.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return {
    'Content-Type': contentTypes[extname(file.fileName).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(file.bytes),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
  }
}
