import { z } from 'zod'
import { isoDateField, optionalIsoDate, optionalText, pageFields, recordId } from './fields'
import { filePayload, returns, type ContractSection } from './types'

/**
 * Collective contracts 集体合同 (domain.md §8): the register, its legal deadlines and checks, reminders and coverage.
 * Changes to this file after the first version are additive only; each is noted here.
 */

export const contractKinds = ['综合', '工资专项', '女职工权益保护专项', '劳动安全卫生专项', '行业性', '区域性'] as const
export type ContractKind = (typeof contractKinds)[number]

export const contractProblemCodes = [
  'NEGOTIATORS_TOO_FEW', 'NEGOTIATORS_UNEQUAL', 'CHIEF_MISSING', 'REPLY_LATE', 'ROUNDS_MISSING', 'VOTE_MISSING',
  'QUORUM_NOT_MET', 'APPROVAL_NOT_MET', 'FILING_LATE', 'FILING_OBJECTED', 'TERM_INVALID',
] as const
export type ContractProblemCode = (typeof contractProblemCodes)[number]
/** What the screen tags a problem with; the code stays for tests and files. */
export const contractProblemNames: Record<ContractProblemCode, string> = {
  NEGOTIATORS_TOO_FEW: '代表人数不足',
  NEGOTIATORS_UNEQUAL: '双方人数不等',
  CHIEF_MISSING: '缺首席代表',
  REPLY_LATE: '回应逾期',
  ROUNDS_MISSING: '无协商记录',
  VOTE_MISSING: '未经审议表决',
  QUORUM_NOT_MET: '到会人数不足',
  APPROVAL_NOT_MET: '表决未通过',
  FILING_LATE: '报送逾期',
  FILING_OBJECTED: '备案有异议',
  TERM_INVALID: '期限不合规',
}

export interface ContractProblem {
  code: ContractProblemCode
  message: string
}

/** green: met; amber: open and still in time; red: missed or failed; grey: not reached yet. */
export type StepTone = 'green' | 'amber' | 'red' | 'grey'

export interface TimelineStep {
  key: 'request' | 'reply' | 'rounds' | 'vote' | 'signed' | 'filing' | 'effective' | 'expiry' | 'renewal'
  label: string
  date: string | null
  /** The legal deadline of this step, when it has one. */
  due: string | null
  tone: StepTone
  reason: string
}

export interface ContractCheck {
  ok: boolean
  problems: ContractProblem[]
  effectiveDate: string | null
  renewalWindowStart: string | null
}

const negotiator = z.object({
  name: z.string().trim().min(1).max(50),
  chief: z.boolean().default(false),
  /** An outside expert (外聘专家) delegated by a side. */
  expert: z.boolean().default(false),
})
export type Negotiator = z.output<typeof negotiator>

const count = z.number().int().min(0).max(10_000_000)

export const contractTermsInput = z.object({
  minimumWageFen: z.number().int().min(0).nullish().transform((v) => v ?? null),
  wageIncreasePct: z.number().min(0).max(100).nullish().transform((v) => v ?? null),
  workingHours: optionalText(200),
  rest: optionalText(200),
  womenProtection: optionalText(500),
  safety: optionalText(500),
})
export type ContractTerms = z.output<typeof contractTermsInput>

export const contractRoundInput = z.object({
  date: isoDateField,
  minutes: optionalText(4000),
})

