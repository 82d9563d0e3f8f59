import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { backupsToKeep, defaultRotation, type RotationPolicy } from '../../../shared/backup/rotation'
import type { BackupEntry, BackupKind } from '../../../shared/contract/backup'
import { todayIn } from '../../../shared/dates'

/** `<dataDir>/backups/uniondesk-2026-12-02T09-30-00-000Z-daily.db`: the name alone says when and why, so no index file can drift. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

const kinds: readonly BackupKind[] = ['daily', 'premigration', 'prerestore']
const namePattern = /^uniondesk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.db$/

export function backupFileName(at: string, kind: BackupKind): string {
  return `uniondesk-${at.replace(/[:.]/g, '-')}-${kind}.db`
}

function parseName(name: string): { at: string; kind: BackupKind } | null {
  const m = namePattern.exec(name)
  const kind = kinds.find((k) => k === m?.[6])
  if (!m || !kind) return null
  return { at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, kind }
}

/** The backups in the folder, newest first; files that are not ours (or half-written `.part`s) are not listed. */
export async function listBackups(dataDir: string): Promise<BackupEntry[]> {
  const dir = backupsDir(dataDir)
  const names = await readdir(dir).catch((err: unknown) => {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return []
    throw err
  })
  const entries: BackupEntry[] = []
  for (const fileName of names) {
    const parsed = parseName(fileName)
    if (!parsed) continue
    const path = join(dir, fileName)
    entries.push({ fileName, path, ...parsed, bytes: (await stat(path)).size })
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

/** Upgrade and restore copies are few and each may be the only way back: the newest few of each are kept. */
const KEEP_SAFETY_COPIES = 5

/** Removes the daily backups the rotation lets go, and all but the newest few upgrade and restore copies. */
export async function rotateBackups(dataDir: string, policy: RotationPolicy = defaultRotation): Promise<string[]> {
  const all = await listBackups(dataDir)
  const daily = all.filter((b) => b.kind === 'daily')
  const keep = backupsToKeep(daily.map((b) => ({ name: b.fileName, at: b.at, day: todayIn(b.at) })), policy)
  const removed: string[] = []
  for (const kind of kinds) {
    const ofKind = all.filter((b) => b.kind === kind)
    for (const [i, b] of ofKind.entries()) {
      const goes = kind === 'daily' ? !keep.has(b.fileName) : i >= KEEP_SAFETY_COPIES
      if (!goes) continue
      await rm(b.path, { force: true })
      removed.push(b.fileName)
    }
  }
  return removed
}
