import { z } from 'zod'
import { CASE_ACTIONS, CASE_STATUSES, DISPUTE_TYPES, LEGAL_AID_KINDS, type CaseAction, type CaseOutcome, type CaseStatus, type DisputeType, type LegalAidKind } from '../mediation/types'
import { checkIdNumber } from '../identity/id-number'
import { normalizeMobile } from '../identity/mobile'
import { isoDateField, optionalText, pageFields, recordId } from './fields'
import { returns, type ContractSection } from './types'

/**
 * Labour-dispute mediation cases (劳动争议调解, domain §10). Worker ID numbers and phones are masked in every result.
 * Changes after the first version are additive only; each is noted here.
 */

export interface MediationWorker {
  /** Set when the worker is a member of the register; name and numbers then come from it. */
  memberId: string | null
  name: string
  /** Masked (110101********1234). */
  idNumber: string | null
  /** Masked (138****1234). */
  phone: string | null
}

export interface MediationEvent {
  action: '受理' | CaseAction
  date: string
  operator: string
  note: string | null
}

export interface MediationCaseSummary {
  id: string
  /** 2026-007: year of receipt and a serial, never reused. */
  caseNo: string
  status: CaseStatus
  type: DisputeType
  enterpriseId: string
  enterpriseName: string
  workers: MediationWorker[]
  appliedDate: string
  acceptedDate: string
  closedDate: string | null
  mediator: string | null
  claimFen: number | null
  legalAid: boolean
  legalAidKind: LegalAidKind | null
  /** The 15-day period's last day (extended past a weekend or holiday) and whether it was, or is, overrun. */
  periodEnd: string
  overdue: boolean
}

export interface MediationCase extends MediationCaseSummary {
  claims: string | null
  agreement: string | null
  note: string | null
  events: MediationEvent[]
  /** What core accepts next (the UI offers exactly these) and whether the particulars may still be edited. */
  allowedActions: CaseAction[]
  editable: boolean
  /** The mediation-period rule applied to this case, in words naming the dates. */
  clockText: string
  /** 调解不成: the last day to apply for arbitration (one year, §27). */
  arbitrationLimitEnd: string | null
}

export interface MediationPage {
  items: MediationCaseSummary[]
  total: number
}

export interface MediationStats {
  from: string
  to: string
  /** Cases received (申请) in the period. */
  received: number
  /** Cases closed in the period, by outcome. */
  byOutcome: Record<CaseOutcome, number>
  /** Received cases by dispute type. */
  byType: Record<DisputeType, number>
  /** Received on or before `to` and not closed by then. */
  pending: number
  /** Of the cases received: those where legal aid was given, and the workers in them (the seed counts workers). */
  legalAidCases: number
  legalAidWorkers: number
  /** Closed in the period after the 15-day period ran out. */
  closedOverdue: number
}

export interface EnterpriseOption {
  id: string
  name: string
  creditCode: string | null
  orgName: string
}

/**
 * Results show ID numbers and phones masked only, so an edit that leaves one out keeps what is on file (as hardship
 * files do): absent = keep, null or '' = clear, otherwise the new value.
 */
const keptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v ? v : null))

export const mediationWorkerInput = z
  .object({
    memberId: z.string().trim().min(1).nullish().transform((v) => v ?? null),
    /** Free text for a worker outside the register; ignored when memberId is given (the register's name is used). */
    name: z.string().trim().max(50).nullish().transform((v) => (v ? v : null)),
    idNumber: keptText(40).superRefine((v, ctx) => {
      const check = v ? checkIdNumber(v) : null
      if (check && !check.valid) ctx.addIssue({ code: 'custom', message: check.error ?? '证件号码不正确' })
    }),
    phone: keptText(30).transform((v) => (v ? (normalizeMobile(v).value ?? v) : v)),
  })
  .refine((w) => w.memberId !== null || w.name !== null, { error: '请选择会员或填写职工姓名', path: ['name'] })

const fen = z.number().int().min(0).max(100_000_000_000)

/** The particulars a clerk types; the same schema checks the form and the core. */
export const mediationCaseFields = z.object({
  type: z.enum(DISPUTE_TYPES),
  workers: z.array(mediationWorkerInput).min(1).max(200),
  /** The employer from the enterprise register: its id (UI) or its name (CLI files). */
  enterpriseId: z.string().trim().min(1).optional(),
  enterprise: z.string().trim().min(1).max(200).optional(),
  /** With `enterprise`: a name not in the register yet is added under this grassroots union (as contracts add does). */
  union: z.string().trim().min(1).max(200).optional(),
  mediator: optionalText(50),
  claims: optionalText(1000),
  claimFen: fen.nullish().transform((v) => v ?? null),
  legalAid: z.boolean().default(false),
  legalAidKind: z.enum(LEGAL_AID_KINDS).nullish().transform((v) => v ?? null),
  note: optionalText(1000),
})

