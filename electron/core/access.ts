import { roleNames, type AccountRole, type SignedInUser } from '../../shared/contract/auth'
import type { Permission } from '../../shared/contract/types'
import { AppError } from '../../shared/errors'

/**
 * An account's role (管理员 admin, 经办人 clerk, 审核人 reviewer, 只读 viewer), or 'recovery': the caller the core makes
 * from a recovery file in the data folder, which may do one thing (reset an administrator's password).
 */
export type Role = AccountRole | 'recovery'

/**
 * Who is calling. Transports never build one: it comes from electron/core/accounts/sign-in.ts (credentials or a
 * session) or from the recovery file; only core's own tests make one directly.
 */
export interface Operator {
  /** The account name, recorded in the audit trail and on every record the caller enters or approves. */
  name: string
  role: Role
}

const everything: readonly Permission[] = [
  'session.open', 'profile.read', 'profile.write', 'members.read', 'members.write', 'members.unmask',
  'aid.read', 'aid.write', 'aid.approve', 'print.run', 'system.admin',
  'mediation.read', 'mediation.write',
  'congress.read', 'congress.write',
  'audit.read',
]

// The 操作日志 is for 管理员 and 审核人 (issue 14): it is not among the reads every role gets.
const reads = everything.filter((p) => (p.endsWith('.read') && p !== 'audit.read') || p === 'session.open')

const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  // Users, settings, restore, and everything else: a small office's administrator also does the daily work.
  admin: new Set(everything),
  // Enters and edits; does not approve aid, unmask personal data or manage users.
  clerk: new Set(everything.filter((p) => p !== 'members.unmask' && p !== 'system.admin' && p !== 'aid.approve' && p !== 'audit.read')),
  // Reviews and approves aid (and its settings); otherwise reads.
  reviewer: new Set([...reads, 'aid.approve', 'audit.read']),
  // Views, masked.
  viewer: new Set(reads),
  recovery: new Set(['accounts.recover']),
}

export function can(user: Operator, permission: Permission): boolean {
  return rolePermissions[user.role].has(permission)
}

export function requirePermission(user: Operator, permission: Permission): void {
  if (!can(user, permission)) throw new AppError('FORBIDDEN', `当前用户（${user.name}）没有此操作的权限`)
}

/** The signed-in user as the screen sees them, with the permissions their role holds; none for the recovery caller. */
export function signedInUser(user: Operator): SignedInUser | null {
  if (user.role === 'recovery') return null
  return { name: user.name, role: user.role, roleName: roleNames[user.role], permissions: [...rolePermissions[user.role]] }
}
