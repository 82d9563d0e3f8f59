import { z } from 'zod'
import { isoDateField, revealReason } from './fields'
import { returns, type ContractSection, type GeneratedFile } from './types'

/**
 * 省级模板导出 (issue 15, domain §11.3): for a federation without the app, the register as the provincial 会员信息采集表
 * (the 20 columns of §3.1, header text exact, dates yyyy/MM/dd and numbers as text) with a summary per grassroots union,
 * unencrypted. It holds full ID numbers and mobile numbers, so it is an unmasked export: permission 'members.unmask',
 * a reason, and an audit row. Bank accounts are not in the template and never in the file.
 */

export interface ProvincialPeriod {
  /** Both inclusive, YYYY-MM-DD: the span the summary's 本期入会/转入/转出… count. */
  from: string
  to: string
}

/** What an export would hold, asked before it is made (the card shows it; the export's progress is measured by it). */
export interface ProvincialPreview {
  /** Rows of the 会员信息采集表: every member of the unions chosen, whatever their status. */
  rows: number
  /** Of them in good standing (在会 + 保留), the summary's 会员总数. */
  inGoodStanding: number
  /** Grassroots unions in the summary. */
  unions: number
  period: ProvincialPeriod
  /** The union asked for, or null for the whole office. */
  orgName: string | null
}

const filterFields = z.object({
  /** One grassroots union; absent = every union of the office. */
  orgId: z.string().trim().min(1).optional(),
  /** The summary's period; absent = the statistical year (1 October – 30 September) that holds today. */
  from: isoDateField.optional(),
  to: isoDateField.optional(),
})

/** ISO dates sort as text, so the order check needs no parsing (each date was checked by its own field). */
const periodChecked = <T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: T) =>
  schema
    .refine((v) => !v.from || !v.to || v.from <= v.to, { error: '应不晚于统计截止日期', path: ['from'] })
    .refine((v) => (v.from === undefined) === (v.to === undefined), { error: '起止日期应同时给出', path: ['to'] })

export const provincialLabels = {
  orgId: '基层工会',
  from: '统计起始日期',
  to: '统计截止日期',
  reason: '导出理由',
} as const

export const provincialContract = {
  'provincial.preview': {
    input: periodChecked(filterFields),
    labels: provincialLabels,
    result: returns<ProvincialPreview>(),
    permission: 'members.read',
    writes: false,
  },
  /** The workbook (会员信息采集表, 汇总表, 填报说明) into the outbox; audited with its reason in the same transaction. */
  'provincial.export': {
    input: periodChecked(filterFields.extend({ reason: revealReason })),
    labels: provincialLabels,
    result: returns<GeneratedFile>(),
    permission: 'members.unmask',
    writes: true,
  },
} satisfies ContractSection<'provincial'>
