import { statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { Operator } from '../access'
import type { Core } from '../context'

/** A recovery file older than this is ignored: one forgotten in the folder must not open the door next year. */
const recoveryFileMaxAgeMs = 60 * 60_000

/** `uniondesk.db.recover`, beside `uniondesk.db`: only someone who can write into the data folder can make it. */
export function recoveryFilePath(core: Core): string {
  return join(core.dataDir, `${basename(core.dbPath)}.recover`)
}

/**
 * The caller for resetting a lost administrator password: made only when the recovery file exists and is fresh, and
 * allowed only accounts.recover (electron/core/access.ts). Its name goes into the audit row.
 */
export function recoveryOperator(core: Core, nowMs: number): Operator {
  const path = recoveryFilePath(core)
  let modified: number
  try {
    modified = statSync(path).mtimeMs
  } catch {
    throw new AppError('UNAUTHORIZED', `没有找到恢复文件「${path}」。请在数据库所在文件夹中新建这个空文件（一小时内有效），再运行本命令。`)
  }
  if (nowMs - modified > recoveryFileMaxAgeMs) {
    throw new AppError('UNAUTHORIZED', `恢复文件「${path}」已超过一小时，请删除后重新建立`)
  }
  return { name: '恢复（数据文件夹）', role: 'recovery' }
}
