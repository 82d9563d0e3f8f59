import { rm } from 'node:fs/promises'
import { roleNames } from '../../../shared/contract/auth'
import { AppError } from '../../../shared/errors'
import { signedInUser } from '../access'
import type { ReadContext, WriteContext } from '../context'
import type { FeatureHandlers } from '../handler-types'
import { toAccountSummary } from './mappers'
import { hashPassword } from './password'
import { countAccounts, findAccountByName, insertAccount, listAccounts, updateAccount, writeAccountSetting } from './queries'
import { recoveryFilePath } from './recovery'
import { accountSettings } from './settings'

async function existing(ctx: ReadContext, name: string) {
  const row = await findAccountByName(ctx.db, name)
  if (!row) throw new AppError('NOT_FOUND', `没有名为「${name}」的账户`, { field: 'name' })
  return row
}

async function summaryOf(ctx: ReadContext, name: string) {
  return toAccountSummary(await existing(ctx, name), ctx.now())
}

/** A new password also lifts a lockout: the administrator has spoken to the person. */
async function setPassword(ctx: WriteContext, name: string, password: string) {
  const row = await existing(ctx, name)
  // Hashing takes a third of a second inside the write transaction; resets are rare, and the alternative (hashing in
  // the transport) would put account logic outside core.
  await updateAccount(ctx.trx, row.id, { password_hash: await hashPassword(password), failed_logins: 0, locked_until: null, updated_at: ctx.now() })
  return summaryOf(ctx, name)
}

export const accountsHandlers = {
  'accounts.list': async (ctx) => (await listAccounts(ctx.db)).map((r) => toAccountSummary(r, ctx.now())),
  'accounts.add': async (ctx, p) => {
    if (await findAccountByName(ctx.db, p.name)) throw new AppError('CONFLICT', `已有名为「${p.name}」的账户`, { field: 'name' })
    const at = ctx.now()
    const hash = await hashPassword(p.password)
    await insertAccount(ctx.trx, { id: ctx.newId(), name: p.name, role: p.role, password_hash: hash, active: 1, failed_logins: 0, locked_until: null, created_at: at, updated_at: at })
    return summaryOf(ctx, p.name)
  },
  'accounts.disable': async (ctx, p) => {
    const row = await existing(ctx, p.name)
    if (row.role === 'admin' && row.active === 1 && (await countAccounts(ctx.db, { active: true, role: 'admin' })) === 1) {
      throw new AppError('CONFLICT', `「${row.name}」是唯一的${roleNames.admin}，不能停用。请先添加另一位${roleNames.admin}。`, { field: 'name' })
    }
    await updateAccount(ctx.trx, row.id, { active: 0, updated_at: ctx.now() })
    return summaryOf(ctx, p.name)
  },
  'accounts.resetPassword': async (ctx, p) => setPassword(ctx, p.name, p.password),
  'accounts.recover': async (ctx, p) => {
    const row = await existing(ctx, p.name)
    if (row.role !== 'admin') throw new AppError('FORBIDDEN', `恢复只用于${roleNames.admin}账户；其他账户请由${roleNames.admin}重置密码`, { field: 'name' })
    await updateAccount(ctx.trx, row.id, { active: 1, updated_at: ctx.now() })
    const summary = await setPassword(ctx, p.name, p.password)
    // Used once: the file goes when the new password has landed.
    const file = recoveryFilePath(ctx.core)
    ctx.afterCommit(() => rm(file, { force: true }), { code: 'FILE_NOT_STORED', message: `密码已重置，但无法删除恢复文件「${file}」，请手动删除` })
    return summary
  },
  'accounts.settings': async ({ db }) => accountSettings(db),
  'accounts.saveSettings': async (ctx, p) => {
    await writeAccountSetting(ctx.trx, p.idleLockMinutes, ctx.now(), ctx.caller.user.name)
    return accountSettings(ctx.trx)
  },
} satisfies FeatureHandlers<'accounts'>

const sessionOnly = () =>
  Promise.reject(new AppError('INVALID_INPUT', '此处不需要登录方法：命令行每条命令都用 UNIONDESK_USER 和 UNIONDESK_PASSWORD（或终端提示）登录'))

/** auth.* reach here only without a session (the CLI's `uniondesk call`); with one, accounts/session-call.ts answers them. */
export const authHandlers = {
  'auth.me': async ({ db, caller }) => ({
    user: signedInUser(caller.user),
    locked: false,
    firstRun: (await countAccounts(db)) === 0,
    idleLockMinutes: (await accountSettings(db)).idleLockMinutes,
  }),
  'auth.login': sessionOnly,
  'auth.unlock': sessionOnly,
  'auth.logout': sessionOnly,
} satisfies FeatureHandlers<'auth'>
