import type { AmountChange } from './amount-change'
import type { AidProgram } from './rules'
import type { AidProgramTemplate } from './templates'

// Result types of the aid.* methods (issue 5, domain §6–§7). The contract (shared/contract/aid.ts) names them.

export const APPLICATION_STATUSES = ['draft', 'submitted', 'returned', 'reviewed', 'approved', 'paid', 'rejected'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  reviewed: '审核通过',
  approved: '已批准',
  paid: '已发放',
  rejected: '不予发放',
}

export const BATCH_STATUSES = ['draft', 'notice', 'approved', 'paid'] as const
export type BatchStatus = (typeof BATCH_STATUSES)[number]
export const BATCH_STATUS_NAMES: Record<BatchStatus, string> = {
  draft: '待公示',
  notice: '公示中',
  approved: '已批准',
  paid: '已发放',
}

export const PAYMENT_METHODS = ['bank', 'cash', 'goods'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
export const PAYMENT_METHOD_NAMES: Record<PaymentMethod, string> = { bank: '银行转账', cash: '现金', goods: '实物' }

/** Whether an action is open now, and if not, why (in Chinese); the UI shows it, core checks again. */
export interface Allowed {
  allowed: boolean
  reason: string | null
}

export interface AidBudget {
  allocatedFen: number
  /** Approved by review (审核通过 or 已批准) but not yet paid. */
  committedFen: number
  paidFen: number
  remainingFen: number
}

export interface AidProgramSummary {
  id: string
  code: string
  name: string
  year: number
  version: number
  kind: AidProgram['rule']['kind']
  budgetFen: number
  /** Money has been paid under this version: a change makes a new version. */
  frozen: boolean
  /** false once a newer version replaced this one. */
  current: boolean
  budget: AidBudget
  applicationCount: number
}

export interface AidProgramDetail extends AidProgramSummary {
  definition: AidProgram
  createdAt: string
  createdBy: string
}

export interface AidTemplate {
  code: string
  name: string
  kind: AidProgram['rule']['kind']
  template: AidProgramTemplate
}

export interface AidAttachment {
  id: string
  material: string
  fileName: string
  sha256: string
  sizeBytes: number
  addedAt: string
  addedBy: string
}

export interface MaterialCheck {
  name: string
  /** False when the item's condition does not hold for this application's input (then submit does not ask for it). */
  needed: boolean
  /** The condition in words (仅「伤残等级」为 死亡 时需要), null for an item every application needs. */
  condition: string | null
  provided: boolean
  attachments: AidAttachment[]
}

export interface AidEvent {
  action: string
  actionName: string
  operator: string
  at: string
  date: string | null
  note: string | null
}

export interface AidPayee {
  name: string
  relation: string | null
  /** Masked. */
  idNumber: string | null
  bankName: string | null
  /** Masked. */
  bankAccount: string | null
  /**
   * 'application': named on the application; 'member': none named, so the member's account as registered now (it is
   * what payment uses); null: no account anywhere, so a bank transfer is refused until one is added.
   */
  accountSource: 'application' | 'member' | null
}

export interface AidPayment {
  method: PaymentMethod
  date: string
  reference: string | null
  operator: string
}

export interface AidApplicationSummary {
  id: string
  programId: string
  programCode: string
  programName: string
  programYear: number
  memberId: string
  memberName: string
  /** Masked. */
  idNumber: string
  date: string
  amountFen: number
  status: ApplicationStatus
  statusName: string
  batchId: string | null
  enteredBy: string
  createdAt: string
}

export interface AidApplicationDetail extends AidApplicationSummary {
  input: Record<string, unknown>
  eligible: boolean
  amountWords: string
  breakdown: string[]
  reasons: string[]
  materials: MaterialCheck[]
  payee: AidPayee
  payment: AidPayment | null
  reviewedBy: string | null
  returnReason: string | null
  rejectReason: string | null
  /**
   * Not yet reviewed: the amount review would approve on today's records differs from the saved one, and which of the
   * member's earlier claims changed. Null when it would not differ.
   */
  amountChange: AmountChange | null
  /** What will stop the application later though nothing refuses it now (no bank account for a transfer). */
  warnings: string[]
  events: AidEvent[]
  actions: {
    edit: Allowed
    submit: Allowed
    review: Allowed
    reject: Allowed
    pay: Allowed
    /** Payee and account may be corrected until the application is paid or refused. */
    correctPayee: Allowed
    /** A draft (never submitted) may be deleted; anything later is refused with 不予发放 instead. */
    delete: Allowed
  }
}

export interface AidApplicationPage {
  items: AidApplicationSummary[]
  total: number
}

export interface AidObjection {
  id: string
  batchId: string
  applicationId: string | null
  date: string
  raisedBy: string | null
  content: string
  resolution: string | null
  resolvedOn: string | null
  recordedBy: string
}

export interface AidBatchSummary {
  id: string
  title: string
  programId: string
  programCode: string
  programName: string
  programYear: number
  status: BatchStatus
  statusName: string
  applicationCount: number
  totalFen: number
  noticeStart: string | null
  noticeEnd: string | null
  earliestApproval: string | null
  approvedOn: string | null
  approvedBy: string | null
  createdAt: string
  createdBy: string
}

export interface AidBatchDetail extends AidBatchSummary {
  totalWords: string
  applications: AidApplicationSummary[]
  /** The working days counted for the notice, in order (day 1 first). */
  noticeDays: string[]
  objections: AidObjection[]
  /** The earliest day a notice may start: the day of the last review in the batch (null once the notice has started). */
  earliestNoticeStart: string | null
  /** Applications that cannot be paid by transfer yet (no account), one line each. */
  warnings: string[]
  actions: {
    notice: Allowed
    approve: Allowed
    pay: Allowed
    export: Allowed
  }
}

export interface AidSettings {
  /** The person who entered an application may not approve it (on once there is more than one operator). */
  separationOfDuties: boolean
  /** Working days a 公示 lasts; at least 5. */
  noticeDays: number
  updatedAt: string | null
  updatedBy: string | null
}

export interface WorkCalendarYear {
  year: number
  holidays: string[]
  workdays: string[]
}

export interface PayResult {
  paid: AidApplicationSummary[]
}

export interface BulkApplyResult {
  created: number
  totalFen: number
  /** In the order of the rows given. */
  applicationIds: string[]
}
