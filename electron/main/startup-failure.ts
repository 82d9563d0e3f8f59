import { AppError } from '../../shared/errors'
import { databaseError } from '../core/db/constraint-errors'

export interface StartupDialog {
  title: string
  content: string
}

/**
 * What the desktop app says when it cannot open its register (a file from a newer version, locked by another window,
 * damaged, not a database at all): core's Chinese reason, in a dialog, instead of a window that never appears. Kept
 * apart from main.ts (which needs Electron's binary) so it is tested on its own.
 */
export function startupFailureDialog(err: unknown, dbPath: string): StartupDialog {
  const known = err instanceof AppError ? err : databaseError(err, dbPath)
  const title = '基层工会工作台无法启动'
  if (known) {
    // Messages about the file usually name it already; when not, the clerk still needs to know which file.
    const where = known.message.includes(dbPath) ? '' : `\n\n数据库文件：${dbPath}`
    return { title, content: `${known.message}${where}` }
  }
  // Something core did not foresee: the technical line helps whoever the office calls for help.
  const detail = err instanceof Error ? err.message : String(err)
  return { title, content: `启动时出现意外错误，程序无法启动，数据未做任何修改。\n\n数据库文件：${dbPath}\n技术细节：${detail}` }
}
