import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { fileLogger } from '../core/log'
import { dataDirFor, resolveDbPath } from '../core/paths'
import type { CliCommand } from './command'
import { commands } from './commands/index'
import { createIo, UsageError } from './io'

// The summaries line up one column after the longest command name.
const nameWidth = Math.max(...commands.map((c) => c.name.length)) + 2

const globalHelp = () => `基层工会工作台 命令行工具 uniondesk

用法：uniondesk [--db 数据库路径] [--json] 命令 [参数]

全局参数：
  --db 路径    使用指定的数据库文件（也可用环境变量 UNIONDESK_DB；默认在用户数据文件夹）
  --json       只在标准输出打印机器可读的 JSON
  --help       显示帮助；命令后加 --help 显示该命令的用法

命令：
${commands.map((c) => `  ${c.name.padEnd(nameWidth)}${c.summary}`).join('\n')}

退出码：0 成功；1 数据或业务错误（原因打印在标准错误）；2 用法错误。`

/** Global flags may stand anywhere; they are taken out before the command's own arguments are parsed. */
function splitGlobals(argv: string[]) {
  const rest: string[] = []
  let db: string | undefined
  let json = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--json') json = true
    else if (a === '--help' || a === '-h') help = true
    else if (a === '--db') db = argv[++i]
    else if (a.startsWith('--db=')) db = a.slice(5)
    else rest.push(a)
  }
  if (argv.includes('--db') && !db) throw new UsageError('--db 后面需要数据库文件路径')
  return { rest, db, json, help }
}

function findCommand(words: string[]): { command: CliCommand; argv: string[] } | null {
  const byLength = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
  for (const command of byLength) {
    const parts = command.name.split(' ')
    if (parts.every((p, i) => words[i] === p)) return { command, argv: words.slice(parts.length) }
  }
  return null
}

/**
 * An error that is not an AppError is a fault, not something the clerk can fix: like the dispatcher, the CLI logs it
 * (with the stack) beside the database and shows only its reference number, never node's English message.
 */
function internalError(dbPath: string, command: string, e: unknown): string {
  const ref = randomBytes(3).toString('hex').toUpperCase()
  try {
    fileLogger(join(dataDirFor(dbPath), 'logs')).error(ref, e, { command })
    return `系统内部错误，已记录（编号 ${ref}）`
  } catch {
    return `系统内部错误（编号 ${ref}），且无法写入日志`
  }
}

export async function runCli(argv: string[], out: (t: string) => void, err: (t: string) => void): Promise<number> {
  let globals: ReturnType<typeof splitGlobals>
  try {
    globals = splitGlobals(argv)
  } catch (e) {
    err(e instanceof Error ? e.message : String(e))
    return 2
  }
  const found = findCommand(globals.rest)
  if (!found) {
    if (globals.help || globals.rest.length === 0) {
      out(globalHelp())
      return globals.help ? 0 : 2
    }
    err(`未知命令：${globals.rest.join(' ')}\n运行 uniondesk --help 查看全部命令。`)
    return 2
  }
  if (globals.help) {
    out(`${found.command.summary}\n\n用法：${found.command.usage}`)
    return 0
  }
  const io = createIo(found.command.needsNoDatabase ? ':memory:' : resolveDbPath(globals.db), globals.json, out, {
    create: found.command.createsDatabase === true,
    warn: err,
    signIn: found.command.needsNoDatabase ? 'pureCheck' : (found.command.signIn ?? 'account'),
  })
  try {
    await found.command.run(io, found.argv)
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n用法：${found.command.usage}`)
      return 2
    }
    if (e instanceof AppError) {
      err(`错误：${e.message}`)
      return 1
    }
    err(internalError(io.dbPath, found.command.name, e))
    return 1
  } finally {
    await io.close()
  }
}
