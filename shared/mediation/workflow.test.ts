import { describe, expect, it } from 'vitest'
import { CASE_ACTIONS, CASE_STATUSES } from './types'
import { allowedActions, editRefusal, isEditable, isOpen, nextStatus, transitionRefusal } from './workflow'

describe('mediation case workflow (domain §10.1)', () => {
  it('受理 → 调解中 → each outcome; withdrawal before or during mediation', () => {
    expect(nextStatus('受理', '开始调解')).toBe('调解中')
    expect(nextStatus('受理', '撤回')).toBe('撤回')
    expect(nextStatus('调解中', '调解成功')).toBe('调解成功')
    expect(nextStatus('调解中', '调解不成')).toBe('调解不成')
    expect(nextStatus('调解中', '撤回')).toBe('撤回')
  })

  it('refuses an outcome without mediation, restarting, and anything after the end', () => {
    expect(nextStatus('受理', '调解成功')).toBeNull()
    expect(nextStatus('受理', '调解不成')).toBeNull()
    expect(nextStatus('调解中', '开始调解')).toBeNull()
    for (const end of ['调解成功', '调解不成', '撤回'] as const) {
      for (const a of CASE_ACTIONS) expect(nextStatus(end, a)).toBeNull()
      expect(isOpen(end)).toBe(false)
      expect(isEditable(end)).toBe(false)
    }
    expect(isEditable('受理')).toBe(true)
    expect(isEditable('调解中')).toBe(true)
  })

  it('offers exactly the actions the table accepts', () => {
    for (const s of CASE_STATUSES) {
      expect(allowedActions(s)).toEqual(CASE_ACTIONS.filter((a) => nextStatus(s, a) !== null))
    }
    expect(allowedActions('受理')).toEqual(['开始调解', '撤回'])
    expect(allowedActions('调解中')).toEqual(['调解成功', '调解不成', '撤回'])
  })

  it('words a refusal with the status and what may be done instead', () => {
    expect(transitionRefusal('受理', '调解成功')).toBe('案件当前为「受理」，不能办理「调解成功」，只能办理「开始调解」、「撤回」')
    expect(transitionRefusal('调解不成', '撤回')).toBe('案件当前为「调解不成 转仲裁」，不能办理「撤回」，案件已办结，如有新的争议请另行登记')
    expect(editRefusal('撤回')).toBe('案件已办结（撤回），不能再修改')
  })
})
