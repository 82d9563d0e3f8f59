/** Labour-dispute mediation (劳动争议调解, domain §10): the words the register and its reports use. */

export const DISPUTE_TYPES = ['劳动报酬', '劳动合同', '社会保险', '工伤', '其他'] as const
export type DisputeType = (typeof DISPUTE_TYPES)[number]

/** How a case ends; 调解不成 means the parties are referred to arbitration (转仲裁). */
export const CASE_OUTCOMES = ['调解成功', '调解不成', '撤回'] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]
export const outcomeLabels: Readonly<Record<CaseOutcome, string>> = { 调解成功: '调解成功', 调解不成: '调解不成 转仲裁', 撤回: '撤回' }

export const OPEN_STATUSES = ['受理', '调解中'] as const
export const CASE_STATUSES = [...OPEN_STATUSES, ...CASE_OUTCOMES] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** What a clerk records on a case; each moves it along the one transition table in workflow.ts. */
export const CASE_ACTIONS = ['开始调解', ...CASE_OUTCOMES] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

export const LEGAL_AID_KINDS = ['法律咨询', '代写文书', '代理仲裁', '代理诉讼', '其他'] as const
export type LegalAidKind = (typeof LEGAL_AID_KINDS)[number]
