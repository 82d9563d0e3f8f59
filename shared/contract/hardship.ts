import { z } from 'zod'
import { isoDateField, optionalText, pageFields, revealReason } from './fields'
import {
  EXPENSE_KINDS,
  HARDSHIP_CATEGORY_VALUES,
  HARDSHIP_CAUSES,
  HARDSHIP_STATUSES,
  HARDSHIP_STEPS,
  INCOME_KINDS,
  type CategoryCalculation,
  type DueReview,
  type HardshipFile,
  type HardshipFileSummary,
  type HardshipSettings,
} from '../hardship/types'
import { returns, type ContractSection } from './types'

const fenAmount = z.number().int().min(0).max(100_000_000_000)
const isoDate = isoDateField

/**
 * A value results only ever show masked (ID, bank account, phone, health): absent (undefined) = keep the stored one,
 * as members.save does; null or '' = clear; otherwise the new value. On create, absent is simply none.
 */
const keptNumber = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v ? v : null))

export const familyMemberInput = z.object({
  name: z.string().trim().min(1).max(30),
  relation: z.string().trim().min(1).max(10),
  /** Absent = keep the number stored for this person (matched by name); null or '' = clear. */
  idNumber: keptNumber(30),
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  /** Shown hidden (issue 14): absent = keep what is stored for this person, like the ID number. */
  health: keptNumber(30),
  employment: optionalText(40),
  monthlyIncomeFen: fenAmount.default(0),
})

export const incomeSourceInput = z.object({
  kind: z.enum(INCOME_KINDS),
  annualFen: fenAmount,
  note: optionalText(60),
})

export const rigidExpenseInput = z.object({
  kind: z.enum(EXPENSE_KINDS),
  annualFen: fenAmount,
  note: optionalText(60),
})

/** The household's content; `category` is left out to take the suggestion, and 意外致困 needs `categoryReason`. */
export const hardshipContentInput = z.object({
  familyMembers: z.array(familyMemberInput).max(20).default([]),
  incomes: z.array(incomeSourceInput).max(30).default([]),
  expenses: z.array(rigidExpenseInput).max(30).default([]),
  causes: z.array(z.enum(HARDSHIP_CAUSES)).min(1),
  category: z.enum(HARDSHIP_CATEGORY_VALUES).nullish().transform((v) => v ?? null),
  categoryReason: optionalText(200),
  address: optionalText(200),
  /** Absent = keep the stored phone (results show it masked); null or '' = clear. */
  phone: keptNumber(30),
  bankName: optionalText(60),
  /** Absent = keep the stored account; null or '' = clear. */
  bankAccount: keptNumber(40),
  note: optionalText(500),
})

/**
 * What the category calculation reads: the household as the create/update form holds it. Family rows only count
 * heads, so a row still being typed (no name yet) is counted, not refused.
 */
export const householdInput = z.object({
  familyMembers: z.array(familyMemberInput.partial()).max(20).default([]),
  // Required (an empty list is fine), so a caller still sending the old totals is refused instead of read as zero.
  incomes: z.array(incomeSourceInput).max(30),
  expenses: z.array(rigidExpenseInput).max(30),
})

export const hardshipLabels = {
  id: '档案',
  reviewDueBy: '复核截止日期',
  memberId: '会员',
  idNumber: '身份证号',
  applyDate: '申请日期',
  familyMembers: '家庭成员',
  'familyMembers.name': '家庭成员姓名',
  'familyMembers.relation': '与户主关系',
  'familyMembers.idNumber': '家庭成员身份证号',
  'familyMembers.birthDate': '家庭成员出生日期',
  'familyMembers.health': '健康状况',
  'familyMembers.employment': '就业或就学',
  'familyMembers.monthlyIncomeFen': '月收入',
  incomes: '收入来源',
  'incomes.kind': '收入类别',
  'incomes.annualFen': '年收入金额',
  'incomes.note': '收入说明',
  expenses: '刚性支出',
  'expenses.kind': '支出类别',
  'expenses.annualFen': '年支出金额',
  'expenses.note': '支出说明',
  causes: '致困原因',
  category: '困难类别',
  categoryReason: '类别认定理由',
  address: '家庭住址',
  phone: '联系电话',
  bankName: '开户银行',
  bankAccount: '银行账号',
  note: '备注',
  reason: '查看原因',
  step: '办理环节',
  date: '办理日期',
  asOf: '截止日期',
  withinDays: '提前天数',
  dibaoLineFen: '低保标准',
  q: '查询内容',
  status: '状态',
  limit: '条数',
  offset: '起始位置',
} as const