export const contractSaveInput = z
  .object({
    /** Absent to create. */
    id: z.string().optional(),
    kind: z.enum(contractKinds),
    title: z.string().trim().min(1).max(200),
    unionSide: optionalText(200),
    employerSide: optionalText(200),
    /** Grassroots union under which enterprises not yet in the register are added (it must exist). */
    union: optionalText(200),
    /** Enterprise names as in the register. */
    enterprises: z.array(z.string().trim().min(1).max(200)).max(5000).default([]),
    /** Overrides the headcount computed from the enterprises; needs a reason when the register's figure differs. */
    workersCovered: count.nullish().transform((v) => v ?? null),
    workersCoveredReason: optionalText(200),
    negotiators: z.object({ union: z.array(negotiator).max(50).default([]), employer: z.array(negotiator).max(50).default([]) }).default({ union: [], employer: [] }),
    terms: contractTermsInput.prefault({}),
    text: optionalText(200_000),
    requestDate: optionalIsoDate,
    replyDate: optionalIsoDate,
    rounds: z.array(contractRoundInput).max(100).default([]),
    vote: z.object({ total: count, present: count, approve: count, date: optionalIsoDate }).nullish().transform((v) => v ?? null),
    signedDate: optionalIsoDate,
    filedDate: optionalIsoDate,
    receivedDate: optionalIsoDate,
    /** The labour department objected within 15 days of receipt: the contract does not take effect. */
    objected: z.boolean().default(false),
    termStart: optionalIsoDate,
    termEnd: optionalIsoDate,
    /** 一事一议 (seed 000): relaxes the negotiation rounds, keeps the vote; needs its reason. */
    emergency: z.boolean().default(false),
    emergencyReason: optionalText(500),
    renewalStartedDate: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.emergency && !v.emergencyReason) ctx.addIssue({ code: 'custom', path: ['emergencyReason'], message: '按一事一议简易程序协商时须写明原因' })
    if (v.vote && v.vote.present > v.vote.total) ctx.addIssue({ code: 'custom', path: ['vote', 'present'], message: `到会人数 ${v.vote.present} 超过应到人数 ${v.vote.total}` })
    if (v.vote && v.vote.approve > v.vote.present) ctx.addIssue({ code: 'custom', path: ['vote', 'approve'], message: `赞成票 ${v.vote.approve} 超过到会人数 ${v.vote.present}` })
    if (v.termStart && v.termEnd && v.termEnd < v.termStart) ctx.addIssue({ code: 'custom', path: ['termEnd'], message: `期满日期 ${v.termEnd} 早于起始日期 ${v.termStart}` })
    const order: [keyof typeof v, keyof typeof v, string][] = [
      ['requestDate', 'replyDate', '回应日期早于要约日期'], ['signedDate', 'filedDate', '报送日期早于签订日期'], ['filedDate', 'receivedDate', '收到日期早于报送日期'],
    ]
    for (const [a, b, msg] of order) {
      const x = v[a]; const y = v[b]
      if (typeof x === 'string' && typeof y === 'string' && y < x) ctx.addIssue({ code: 'custom', path: [b], message: `${msg}（${y} < ${x}）` })
    }
  })
export type ContractSaveInput = z.input<typeof contractSaveInput>
export type ContractSaveParsed = z.output<typeof contractSaveInput>

export interface CoveredEnterprise {
  id: string
  name: string
  orgId: string
  creditCode: string | null
  /** Headcount taken from the register when the contract was saved. */
  workers: number | null
}

export interface EnterpriseOption {
  name: string
  orgName: string
  workers: number | null
}

export interface ContractAttachment {
  id: string
  fileName: string
  sha256: string
  sizeBytes: number
  addedAt: string
}

export interface ContractSummary {
  id: string
  kind: ContractKind
  title: string
  unionSide: string | null
  employerSide: string | null
  enterpriseCount: number
  workersCovered: number
  signedDate: string | null
  termStart: string | null
  termEnd: string | null
  /** 协商中 / 已签订 / 已生效 / 已到期 as of today. */
  stage: string
}

export interface ContractDetail extends Omit<ContractSummary, 'enterpriseCount'> {
  union: string | null
  enterprises: CoveredEnterprise[]
  workersComputed: number
  workersCoveredReason: string | null
  negotiators: { union: Negotiator[]; employer: Negotiator[] }
  terms: ContractTerms
  text: string | null
  requestDate: string | null
  replyDate: string | null
  rounds: { date: string; minutes: string | null }[]
  vote: { total: number; present: number; approve: number; date: string | null } | null
  filedDate: string | null
  receivedDate: string | null
  objected: boolean
  emergency: boolean
  emergencyReason: string | null
  renewalStartedDate: string | null
  attachments: ContractAttachment[]
  check: ContractCheck
  timeline: TimelineStep[]
  updatedAt: string
}

export type ReminderKind = 'replyDue' | 'filingLate' | 'expiring' | 'renewalNotStarted'
export const reminderKindLabels: Readonly<Record<ReminderKind, string>> = {
  replyDue: '待回应要约', filingLate: '逾期未报送备案', expiring: '90天内到期', renewalNotStarted: '续签协商未启动',
}

export interface ContractReminder {
  contractId: string
  title: string
  kind: ReminderKind
  due: string
  tone: StepTone
  message: string
}

