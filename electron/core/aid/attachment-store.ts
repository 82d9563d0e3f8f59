import { createHash } from 'node:crypto'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { WriteContext } from '../context'

// Scans live at <dataDir>/attachments/<sha256>: content-addressed, so the same scan attached again (a retry, or to
// another application) is stored once. A scan is first written whole under attachments/.staging/<id> while the call
// runs, and renamed to its name only after the call commits: a rolled-back call never leaves a scan under its name,
// and a scan under its name is always complete.

/** A staged scan older than this is left over from a call that rolled back or a process that stopped; it is removed. */
const STALE_MS = 60 * 60 * 1000

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments')
}

export interface StagedScan {
  /** After commit: puts the scan under its name. Throws when staging failed or the rename does; safe to repeat. */
  store(): Promise<void>
}

async function isStored(path: string, size: number): Promise<boolean> {
  const found = await stat(path).catch(() => null)
  return found !== null && found.isFile() && found.size === size
}

async function removeStale(staging: string, nowMs: number): Promise<void> {
  for (const name of await readdir(staging)) {
    const path = join(staging, name)
    const found = await stat(path).catch(() => null)
    if (found && nowMs - found.mtimeMs > STALE_MS) await rm(path, { force: true })
  }
}

/** Writes the bytes to disk and flushes them, so a rename after commit never publishes a partial scan. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Staging failed: the call still commits its row, and storing reports the cause after commit. */
function failed(err: unknown): StagedScan {
  return { store: () => Promise.reject(err instanceof Error ? err : new Error(String(err))) }
}

/**
 * Stages a scan during the call. A folder that cannot be written does not refuse the call: the attachment row still
 * lands, and `store()` rethrows the failure after commit, which the dispatcher answers as a warning with what to do.
 */
export async function stageScan(p: { dataDir: string; sha256: string; bytes: Uint8Array; tempName: string; now: string }): Promise<StagedScan> {
  const dir = attachmentsDir(p.dataDir)
  const final = join(dir, p.sha256)
  if (await isStored(final, p.bytes.length)) return { store: async () => undefined }
  const staging = join(dir, '.staging')
  const temp = join(staging, p.tempName)
  try {
    await mkdir(staging, { recursive: true })
    await removeStale(staging, Date.parse(p.now))
  } catch (err) {
    return failed(err)
  }
  try {
    await writeWhole(temp, p.bytes)
  } catch (err) {
    // A write that stopped half-way (a full disk) leaves no partial scan behind.
    await rm(temp, { force: true })
    return failed(err)
  }
  return {
    async store() {
      if (await isStored(final, p.bytes.length)) return rm(temp, { force: true })
      await rename(temp, final)
    },
  }
}

/**
 * An uploaded file as an attachment row records it (aid scans, contract texts): decoded, refused when empty, staged
 * under `id`, and stored under its hash once the call commits. If storing fails the row still stands and the call
 * warns, naming the file as `registeredAs` (e.g. 「材料」 or 集体合同「标题」) and saying that adding the same file
 * again only stores it.
 */
export async function receiveScan(
  ctx: WriteContext,
  p: { id: string; file: { fileName: string; contentBase64: string }; registeredAs: string },
): Promise<{ sha256: string; sizeBytes: number }> {
  const bytes = Buffer.from(p.file.contentBase64, 'base64')
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', '「文件」内容为空', { field: 'file' })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const scan = await stageScan({ dataDir: ctx.core.dataDir, sha256, bytes, tempName: p.id, now: ctx.now() })
  ctx.afterCommit(() => scan.store(), {
    code: 'FILE_NOT_STORED',
    message:
      `「${p.file.fileName}」已登记为${p.registeredAs}的附件，但文件未能存入附件文件夹 ${attachmentsDir(ctx.core.dataDir)}。` +
      '请检查该文件夹存在且可写入（不是同名文件、磁盘未满），然后再添加一次同一文件：不会重复登记，只补存文件。',
  })
  return { sha256, sizeBytes: bytes.length }
}
