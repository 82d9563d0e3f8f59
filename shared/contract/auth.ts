import { z } from 'zod'
import { returns, type ContractSection, type Permission } from './types'

/** The four roles (issue 14). The code names are stored; the Chinese names are what people read and type. */
export const roles = ['admin', 'clerk', 'reviewer', 'viewer'] as const
export type AccountRole = (typeof roles)[number]
export const roleNames: Readonly<Record<AccountRole, string>> = {
  admin: '管理员',
  clerk: '经办人',
  reviewer: '审核人',
  viewer: '只读',
}

/** The role a Chinese name (or a code name) stands for; undefined when it names none. */
export function roleFromName(name: string): AccountRole | undefined {
  return roles.find((r) => roleNames[r] === name.trim() || r === name.trim())
}

export const accountName = z.string().trim().min(1).max(40).refine((v) => !/[\s@]/.test(v), { error: '不能含空格或 @' })
/** At least 8 characters: the office PC's only lock; an upper bound keeps the hashing cost fixed. */
export const newPassword = z.string().min(8, { error: '至少 8 个字符' }).max(200)
const givenPassword = z.string().min(1).max(200)

export interface SignedInUser {
  name: string
  role: AccountRole
  roleName: string
  /** What the role may do (core's table), so the screen shows only the sections the user can open (操作日志: audit.read). */
  permissions: Permission[]
}

export interface SessionState {
  /** Who this window or tab is signed in as; null before a login. */
  user: SignedInUser | null
  /** Idle for longer than the idle-lock time: every call is refused until the password is given again. */
  locked: boolean
  /** No account exists yet: the first login (the first-run screen) creates the administrator. */
  firstRun: boolean
  idleLockMinutes: number
}

export const authContract = {
  'auth.login': {
    input: z.object({ name: accountName, password: givenPassword }),
    labels: { name: '用户名', password: '密码' },
    result: returns<SessionState>(),
    permission: 'session.open',
    writes: false,
    secret: ['password'],
  },
  'auth.unlock': {
    input: z.object({ password: givenPassword }),
    labels: { password: '密码' },
    result: returns<SessionState>(),
    permission: 'session.open',
    writes: false,
    secret: ['password'],
  },
  'auth.logout': {
    input: z.object({}),
    labels: {},
    result: returns<SessionState>(),
    permission: 'session.open',
    writes: false,
  },
  'auth.me': {
    input: z.object({}),
    labels: {},
    result: returns<SessionState>(),
    permission: 'session.open',
    writes: false,
  },
} satisfies ContractSection<'auth'>