type Fields = z.output<typeof mediationCaseFields>
const needsEnterprise = (v: Pick<Fields, 'enterpriseId' | 'enterprise'>) => v.enterpriseId !== undefined || v.enterprise !== undefined
const aidKindGiven = (v: Pick<Fields, 'legalAid' | 'legalAidKind'>) => !v.legalAid || v.legalAidKind !== null

export const mediationAddInput = mediationCaseFields
  .extend({ appliedDate: isoDateField, acceptedDate: isoDateField.optional() })
  .refine(needsEnterprise, { error: '请选择被申请的用人单位', path: ['enterpriseId'] })
  .refine(aidKindGiven, { error: '提供了法律援助时请选择援助方式', path: ['legalAidKind'] })
  .refine((v) => v.acceptedDate === undefined || v.acceptedDate >= v.appliedDate, { error: '受理日期不能早于申请日期', path: ['acceptedDate'] })

export const mediationUpdateInput = mediationCaseFields
  .extend({ id: recordId })
  .refine(needsEnterprise, { error: '请选择被申请的用人单位', path: ['enterpriseId'] })
  .refine(aidKindGiven, { error: '提供了法律援助时请选择援助方式', path: ['legalAidKind'] })

export const mediationAdvanceInput = z.object({
  id: recordId,
  action: z.enum(CASE_ACTIONS),
  /** Defaults to today. */
  date: isoDateField.optional(),
  /** 开始调解 may name the mediator here when the case has none yet. */
  mediator: optionalText(50),
  /** 调解成功: the agreement's terms (required). */
  agreement: optionalText(2000),
  note: optionalText(500),
})

export const mediationLabels = {
  id: '案件',
  type: '争议类型',
  workers: '申请人（职工）',
  'workers.memberId': '会员',
  'workers.name': '职工姓名',
  'workers.idNumber': '职工身份证号',
  'workers.phone': '职工联系电话',
  enterpriseId: '用人单位',
  enterprise: '用人单位',
  union: '所属基层工会',
  mediator: '调解员',
  claims: '申请事项',
  claimFen: '请求金额',
  legalAid: '法律援助',
  legalAidKind: '援助方式',
  note: '备注',
  appliedDate: '申请日期',
  acceptedDate: '受理日期',
  action: '办理事项',
  date: '办理日期',
  agreement: '调解协议内容',
  q: '查询内容',
  status: '案件状态',
  limit: '条数',
  offset: '起始位置',
  from: '起始日期',
  to: '截止日期',
} as const

export const mediationContract = {
  'mediation.list': {
    input: z.object({
      q: z.string().trim().max(40).optional(),
      status: z.enum(CASE_STATUSES).optional(),
      type: z.enum(DISPUTE_TYPES).optional(),
      ...pageFields(200),
    }),
    labels: mediationLabels,
    result: returns<MediationPage>(),
    permission: 'mediation.read',
    writes: false,
  },
  'mediation.get': {
    input: z.object({ id: recordId }),
    labels: mediationLabels,
    result: returns<MediationCase>(),
    permission: 'mediation.read',
    writes: false,
  },
  /** Registers a case as 受理 (accepted on acceptedDate, default the application day), with the next case number. */
  'mediation.add': {
    input: mediationAddInput,
    labels: mediationLabels,
    result: returns<MediationCase>(),
    permission: 'mediation.write',
    writes: true,
  },
  /** Corrects the particulars of an open case; refused once the case has ended. */
  'mediation.update': {
    input: mediationUpdateInput,
    labels: mediationLabels,
    result: returns<MediationCase>(),
    permission: 'mediation.write',
    writes: true,
    auditRecord: { read: 'mediation.get', id: 'id' },
  },
  /** One step of the workflow (shared/mediation/workflow.ts); a step the table refuses is TRANSITION_NOT_ALLOWED. */
  'mediation.advance': {
    input: mediationAdvanceInput,
    labels: mediationLabels,
    result: returns<MediationCase>(),
    permission: 'mediation.write',
    writes: true,
  },
  /** Counts for reports (workbench, annual return): received, closed by outcome, pending, legal aid, in [from, to]. */
  'mediation.stats': {
    input: z
      .object({ from: isoDateField, to: isoDateField })
      .refine((v) => v.from <= v.to, { error: '起始日期不能晚于截止日期', path: ['from'] }),
    labels: mediationLabels,
    result: returns<MediationStats>(),
    permission: 'mediation.read',
    writes: false,
  },
  /** Employers in the enterprise register whose name contains `q`, for the case form's picker. */
  'mediation.enterprises': {
    input: z.object({ q: z.string().trim().min(1).max(40), limit: z.number().int().min(1).max(50).default(20) }),
    labels: mediationLabels,
    result: returns<EnterpriseOption[]>(),
    permission: 'mediation.read',
    writes: false,
  },
} satisfies ContractSection<'mediation'>
