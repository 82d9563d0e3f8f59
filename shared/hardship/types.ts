// Result types of the hardship.* methods (domain.md §5). The contract (shared/contract/hardship.ts) names them.

export const HARDSHIP_CATEGORY_VALUES = ['深度困难', '相对困难', '意外致困'] as const
export type HardshipCategoryValue = (typeof HARDSHIP_CATEGORY_VALUES)[number]

export const HARDSHIP_CAUSES = ['疾病', '残疾', '子女教育', '失业', '意外', '其他'] as const
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number]

export const INCOME_KINDS = ['工资', '养老金', '补贴', '其他'] as const
export type IncomeKind = (typeof INCOME_KINDS)[number]

export const EXPENSE_KINDS = ['医疗', '教育', '其他'] as const
export type ExpenseKind = (typeof EXPENSE_KINDS)[number]

/**
 * Lifecycle (domain §5.2). 建档, 年度复核 and 返困 are the registered states: a file in one of them counts as a
 * hardship household for aid programs. 未通过 ends an application that was not admitted.
 */
export const HARDSHIP_STATUSES = ['申请', '初审', '入户调查', '公示', '建档', '年度复核', '脱困', '返困', '未通过'] as const
export type HardshipStatus = (typeof HARDSHIP_STATUSES)[number]
export const REGISTERED_STATUSES: readonly HardshipStatus[] = ['建档', '年度复核', '返困']

/** The steps a clerk records; each moves the file to the status of the same name. */
export const HARDSHIP_STEPS = ['初审', '入户调查', '公示', '建档', '年度复核', '脱困', '返困', '未通过'] as const
export type HardshipStep = (typeof HARDSHIP_STEPS)[number]

export interface FamilyMember {
  name: string
  relation: string
  /** Masked in every result. */
  idNumber: string | null
  birthDate: string | null
  /** Computed from the birth date (or the ID number) on today's date. */
  age: number | null
  /** Hidden in every result except hardship.revealDetail (shared/members/masking.ts). */
  health: string | null
  employment: string | null
  monthlyIncomeFen: number
}

export interface IncomeSource {
  kind: IncomeKind
  annualFen: number
  note: string | null
}

export interface RigidExpense {
  kind: ExpenseKind
  annualFen: number
  note: string | null
}

/** The category calculation, shown step by step; M is compared as an exact fraction and rounded only for display. */
export interface CategoryCalculation {
  householdSize: number
  annualIncomeFen: number
  rigidExpensesFen: number
  /** M = numeratorFen / denominator (fen per person per month), exact. */
  numeratorFen: number
  denominator: number
  /** M rounded half-up to the fen, for display only. */
  perCapitaMonthlyFen: number
  dibaoLineFen: number
  /** null: M ≥ 2 × line, not a hardship household on income (意外致困 may still be chosen by hand). */
  suggested: '深度困难' | '相对困难' | null
  steps: string[]
}

export interface HardshipEvent {
  step: HardshipStatus
  date: string
  operator: string
  note: string | null
  at: string
}

export interface HardshipFileSummary {
  id: string
  memberId: string
  memberName: string
  /** Masked. */
  idNumber: string
  status: HardshipStatus
  category: HardshipCategoryValue | null
  householdSize: number
  perCapitaMonthlyFen: number
  registeredOn: string | null
  nextReviewDue: string | null
  updatedAt: string
}

export interface HardshipFile extends HardshipFileSummary {
  categoryReason: string | null
  causes: HardshipCause[]
  address: string | null
  phone: string | null
  bankName: string | null
  /** Masked. */
  bankAccount: string | null
  familyMembers: FamilyMember[]
  incomes: IncomeSource[]
  expenses: RigidExpense[]
  calculation: CategoryCalculation
  events: HardshipEvent[]
  /** Steps allowed from the current status, for the UI's buttons; core checks again on every call. */
  nextSteps: HardshipStep[]
  note: string | null
}

export interface DueReview {
  fileId: string
  memberId: string
  memberName: string
  category: HardshipCategoryValue | null
  status: HardshipStatus
  lastReviewedOn: string
  dueOn: string
  overdue: boolean
}

export interface HardshipSettings {
  /** 低保标准, fen per person per month. */
  dibaoLineFen: number
  updatedAt: string | null
  updatedBy: string | null
}
