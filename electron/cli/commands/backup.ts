import { createInterface } from 'node:readline/promises'
import { resolve, sep } from 'node:path'
import { formatInstant } from '../../../shared/dates'
import { parseCommandArgs, printResult, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'

/** A passphrase never goes on the command line (shell history, `ps`): only the name of the variable that holds it. */
function passphraseFrom(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined
  const value = process.env[variable]
  if (value === undefined || value === '') throw new UsageError(`环境变量 ${variable} 未设置或为空（--passphrase-env 应为存放密码的环境变量名）`)
  return value
}

const sizeText = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)

export const backupCreateCommand: CliCommand = {
  name: 'backup create',
  summary: '备份数据库到指定文件或文件夹（可加密）',
  usage:
    'uniondesk backup create --out 文件或文件夹 [--passphrase-env 变量名] [--json]\n' +
    '  --out 是已有文件夹或以 / 结尾时，在其中生成按日期命名的备份文件。\n' +
    '  --passphrase-env 给出存放密码的环境变量名，备份用该密码加密（拷到 U 盘时建议加密）。',
  async run(io, argv) {
    const { values } = parseCommandArgs(argv, { out: { type: 'string' }, 'passphrase-env': { type: 'string' } })
    const out = requireOption(values.out, '--out')
    const passphrase = passphraseFrom(values['passphrase-env'])
    // Core takes absolute paths only; a trailing separator (a folder to name the file in) survives resolving.
    const target = /[\\/]$/.test(out) ? `${resolve(out)}${sep}` : resolve(out)
    const r = await io.call('backup.create', { out: target, ...(passphrase ? { passphrase } : {}) })
    printResult(io, r, () => `已备份到 ${r.path}（${sizeText(r.bytes)}${r.encrypted ? '，已加密' : ''}）`)
  },
}

export const backupListCommand: CliCommand = {
  name: 'backup list',
  summary: '列出数据文件夹中的自动备份',
  usage: 'uniondesk backup list [--json]',
  async run(io, argv) {
    parseCommandArgs(argv, {})
    const r = await io.call('backup.list', {})
    const kindText = { daily: '每日', premigration: '升级前', prerestore: '恢复前' } as const
    printResult(io, r, () =>
      [`备份文件夹：${r.folder}`, ...(r.backups.length === 0 ? ['还没有自动备份。'] : r.backups.map((b) => `${formatInstant(b.at)}  ${kindText[b.kind]}  ${sizeText(b.bytes)}  ${b.path}`))].join('\n'),
    )
  },
}

async function confirmOnTerminal(file: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const answer = await rl.question(`将用「${file}」替换当前数据库（当前数据库会先另存一份）。输入“恢复”确认：`)
    return answer.trim() === '恢复'
  } finally {
    rl.close()
  }
}

export const backupRestoreCommand: CliCommand = {
  name: 'backup restore',
  summary: '从备份恢复数据库（仅管理员；当前数据库先另存一份）',
  usage: 'uniondesk backup restore 备份文件 [--yes] [--passphrase-env 变量名] [--json]\n  不加 --yes 时在终端上要求输入“恢复”确认。',
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { yes: { type: 'boolean' }, 'passphrase-env': { type: 'string' } }, true)
    const file = positionals[0]
    if (file === undefined || positionals.length > 1) throw new UsageError('需要一个备份文件')
    const passphrase = passphraseFrom(values['passphrase-env'])
    if (!values.yes) {
      if (!process.stdin.isTTY) throw new UsageError('恢复会替换当前数据库：请加 --yes 确认')
      if (!(await confirmOnTerminal(file))) throw new UsageError('未确认，没有恢复')
    }
    const r = await io.call('backup.restore', { file: resolve(file), ...(passphrase ? { passphrase } : {}) })
    printResult(io, r, () => `已从 ${r.restoredFrom} 恢复${r.migrated ? '（已升级到本程序的数据结构）' : ''}。恢复前的数据库另存为 ${r.keptCopy}`)
  },
}

export const backupCommands: CliCommand[] = [backupCreateCommand, backupListCommand, backupRestoreCommand]
