import { z } from 'zod'
import { isoDateField, pageFields, recordId } from './fields'
import { returns, type ContractSection } from './types'

/**
 * 统计报表 (issue 16, domain §11): the annual statistical return and period summaries, computed in core with SQL
 * aggregates. Every figure has a stable key (the JSON of `uniondesk report annual --json` and the export's rows use it)
 * and its Chinese label. Changes after the first version are additive only; each is noted here.
 */

/** How a figure's value is measured: a count (its unit says of what) or money in integer fen. */
export type FigureKind = 'count' | 'fen'

/** The sections of the return, in the order they are shown and exported. */
export const figureGroups = [
  { key: 'unions', label: '基层工会组织' },
  { key: 'members', label: '会员' },
  { key: 'changes', label: '会籍变化' },
  { key: 'contracts', label: '集体合同' },
  { key: 'congress', label: '职工代表大会' },
  { key: 'hardship', label: '困难职工' },
  { key: 'aid', label: '帮扶救助' },
  { key: 'mediation', label: '劳动争议调解' },
] as const
export type FigureGroupKey = (typeof figureGroups)[number]['key']

export interface Figure {
  /** Stable across versions and years, e.g. 'members.total', 'contracts.kind.wage.workers', 'aid.program.<code>.amount'. */
  key: string
  /** Chinese label as printed on the return, e.g. 年末在会会员. */
  label: string
  group: FigureGroupKey
  kind: FigureKind
  /** 家, 人, 份, 户, 件, 次, 人次; 元 for money (the value is still fen). */
  unit: string
  /** 0 for a headline figure, 1 for 其中 under it, 2 under that: the export indents by it. */
  level: 0 | 1 | 2
  /** The figure for the period; null when it cannot be computed from the data, and `reason` says why. */
  value: number | null
  reason: string | null
  /** The same figure for the period a year before (the annual return only; null in a summary). */
  previous: number | null
  previousReason: string | null
  /** A caveat on a value that is computed, e.g. 另有3名会员的入会日期未记录，未计入. */
  note: string | null
  /** reports.records can list what this figure counts. */
  drillable: boolean
}

/** A reporting period, both dates inclusive. */
export interface ReportPeriod {
  from: string
  to: string
}

/** One grassroots union's column of the per-union breakdown: value per figure key (null = cannot be computed). */
export interface UnionFigures {
  orgId: string
  orgName: string
  values: Record<string, number | null>
}

export interface AnnualReturn {
  /** The year the period ends in: 2026 = 2025-10-01 … 2026-09-30 with the default start. */
  year: number
  /** 2026年度（2025年10月1日至2026年9月30日）. */
  title: string
  period: ReportPeriod
  previousPeriod: ReportPeriod
  /** The reporting year's first day as configured (MM-DD, default 10-01). */
  yearStart: string
  /** The union asked for, or null for the whole office. */
  orgId: string | null
  orgName: string | null
  /** The office's name (本单位信息), for the return's heading. */
  officeName: string | null
  groups: ReadonlyArray<{ key: FigureGroupKey; label: string }>
  /** Totals (or the one union's figures when orgId is given), in display order. */
  figures: Figure[]
  /**
   * This year per grassroots union (every union that existed at some point in the year), keyed by figure key. A record
   * with no union (a contract saved without one) is counted only in the totals, so the columns may sum to less.
   */
  unions: UnionFigures[]
  /** One paragraph in the seed reports' style, exact numbers: 新增工会组织32家，覆盖职工1700人；签订集体合同119份，覆盖职工11447人。 */
  summary: string
  generatedAt: string
}

export interface PeriodSummary {
  period: ReportPeriod
  orgId: string | null
  orgName: string | null
  groups: ReadonlyArray<{ key: FigureGroupKey; label: string }>
  /** The same figures as the annual return, for the period (state figures as at `to`); previous is always null. */
  figures: Figure[]
  summary: string
  generatedAt: string
}

export type ReportRecordKind = 'org' | 'enterprise' | 'member' | 'member_event' | 'contract' | 'congress' | 'hardship' | 'aid_application' | 'mediation'

/** One record a figure counts, with enough to open it: kind + id opens the record's page. */
export interface ReportRecord {
  kind: ReportRecordKind
  id: string
  /** The member, union, contract title, case number… */
  title: string
  /** Masked ID number, amount, category, outcome: a short line that tells the rows apart. */
  detail: string | null
  orgId: string | null
  orgName: string | null
  /** The date the record is counted by (event date, signing date, payment date…), if it has one. */
  date: string | null
  /** For a member_event or an aid application: the member it belongs to, so the member's page can open. */
  memberId: string | null
}

export interface ReportRecordPage {
  key: string
  label: string
  period: ReportPeriod
  total: number
  items: ReportRecord[]
}

export interface ReportSettings {
  /** MM-DD of the reporting year's first day (domain §11.1: 10-01). */
  yearStart: string
}

const year = z.number().int().min(1990).max(2100)
const optionalOrg = recordId.optional()

const monthDay = z
  .string()
  .trim()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '应为 MM-DD 格式，例如 10-01' })
  .refine((v) => {
    const [m = 0, d = 0] = v.split('-').map(Number)
    // A start on 29–31 does not exist in every month; 02-29 would move every fourth year.
    return d <= ([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0)
  }, { error: '该日期不是每年都有，请选择 1–28 日或当月存在的日期' })

export const reportsAnnualInput = z.object({ year, orgId: optionalOrg })
export const reportsSummaryInput = z
  .object({ from: isoDateField, to: isoDateField, orgId: optionalOrg })
  .refine((v) => v.from <= v.to, { error: '开始日期不能晚于结束日期', path: ['to'] })
export const reportsRecordsInput = z
  .object({
    key: z.string().trim().min(1).max(200),
    /** The annual return's year, or a period (as in reports.summary): one of the two. */
    year: year.optional(),
    from: isoDateField.optional(),
    to: isoDateField.optional(),
    /** The previous year's side of the annual return. */
    previous: z.boolean().default(false),
    orgId: optionalOrg,
    ...pageFields(500, 50),
  })
  .refine((v) => v.year !== undefined || (v.from !== undefined && v.to !== undefined), { error: '请给出年度或起止日期', path: ['year'] })
  .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, { error: '开始日期不能晚于结束日期', path: ['to'] })

export const reportsLabels = {
  year: '年度',
  orgId: '基层工会',
  from: '开始日期',
  to: '结束日期',
  key: '统计项',
  previous: '上年同期',
  limit: '条数',
  offset: '起始位置',
  yearStart: '统计年度起始日',
} as const

export const reportsContract = {
  'reports.annual': {
    input: reportsAnnualInput,
    labels: reportsLabels,
    result: returns<AnnualReturn>(),
    permission: 'members.read',
    writes: false,
  },
  'reports.summary': {
    input: reportsSummaryInput,
    labels: reportsLabels,
    result: returns<PeriodSummary>(),
    permission: 'members.read',
    writes: false,
  },
  'reports.records': {
    input: reportsRecordsInput,
    labels: reportsLabels,
    result: returns<ReportRecordPage>(),
    permission: 'members.read',
    writes: false,
  },
  'reports.getSettings': {
    input: z.object({}),
    labels: {},
    result: returns<ReportSettings>(),
    permission: 'members.read',
    writes: false,
  },
  'reports.saveSettings': {
    input: z.object({ yearStart: monthDay }),
    labels: reportsLabels,
    result: returns<ReportSettings>(),
    permission: 'profile.write',
    writes: true,
  },
} satisfies ContractSection<'reports'>
