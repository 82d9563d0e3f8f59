import { z } from 'zod'
import { memberStatuses, type MemberStatus, type NewFormType } from '../members/fields'
import { isoDateField, recordId } from './fields'
import { returns, type ContractSection } from './types'

/**
 * Issue 15, federation mode: what a county federation (县（区）总工会) reads from the packages its offices carried in.
 * Reads only; registering cards, importing packages and resolving conflicts are shared/contract/federation.ts.
 * A member left out by a resolved conflict (保留一方) appears in the register marked so and is never counted.
 */

/** An office is overdue when its last package was made more than this many days ago: a month plus a week to carry the stick. */
export const defaultOverdueDays = 35

export interface FederationOffice {
  id: string
  unionName: string
  creditCode: string | null
  level: string
  /** keyCardFingerprint: 8 groups of 5 digits, to compare over the phone. */
  fingerprint: string
  registeredAt: string
  /** 0 until a package is merged (or after the card was replaced: a full package is due). */
  lastSequence: number
  lastKind: 'full' | 'incremental' | null
  /** When the office made its last package (its manifest's createdAt). */
  lastPackageAt: string | null
  lastImportedAt: string | null
  /** Set when a package showed this office's audit trail cut or rewritten since an earlier one (exchange import). */
  auditWarning: string | null
  /** Members in 在会 or 保留 status the federation counts for this office. */
  members: number
  openConflicts: number
  /** Whole days since the last package was made (since registration when none came yet). */
  daysSince: number
  overdue: boolean
}

export interface FederationOfficeList {
  today: string
  overdueDays: number
  offices: FederationOffice[]
  overdueCount: number
}

export const conflictStates = ['open', 'kept_one', 'kept_both'] as const
export type ConflictState = (typeof conflictStates)[number]
export const conflictStateLabels: Readonly<Record<ConflictState, string>> = { open: '待处理', kept_one: '已保留一方', kept_both: '两方均保留' }

export interface ConflictSide {
  officeId: string
  officeName: string
  memberId: string
  /** Null when the office's later package no longer carries the member. */
  name: string | null
  status: MemberStatus | null
  employerName: string | null
  /** Whether the federation's figures count this side (false: left out by 保留一方). */
  counted: boolean
}

export interface FederationConflict {
  id: string
  idNumberMasked: string
  detectedAt: string
  state: ConflictState
  first: ConflictSide
  second: ConflictSide
  keptOfficeId: string | null
  note: string | null
  resolvedAt: string | null
  resolvedBy: string | null
}

export interface FederationConflictPage {
  rows: FederationConflict[]
  total: number
  openTotal: number
}

/** 在册: 在会 and 保留 together, the register's default. */
export const registerStatusFilters = ['current', ...memberStatuses] as const
export type RegisterStatusFilter = (typeof registerStatusFilters)[number]

export interface FederationMemberRowView {
  officeId: string
  officeName: string
  memberId: string
  name: string
  idNumberMasked: string
  gender: '男' | '女' | null
  birthDate: string | null
  status: MemberStatus
  isMigrant: boolean
  newFormType: NewFormType | null
  employerName: string | null
  /** open: the ID is active in another office too; left_out: 保留一方 kept the other office, so this row is not counted. */
  conflict: 'open' | 'left_out' | null
}

export interface FederationMemberPage {
  rows: FederationMemberRowView[]
  total: number
}

export interface FederationFigures {
  /** 在会 (not 保留), as the annual return counts members. */
  active: number
  retained: number
  women: number
  migrant: number
  newForm: number
  newFormByType: Record<NewFormType, number>
  /** 入会 events dated in the period (not voided). */
  newMembers: number
  /** Collective contracts signed in the period, and the workers they cover. */
  contracts: number
  contractWorkers: number
  /** Aid paid in the period (by payment date), fen, and person-times. */
  aidPaidFen: number
  aidPayments: number
}

export interface FederationStatisticsRow {
  /** An office id, or (drill-down) the grassroots union's key within the office. */
  key: string
  label: string
  figures: FederationFigures
}

export interface FederationStatistics {
  from: string
  to: string
  /** Set when drilled down: the rows are that office's grassroots unions. */
  office: { id: string; unionName: string } | null
  rows: FederationStatisticsRow[]
  total: FederationFigures
  /** Members left out by 保留一方 (not in any figure), so the sum can be reconciled with the offices' own counts. */
  leftOut: number
}

const page = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
}

export const federationViewsContract = {
  'federationViews.offices': {
    input: z.object({ overdueDays: z.number().int().min(1).max(366).default(defaultOverdueDays) }),
    labels: { overdueDays: '逾期天数' },
    result: returns<FederationOfficeList>(),
    permission: 'members.read',
    writes: false,
  },
  'federationViews.conflicts': {
    input: z.object({ state: z.enum(['open', 'resolved', 'all']).default('open'), ...page }),
    labels: { state: '处理状态', page: '页码', pageSize: '每页条数' },
    result: returns<FederationConflictPage>(),
    permission: 'members.read',
    writes: false,
  },
  'federationViews.members': {
    input: z.object({
      q: z.string().trim().max(40).optional(),
      officeId: recordId.optional(),
      status: z.enum(registerStatusFilters).default('current'),
      ...page,
    }),
    labels: { q: '查询内容', officeId: '下级单位', status: '会籍状态', page: '页码', pageSize: '每页条数' },
    result: returns<FederationMemberPage>(),
    permission: 'members.read',
    writes: false,
  },
  'federationViews.statistics': {
    input: z.object({ from: isoDateField, to: isoDateField, officeId: recordId.optional() }),
    labels: { from: '起始日期', to: '截止日期', officeId: '下级单位' },
    result: returns<FederationStatistics>(),
    permission: 'members.read',
    writes: false,
  },
} satisfies ContractSection<'federationViews'>
