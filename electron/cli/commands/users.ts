import type { AccountSummary } from '../../../shared/contract/accounts'
import { roleFromName, roleNames, roles } from '../../../shared/contract/auth'
import { parseCommandArgs, printResult, requireOption, type CliCommand } from '../command'
import { UsageError } from '../io'

const roleChoices = roles.map((r) => roleNames[r]).join('|')

function describe(a: AccountSummary): string {
  const state = !a.active ? '已停用' : a.lockedUntil ? `已锁定至 ${a.lockedUntil}` : '正常'
  return `${a.name}\t${a.roleName}\t${state}`
}

function oneName(positionals: string[], usage: string): string {
  const [name, ...rest] = positionals
  if (!name || rest.length > 0) throw new UsageError(`需要一个用户名\n用法：${usage}`)
  return name
}

export const usersAddCommand: CliCommand = {
  name: 'users add',
  summary: '添加账户（管理员）',
  usage: `uniondesk [--db 路径] users add 用户名 --role ${roleChoices} [--json]
  密码取自环境变量 UNIONDESK_NEW_PASSWORD，没有时在终端提示输入。`,
  async run(io, argv) {
    const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' } }, true)
    const name = oneName(positionals, this.usage)
    const role = roleFromName(requireOption(values.role, '--role'))
    if (!role) throw new UsageError(`--role 只能是：${roleChoices}`)
    // Only an administrator gets as far as the password prompt: a clerk is refused before typing a password for nothing.
    await io.call('accounts.list', {})
    const added = await io.call('accounts.add', { name, role, password: await io.newPassword() })
    printResult(io, added, () => `已添加账户：${describe(added)}`)
  },
}

export const usersListCommand: CliCommand = {
  name: 'users list',
  summary: '列出账户（管理员）',
  usage: 'uniondesk [--db 路径] users list [--json]',
  async run(io, argv) {
    parseCommandArgs(argv, {})
    const list = await io.call('accounts.list', {})
    printResult(io, list, () => ['用户名\t角色\t状态', ...list.map(describe)].join('\n'))
  },
}

export const usersDisableCommand: CliCommand = {
  name: 'users disable',
  summary: '停用账户（管理员）',
  usage: 'uniondesk [--db 路径] users disable 用户名 [--json]',
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const done = await io.call('accounts.disable', { name: oneName(positionals, this.usage) })
    printResult(io, done, () => `已停用账户：${describe(done)}`)
  },
}

export const usersResetPasswordCommand: CliCommand = {
  name: 'users reset-password',
  summary: '重置账户密码并解除锁定（管理员）',
  usage: `uniondesk [--db 路径] users reset-password 用户名 [--json]
  新密码取自环境变量 UNIONDESK_NEW_PASSWORD，没有时在终端提示输入。`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const name = oneName(positionals, this.usage)
    await io.call('accounts.list', {})
    const done = await io.call('accounts.resetPassword', { name, password: await io.newPassword() })
    printResult(io, done, () => `已重置密码：${describe(done)}`)
  },
}

export const usersRecoverCommand: CliCommand = {
  name: 'users recover',
  signIn: 'recovery',
  summary: '忘记唯一管理员密码时重置（需在数据文件夹中建立恢复文件）',
  usage: `uniondesk --db 路径 users recover 管理员用户名 [--json]
  先在数据库所在文件夹中新建空文件「数据库文件名.recover」（如 uniondesk.db.recover，一小时内有效），
  新密码取自环境变量 UNIONDESK_NEW_PASSWORD，没有时在终端提示输入。此操作记入操作日志，恢复文件用后删除。`,
  async run(io, argv) {
    const { positionals } = parseCommandArgs(argv, {}, true)
    const name = oneName(positionals, this.usage)
    const password = await io.newPassword()
    const done = await io.call('accounts.recover', { name, password })
    printResult(io, done, () => `已重置管理员密码：${describe(done)}`)
  },
}

export const usersCommands: CliCommand[] = [usersAddCommand, usersListCommand, usersDisableCommand, usersResetPasswordCommand, usersRecoverCommand]
