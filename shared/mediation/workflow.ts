import { CASE_ACTIONS, outcomeLabels, type CaseAction, type CaseOutcome, type CaseStatus } from './types'

// Domain §10.1: a case is 受理 (application received and accepted), then 调解中, and ends as 调解成功, 调解不成
// (the parties may apply for arbitration: 转仲裁) or 撤回. An outcome is only reached through mediation; an application
// may be withdrawn before mediation starts. Ended cases are final: a new dispute is a new case.

interface StatusRule {
  /** action → the status it leads to. */
  next: Partial<Record<CaseAction, CaseStatus>>
  /** Whether the case's particulars (parties, type, claim, mediator, legal aid) may still be corrected. */
  editable: boolean
}

const table: Readonly<Record<CaseStatus, StatusRule>> = {
  受理: { next: { 开始调解: '调解中', 撤回: '撤回' }, editable: true },
  调解中: { next: { 调解成功: '调解成功', 调解不成: '调解不成', 撤回: '撤回' }, editable: true },
  调解成功: { next: {}, editable: false },
  调解不成: { next: {}, editable: false },
  撤回: { next: {}, editable: false },
}

export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  return table[status].next[action] ?? null
}

/** The actions core accepts now, in the table's order; the UI offers exactly these. */
export function allowedActions(status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((a) => nextStatus(status, a) !== null)
}

export function isOpen(status: CaseStatus): boolean {
  return allowedActions(status).length > 0
}

export function isEditable(status: CaseStatus): boolean {
  return table[status].editable
}

export function isOutcome(action: CaseAction): action is CaseOutcome {
  return action !== '开始调解'
}

const statusText = (s: CaseStatus): string => (s === '调解不成' ? outcomeLabels.调解不成 : s)
const actionText = (a: CaseAction): string => (a === '调解不成' ? `${outcomeLabels.调解不成}` : a)

/** The refusal in the clerk's words: 案件当前为「受理」，不能办理「调解成功」，只能办理「开始调解」、「撤回」. */
export function transitionRefusal(status: CaseStatus, action: CaseAction): string {
  const allowed = allowedActions(status).map((a) => `「${actionText(a)}」`)
  const hint = allowed.length ? `只能办理${allowed.join('、')}` : '案件已办结，如有新的争议请另行登记'
  return `案件当前为「${statusText(status)}」，不能办理「${actionText(action)}」，${hint}`
}

export function editRefusal(status: CaseStatus): string {
  return `案件已办结（${statusText(status)}），不能再修改`
}
