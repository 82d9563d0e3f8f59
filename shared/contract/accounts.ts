import { z } from 'zod'
import { accountName, newPassword, roles, type AccountRole } from './auth'
import { returns, type ContractSection } from './types'

export interface AccountSummary {
  id: string
  name: string
  role: AccountRole
  roleName: string
  active: boolean
  /** Locked after five wrong passwords, until this instant (UTC ISO); null when not locked. */
  lockedUntil: string | null
  createdAt: string
}

export interface AccountSettings {
  /** A window or tab left alone this long asks for the password again. */
  idleLockMinutes: number
  updatedAt: string | null
  updatedBy: string | null
}

export const accountsContract = {
  'accounts.list': {
    input: z.object({}),
    labels: {},
    result: returns<AccountSummary[]>(),
    permission: 'system.admin',
    writes: false,
  },
  'accounts.add': {
    input: z.object({ name: accountName, role: z.enum(roles), password: newPassword }),
    labels: { name: '用户名', role: '角色', password: '密码', firstRun: '首次使用时创建的管理员' },
    result: returns<AccountSummary>(),
    permission: 'system.admin',
    writes: true,
    secret: ['password'],
  },
  'accounts.disable': {
    input: z.object({ name: accountName }),
    labels: { name: '用户名' },
    result: returns<AccountSummary>(),
    permission: 'system.admin',
    writes: true,
  },
  'accounts.resetPassword': {
    input: z.object({ name: accountName, password: newPassword }),
    labels: { name: '用户名', password: '新密码' },
    result: returns<AccountSummary>(),
    permission: 'system.admin',
    writes: true,
    secret: ['password'],
  },
  /**
   * The only administrator's password is lost: allowed only to a caller the core made from a recovery file someone
   * put in the data folder (physical access), never to an account.
   */
  'accounts.recover': {
    input: z.object({ name: accountName, password: newPassword }),
    labels: { name: '用户名', password: '新密码' },
    result: returns<AccountSummary>(),
    permission: 'accounts.recover',
    writes: true,
    secret: ['password'],
  },
  'accounts.settings': {
    input: z.object({}),
    labels: {},
    result: returns<AccountSettings>(),
    permission: 'profile.read',
    writes: false,
  },
  'accounts.saveSettings': {
    input: z.object({ idleLockMinutes: z.number().int().min(1).max(480) }),
    labels: { idleLockMinutes: '无操作自动锁定（分钟）' },
    result: returns<AccountSettings>(),
    permission: 'system.admin',
    writes: true,
  },
} satisfies ContractSection<'accounts'>
