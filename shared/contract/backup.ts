import { z } from 'zod'
import { returns, type ContractSection } from './types'

/** daily: taken when the app opens (once a day, rotated); premigration: before an upgrade; prerestore: before a restore. */
export type BackupKind = 'daily' | 'premigration' | 'prerestore'

export interface BackupEntry {
  fileName: string
  /** Where it is on this machine, to copy it or restore from it. */
  path: string
  kind: BackupKind
  /** When it was taken (UTC ISO instant). */
  at: string
  bytes: number
}

export interface BackupOverview {
  /** The data folder's backups folder. */
  folder: string
  /** The newest automatic backup, or null when there is none yet. */
  lastBackupAt: string | null
  /** Newest first. */
  backups: BackupEntry[]
}

export interface ManualBackup {
  path: string
  bytes: number
  encrypted: boolean
  at: string
}

export interface RestoreResult {
  restoredFrom: string
  /** The copy of the database as it was just before the restore (in the backups folder). */
  keptCopy: string
  /** The backup was from an older version and was upgraded to this program's data structure. */
  migrated: boolean
  schemaVersion: string
}

const passphrase = z.string().min(8, '至少 8 个字符').max(200)
// Absolute only (/…, C:\…, \\server\…): a relative path would land wherever the server or app process happens to run.
const path = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: '应为完整路径（如 /media/U盘/备份 或 E:\\备份）' })

export const backupContract = {
  'backup.list': {
    input: z.object({}),
    labels: {},
    result: returns<BackupOverview>(),
    permission: 'system.admin',
    writes: false,
  },
  'backup.create': {
    // `out` is a file, or a folder (existing, or ending in / or \) to put a file named by the date in.
    input: z.object({ out: path, passphrase: passphrase.optional() }),
    labels: { out: '备份位置', passphrase: '备份密码' },
    result: returns<ManualBackup>(),
    permission: 'system.admin',
    // A copy of the whole register leaving the machine: audited (who, where to, encrypted or not) like any export. The
    // audit row commits first and the copy is taken after, on the read connection, so no write lock is held meanwhile.
    writes: true,
    secret: ['passphrase'],
  },
  'backup.restore': {
    input: z.object({ file: path, passphrase: passphrase.optional() }),
    labels: { file: '备份文件', passphrase: '备份密码' },
    result: returns<RestoreResult>(),
    // Not one transaction: the database file itself is replaced while the core has it closed (see core/backup/restore.ts).
    permission: 'system.admin',
    writes: false,
    secret: ['passphrase'],
  },
} satisfies ContractSection<'backup'>
