import type { Permission } from '../../shared/contract/types'
import { AppError } from '../../shared/errors'

export type Role = 'admin' | 'clerk' | 'viewer'

export interface Operator {
  /** Who is recorded in the audit trail: an account name once accounts exist, the OS user until then. */
  name: string
  role: Role
}

const everything: readonly Permission[] = [
  'profile.read', 'profile.write', 'members.read', 'members.write', 'members.unmask',
  'aid.read', 'aid.write', 'aid.approve', 'print.run', 'system.admin',
  'mediation.read', 'mediation.write',
  'congress.read', 'congress.write',
]

const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(everything),
  clerk: new Set(everything.filter((p) => p !== 'members.unmask' && p !== 'system.admin' && p !== 'aid.approve')),
  viewer: new Set(everything.filter((p) => p.endsWith('.read'))),
}

export function can(user: Operator, permission: Permission): boolean {
  return rolePermissions[user.role].has(permission)
}

export function requirePermission(user: Operator, permission: Permission): void {
  if (!can(user, permission)) throw new AppError('FORBIDDEN', `当前用户（${user.name}）没有此操作的权限`)
}
