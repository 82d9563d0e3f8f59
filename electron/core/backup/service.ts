import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { BackupKind, BackupOverview, ManualBackup } from '../../../shared/contract/backup'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { Db } from '../db/schema/index'
import { encryptFile } from './encrypted'
import { backupFileName, backupsDir, listBackups, rotateBackups } from './folder'
import { backupWriteError, snapshotTo, syncFile } from './snapshot'

/** Takes an automatic backup of `kind` into the data folder's backups folder and rotates the folder. */
export async function takeAutomaticBackup(db: Db, dataDir: string, at: string, kind: BackupKind): Promise<string> {
  const dest = join(backupsDir(dataDir), backupFileName(at, kind))
  await snapshotTo(db, dest)
  await rotateBackups(dataDir)
  return dest
}

/** The once-a-day backup when the app opens: due when no daily backup was taken on the office's today. */
export async function dailyBackupIfDue(db: Db, dataDir: string, now: string): Promise<string | null> {
  const today = todayIn(now)
  const taken = (await listBackups(dataDir)).some((b) => b.kind === 'daily' && todayIn(b.at) === today)
  return taken ? null : takeAutomaticBackup(db, dataDir, now, 'daily')
}

export async function backupOverview(dataDir: string): Promise<BackupOverview> {
  const backups = await listBackups(dataDir)
  return { folder: backupsDir(dataDir), lastBackupAt: backups[0]?.at ?? null, backups }
}

async function isFolder(path: string): Promise<boolean> {
  const s = await stat(path).catch(() => null)
  return s?.isDirectory() === true
}

/** 基层工会工作台备份-20261202-173000.db (or .udbak when encrypted), in the office's time. */
function manualName(at: string, encrypted: boolean): string {
  const local = new Date(Date.parse(at) + 8 * 3600_000).toISOString()
  const stamp = `${local.slice(0, 10).replace(/-/g, '')}-${local.slice(11, 19).replace(/:/g, '')}`
  return `基层工会工作台备份-${stamp}.${encrypted ? 'udbak' : 'db'}`
}

/**
 * A backup to a place the clerk chose (a folder, a USB stick, a file name). With a passphrase the snapshot is taken to
 * the data folder first and only its ciphertext is written to the destination, so the plain register never touches
 * the stick.
 */
export async function createManualBackup(db: Db, dataDir: string, p: { out: string; passphrase?: string | undefined; at: string }): Promise<ManualBackup> {
  const encrypted = p.passphrase !== undefined
  const intoFolder = /[\\/]$/.test(p.out) || (await isFolder(p.out))
  const dest = intoFolder ? join(p.out, manualName(p.at, encrypted)) : p.out
  if (p.passphrase === undefined) {
    await snapshotTo(db, dest)
  } else {
    const plain = join(backupsDir(dataDir), `.manual-${randomBytes(8).toString('hex')}.db`)
    const part = `${dest}.part`
    try {
      await snapshotTo(db, plain)
      await mkdir(dirname(dest), { recursive: true })
      await rm(part, { force: true })
      await encryptFile(plain, part, p.passphrase)
      await syncFile(part)
      await rename(part, dest)
    } catch (err) {
      await rm(part, { force: true })
      throw err instanceof AppError ? err : backupWriteError(dest, err)
    } finally {
      await rm(plain, { force: true })
    }
  }
  return { path: dest, bytes: (await stat(dest)).size, encrypted, at: p.at }
}
