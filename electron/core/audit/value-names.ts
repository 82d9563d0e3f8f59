import { APPLICATION_STATUS_NAMES } from '../../../shared/aid/types'
import { roleNames } from '../../../shared/contract/auth'
import { memberEventLabels, memberStatusLabels } from '../../../shared/members/fields'

/**
 * The audit trail stores values as the contract carries them (code names such as transferred_out, clerk, asc); the
 * 操作日志 screen and its export show what a clerk reads (已转出, 经办人, 升序). Keyed by section and field because one
 * code can mean different things in different places (an application's draft is 草稿, a batch's is 待公示).
 */
const byField: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'members.status': memberStatusLabels,
  'members.type': memberEventLabels,
  'accounts.role': roleNames,
  'aid.status': APPLICATION_STATUS_NAMES,
  'members.sort': { name: '姓名', birthDate: '出生日期', updatedAt: '修改时间', createdAt: '登记时间' },
  '*.order': { asc: '升序', desc: '降序' },
}

export function valueName(method: string, field: string, value: unknown): unknown {
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value !== 'string') return value
  const section = method.split('.')[0] ?? ''
  const names = byField[`${section}.${field}`] ?? byField[`*.${field}`]
  return names?.[value] ?? value
}
