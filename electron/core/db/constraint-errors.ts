import { AppError } from '../../../shared/errors'

/**
 * SQLite constraint failures become AppErrors here, keyed by the index or constraint name the migration gave them.
 * sqlite3 reports the name only inside the message, so this is the one place that reads it, by exact name.
 */
const byConstraint: Record<string, (detail: string) => AppError> = {}

export function registerConstraintError(name: string, make: (detail: string) => AppError): void {
  byConstraint[name] = make
}

export function constraintError(err: unknown): AppError | null {
  if (!(err instanceof Error) || !('code' in err) || err.code !== 'SQLITE_CONSTRAINT') return null
  for (const [name, make] of Object.entries(byConstraint)) {
    if (err.message.includes(name)) return make(err.message)
  }
  return null
}

export function isDiskFull(err: unknown): boolean {
  return err instanceof Error && 'code' in err && (err.code === 'SQLITE_FULL' || err.code === 'ENOSPC')
}

function sqliteCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : ''
}

/** Another process (a second window, web mode, a `uniondesk` command) held the write lock for the whole busy timeout. */
export function isBusy(err: unknown): boolean {
  const code = sqliteCode(err)
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}

export function isCorrupt(err: unknown): boolean {
  const code = sqliteCode(err)
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB'
}

export function isReadOnly(err: unknown): boolean {
  return sqliteCode(err) === 'SQLITE_READONLY'
}

export const dbMessages = {
  busy: '数据库正被另一个窗口或命令使用（例如正在导入或批量发放），等候多时仍未轮到，本次操作未保存，数据保持原样。请等对方完成后重试。',
  diskFull: '磁盘空间已满，本次操作未保存，数据保持原样。请清理磁盘后重试。',
  readOnly: (path: string) =>
    `数据库文件 ${path} 是只读的（文件或所在文件夹不可写，或在只读的光盘、U 盘上），本次操作未保存。可以查看和导出；如需修改，请把它复制到可写的文件夹后用 --db 打开。`,
  corrupt: (path: string) =>
    `数据库文件 ${path} 已损坏，本次操作未完成。请关闭所有窗口和命令，把最近一次备份的 uniondesk.db 复制回 ${path}（并删除它旁边的 -wal、-shm 文件），再重新打开；损坏的文件请另存一份，以便日后找回最近的数据。`,
} as const

/** SQLite's conditions of the file itself (locked, full, read-only, damaged) in the clerk's words; null for anything else. */
export function databaseError(err: unknown, dbPath: string): AppError | null {
  if (isBusy(err)) return new AppError('DB_BUSY', dbMessages.busy)
  if (isDiskFull(err)) return new AppError('DISK_FULL', dbMessages.diskFull)
  if (isReadOnly(err)) return new AppError('DB_READONLY', dbMessages.readOnly(dbPath))
  if (isCorrupt(err)) return new AppError('DB_CORRUPT', dbMessages.corrupt(dbPath))
  return null
}