export interface ContractCoverage {
  asOf: string
  contracts: number
  byKind: { kind: ContractKind; contracts: number; workers: number }[]
  enterprises: number
  workers: number
  /** A worker under two overlapping contracts counted once (by enterprise, its largest headcount). */
  workersDeduplicated: number
  newThisYear: number
  /** The county summary line (seed 002 style), built from the figures above. */
  sentence: string
}

export const contractLabels = {
  id: '集体合同',
  kind: '合同类别',
  title: '合同名称',
  unionSide: '工会方',
  employerSide: '企业方',
  union: '所属基层工会',
  enterprises: '覆盖企业',
  workersCovered: '覆盖职工人数',
  workersCoveredReason: '人数调整原因',
  negotiators: '协商代表',
  'negotiators.union': '工会方协商代表',
  'negotiators.employer': '企业方协商代表',
  'negotiators.union.name': '工会方代表姓名',
  'negotiators.employer.name': '企业方代表姓名',
  terms: '主要条款',
  'terms.minimumWageFen': '最低工资',
  'terms.wageIncreasePct': '工资增长幅度',
  'terms.workingHours': '工作时间',
  'terms.rest': '休息休假',
  'terms.womenProtection': '女职工保护',
  'terms.safety': '劳动安全卫生',
  text: '合同文本',
  requestDate: '要约日期',
  replyDate: '回应日期',
  rounds: '协商会议',
  'rounds.date': '协商日期',
  'rounds.minutes': '会议纪要',
  vote: '表决',
  'vote.total': '应到人数',
  'vote.present': '到会人数',
  'vote.approve': '赞成票',
  'vote.date': '表决日期',
  signedDate: '签订日期',
  filedDate: '报送备案日期',
  receivedDate: '劳动部门收到日期',
  objected: '劳动部门提出异议',
  termStart: '期限起始',
  termEnd: '期限届满',
  emergency: '一事一议简易程序',
  emergencyReason: '简易程序原因',
  renewalStartedDate: '续签协商启动日期',
  today: '检查日期',
  expiringDays: '到期天数',
  asOf: '统计日期',
  file: '文件',
  contractId: '集体合同',
  q: '查询内容',
} as const

const today = optionalIsoDate

export const contractsContract = {
  'contracts.save': {
    input: contractSaveInput,
    labels: contractLabels,
    result: returns<ContractDetail>(),
    permission: 'members.write',
    writes: true,
  },
  'contracts.get': {
    input: z.object({ id: recordId, today }),
    labels: contractLabels,
    result: returns<ContractDetail>(),
    permission: 'members.read',
    writes: false,
  },
  /** The legal checks as of `today` (default: the clock's date). */
  'contracts.check': {
    input: z.object({ id: recordId, today }),
    labels: contractLabels,
    result: returns<ContractCheck>(),
    permission: 'members.read',
    writes: false,
  },
  'contracts.list': {
    input: z.object({
      kind: z.enum(contractKinds).optional(),
      q: z.string().trim().max(40).optional(),
      /** Only contracts whose term ends within N days of today (already expired ones excluded). */
      expiringDays: z.number().int().min(0).max(3650).optional(),
      today,
      ...pageFields(10_000, 200),
    }),
    labels: contractLabels,
    result: returns<ContractSummary[]>(),
    permission: 'members.read',
    writes: false,
  },
  'contracts.reminders': {
    input: z.object({ today }),
    labels: contractLabels,
    result: returns<ContractReminder[]>(),
    permission: 'members.read',
    writes: false,
  },
  'contracts.coverage': {
    input: z.object({ asOf: optionalIsoDate }),
    labels: contractLabels,
    result: returns<ContractCoverage>(),
    permission: 'members.read',
    writes: false,
  },
  /** Enterprises of the register whose name contains `q`, to pick those a contract covers. */
  'contracts.enterpriseOptions': {
    input: z.object({ q: z.string().trim().max(40).default(''), limit: z.number().int().min(1).max(200).default(50) }),
    labels: contractLabels,
    result: returns<EnterpriseOption[]>(),
    permission: 'members.read',
    writes: false,
  },
  /** A scan (signed text, filing receipt); stored under the data folder by its SHA-256 once the call commits. */
  'contracts.attachFile': {
    input: z.object({ contractId: recordId, file: filePayload }),
    labels: contractLabels,
    result: returns<ContractAttachment>(),
    permission: 'members.write',
    writes: true,
  },
} satisfies ContractSection<'contracts'>