const memberRef = {
  memberId: z.string().trim().min(1).optional(),
  /** The CLI names the member by ID number; the UI passes the id. */
  idNumber: z.string().trim().min(1).optional(),
}
const needsMember = (v: { memberId?: string | undefined; idNumber?: string | undefined }) =>
  v.memberId !== undefined || v.idNumber !== undefined

export interface HardshipPage {
  items: HardshipFileSummary[]
  total: number
}

export const hardshipContract = {
  'hardship.list': {
    input: z.object({
      q: z.string().trim().max(40).optional(),
      status: z.enum(HARDSHIP_STATUSES).optional(),
      category: z.enum(HARDSHIP_CATEGORY_VALUES).optional(),
      /** Registered files whose yearly review falls due on or before this day (the workbench's 年度复核 to-do). */
      reviewDueBy: isoDate.optional(),
      ...pageFields(200),
    }),
    labels: hardshipLabels,
    result: returns<HardshipPage>(),
    permission: 'aid.read',
    writes: false,
  },
  /** One file by id, or the member's file by member id or ID number. */
  'hardship.get': {
    input: z
      .object({ id: z.string().trim().min(1).optional(), ...memberRef })
      .refine((v) => v.id !== undefined || needsMember(v), { error: '请指定档案或会员', path: ['id'] }),
    labels: hardshipLabels,
    result: returns<HardshipFile>(),
    permission: 'aid.read',
    writes: false,
  },
  /**
   * The file with phone, health details, ID and bank numbers in full; the reason lands in the audit trail
   * (writes: true, so the row is written in the call's transaction).
   */
  'hardship.revealDetail': {
    input: z.object({ id: z.string().trim().min(1), reason: revealReason }),
    labels: hardshipLabels,
    result: returns<HardshipFile>(),
    permission: 'members.unmask',
    writes: true,
  },
  /** 申请: opens the household file (status 申请), one per member. */
  'hardship.create': {
    input: hardshipContentInput
      .extend({ ...memberRef, applyDate: isoDate.optional() })
      .refine(needsMember, { error: '请指定会员（会员编号或身份证号）', path: ['memberId'] }),
    labels: hardshipLabels,
    result: returns<HardshipFile>(),
    permission: 'aid.write',
    writes: true,
  },
  'hardship.update': {
    input: hardshipContentInput.extend({ id: z.string().trim().min(1) }),
    labels: hardshipLabels,
    result: returns<HardshipFile>(),
    permission: 'aid.write',
    writes: true,
    auditRecord: { read: 'hardship.get', id: 'id' },
  },
  /** Records one lifecycle step (初审, 入户调查, 公示, 建档, 年度复核, 脱困, 返困, 未通过), dated, with the operator. */
  'hardship.advance': {
    input: z.object({
      id: z.string().trim().min(1),
      step: z.enum(HARDSHIP_STEPS),
      date: isoDate.optional(),
      note: optionalText(500),
    }),
    labels: hardshipLabels,
    result: returns<HardshipFile>(),
    permission: 'aid.write',
    writes: true,
  },
  /** The category calculation for a household being typed in, with the stored 低保 line; saves nothing. */
  'hardship.calculate': {
    input: householdInput,
    labels: hardshipLabels,
    result: returns<CategoryCalculation>(),
    permission: 'aid.read',
    writes: false,
  },
  /** Registered files whose yearly review falls due on or before asOf + withinDays (asOf defaults to today). */
  'hardship.dueReviews': {
    input: z.object({ asOf: isoDate.optional(), withinDays: z.number().int().min(0).max(366).default(30) }),
    labels: hardshipLabels,
    result: returns<DueReview[]>(),
    permission: 'aid.read',
    writes: false,
  },
  'hardship.settings': {
    input: z.object({}),
    labels: {},
    result: returns<HardshipSettings>(),
    permission: 'aid.read',
    writes: false,
  },
  'hardship.saveSettings': {
    input: z.object({ dibaoLineFen: z.number().int().min(1).max(10_000_000) }),
    labels: hardshipLabels,
    result: returns<HardshipSettings>(),
    permission: 'aid.approve',
    writes: true,
  },
} satisfies ContractSection<'hardship'>
