import { z } from 'zod'
import { isIsoDate } from '../dates'
import { memberColumnKeys, type MemberColumnKey } from '../members/columns'
import {
  genders, idKinds, memberEventTypes, memberStatuses, newFormTypes,
  type Gender, type MemberEventType, type MemberIdKind, type MemberStatus, type NewFormType,
} from '../members/fields'
import { isoDateField, optionalText as text, revealReason } from './fields'
import { filePayload, returns, type ContractSection, type GeneratedFile } from './types'

/**
 * The member register (实名制会员库). ID numbers and bank accounts are masked in every result except those of the
 * `members.reveal*` / `members.exportUnmasked` methods, which are writes (audited) needing 'members.unmask'.
 * Changes after the first version are additive only; each is noted here.
 */

/** How any feature shows a member in a list (aid, printing use it through toMemberSummary). */
export interface MemberSummary {
  id: string
  name: string
  /** Masked (110101********1234) except in members.revealList. */
  idNumber: string
  idKind: MemberIdKind
  gender: Gender | null
  birthDate: string | null
  /** Age on the core's today, from birthDate. */
  age: number | null
  orgId: string
  orgName: string
  enterpriseName: string | null
  status: MemberStatus
  /** Masked 138****1234. */
  phone: string | null
  isMigrant: boolean
  newFormType: NewFormType | null
}

export type MemberMatch = 'name' | 'pinyin' | 'initials' | 'idNumber' | 'birthDate' | 'phone' | 'org'
export interface MemberHit extends MemberSummary {
  matchedBy: MemberMatch
}

export interface MemberEvent {
  id: string
  type: MemberEventType
  /** Null when the source gave none (issue 13: a roster imported without a join-date column). */
  date: string | null
  reason: string | null
  orgId: string
  orgName: string
  operator: string
  createdAt: string
  /** Issue 13, 转出 only: where the person went — a union of this office (toOrgId/toOrgName) or one outside (toText). */
  toOrgId: string | null
  toOrgName: string | null
  toText: string | null
  /** Issue 13, 更正: a voided event stays in the history, marked, and no longer counts toward the status. */
  voided: { at: string; by: string; reason: string } | null
}

/**
 * Issue 13: who already holds a membership under an ID number, for the form's live check. Name and union only (the
 * clerk needs them to find the record); the ID number itself is what was typed, so nothing else is revealed.
 */
export interface IdNumberHolder {
  memberId: string
  name: string
  orgName: string
  status: MemberStatus
  /** True when a new record would be refused (在会/保留); otherwise the clerk continues on the old record. */
  blocking: boolean
  /** The same sentence members.save refuses with. */
  message: string
}

export interface MemberDetail extends MemberSummary {
  enterpriseId: string | null
  ethnicity: string | null
  employmentStatus: string | null
  education: string | null
  skillLevel: string | null
  /** Masked like the summary's (issue 14: it used to be the full number); full only in members.revealDetail. */
  phone: string | null
  hukouType: string | null
  hukouPlace: string | null
  politicalStatus: string | null
  employerName: string | null
  nativePlace: string | null
  bankName: string | null
  /** Masked (6222********1234) except in members.revealDetail. */
  bankAccount: string | null
  notes: string | null
  createdAt: string
  updatedAt: string
  /** Oldest first. */
  events: MemberEvent[]
  /** Which lifecycle events core would accept now (UI shows only these buttons). */
  allowedEvents: MemberEventType[]
}

export interface MemberSaveResult {
  member: MemberDetail
  /** e.g. 「性别」填写为 女，与身份证号不符 … — saved anyway, the ID wins. */
  warnings: string[]
}

export interface MemberPage {
  total: number
  page: number
  pageSize: number
  items: MemberSummary[]
}

export interface IdCheckResult {
  valid: boolean
  normalized: string | null
  kind: 'resident' | 'hkmo' | 'taiwan' | 'foreign' | null
  birthDate: string | null
  gender: Gender | null
  warnings: string[]
  error: string | null
}

export type ImportIssueCode = 'ID_CHECKSUM' | 'ID_INVALID' | 'ID_MISSING' | 'ID_DUPLICATE_IN_FILE' | 'NAME_MISSING' | 'DATE_INVALID' | 'VALUE_INVALID' | 'ORG_UNKNOWN' | 'TRANSITION_NOT_ALLOWED' | 'MISMATCH'
export interface ImportIssue {
  /** The spreadsheet's own row number. */
  row: number
  /** Chinese column header, e.g. 证件号码. */
  field: string
  code: ImportIssueCode
  message: string
  /** 'error' rejects the row; 'warning' keeps it. */
  severity: 'error' | 'warning'
}

/** The exact shape `uniondesk members import --json` prints (issue 4), plus the optional error report. */
export interface ImportSummary {
  total: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
  /** Rows accepted with at least one warning. */
  warnings: number
  /** Rejections and warnings, row order; capped at 1,000 (the report .xlsx has them all). */
  errors: Array<{ row: number; field: string; code: ImportIssueCode; message: string }>
  dryRun: boolean
  report?: GeneratedFile
}

export interface ImportColumn {
  index: number
  header: string
  field: MemberColumnKey | null
  /** As the file shows them (a date cell's formatted text, e.g. 2013/3/10, never the serial 41343). */
  samples: string[]
  /** Added in issue 13, per sample: the date it is read as (YYYY-MM-DD) when it is one, else null. */
  sampleDates: Array<string | null>
}

export interface ImportPreview {
  sheetName: string
  /** 1-based spreadsheet row of the header; data starts on the next row. */
  headerRow: number
  columns: ImportColumn[]
  /** Required fields the mapping does not cover yet (姓名, 证件号码; 所属工会 unless a default union is given). */
  missingFields: MemberColumnKey[]
  /** Counts as a commit would report them, nothing written. */
  summary: ImportSummary
  /** The same issues as summary.errors (row order, same cap) with their level, which the CLI's summary shape leaves out. */
  issues: ImportIssue[]
  /**
   * Added in issue 13. Rows without a 所属工会 (column or value) whose 所属企业/工作单位 names an enterprise in the register go
   * to that enterprise's union unless a default union is chosen: per union, how many rows.
   */
  unionsByEnterprise: Array<{ orgId: string; orgName: string; rows: number }>
  /** Added in issue 13: new members whose 入会 date the file does not give (recorded empty unless defaultEventDate is set). */
  undatedJoins: number
}

export const mappingSchema = z.record(z.string(), z.enum(memberColumnKeys).nullable())


export const listFilter = z.object({
  q: z.string().trim().max(40).optional(),
  orgId: z.string().optional(),
  status: z.enum(memberStatuses).optional(),
  gender: z.enum(genders).optional(),
  migrant: z.boolean().optional(),
  newFormType: z.enum(newFormTypes).optional(),
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(0).max(150).optional(),
  /**
   * Added in issue 16 (the workbench's monthly bars): members with a live (not voided) 会籍变化 of one of these types
   * dated from `from` to `to`, both included.
   */
  event: z
    .object({ types: z.array(z.enum(memberEventTypes)).min(1).max(memberEventTypes.length), from: isoDateField, to: isoDateField })
    .refine((e) => e.from <= e.to, { message: '结束日期不能早于开始日期', path: ['to'] })
    .optional(),
})

export const listInput = listFilter.extend({
  sort: z.enum(['name', 'birthDate', 'updatedAt', 'createdAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  /**
   * Added in issue 10: keyset paging for reading a whole list (CLI --all). The id of the last member already read; the
   * page then starts right after it in the list's order, and page is ignored. Costs the same on page 1 and page 4,000.
   */
  after: z.string().min(1).optional(),
})

/** Longest text each stored member field may hold (UTF-16 units, as zod counts): members.save and the import both obey it. */
export const memberTextMax = {
  name: 100, ethnicity: 20, employmentStatus: 20, education: 20, skillLevel: 20, phone: 30, hukouType: 20, hukouPlace: 100,
  politicalStatus: 20, employerName: 200, nativePlace: 100, bankName: 100, notes: 1000, idNumber: 40, bankAccount: 40, joinReason: 200,
} as const
const max = memberTextMax

const memberFields = {
  orgId: z.string().min(1),
  // Blank is no enterprise: '' reached the foreign key as an id (a 系统内部错误, found by the fuzz test).
  enterpriseId: z.string().trim().nullish().transform((v) => v || null),
  name: z.string().trim().min(1).max(max.name),
  gender: z.enum(genders).nullish().transform((v) => v ?? null),
  birthDate: text(10).refine((v) => v === null || isIsoDate(v), { message: '应为 YYYY-MM-DD 格式的日期' }),
  ethnicity: text(max.ethnicity),
  employmentStatus: text(max.employmentStatus),
  education: text(max.education),
  skillLevel: text(max.skillLevel),
  phone: text(max.phone),
  hukouType: text(max.hukouType),
  hukouPlace: text(max.hukouPlace),
  politicalStatus: text(max.politicalStatus),
  employerName: text(max.employerName),
  nativePlace: text(max.nativePlace),
  isMigrant: z.boolean().default(false),
  newFormType: z.enum(newFormTypes).nullish().transform((v) => v ?? null),
  bankName: text(max.bankName),
  notes: text(max.notes),
}

export const memberSaveInput = z.object({
  /** Absent to create (records 入会 on joinDate). */
  id: z.string().optional(),
  ...memberFields,
  /** Required to create; on edit absent = keep (the UI only holds the masked form). */
  idNumber: z.string().trim().max(max.idNumber).optional(),
  /** For document numbers that are not ID-card-like (passports, 通行证); resident/hkmo/taiwan/foreign come from the number. */
  idKind: z.enum(idKinds).optional(),
  /** Absent = keep; null or '' = clear. */
  bankAccount: z.string().trim().max(max.bankAccount).nullable().optional(),
  /** Issue 14: results show the phone masked, so as for the bank account: absent = keep; null or '' = clear. */
  phone: z.string().trim().max(max.phone).nullable().optional(),
  joinDate: isoDateField.optional(),
  joinReason: text(max.joinReason),
})
export type MemberSaveInput = z.input<typeof memberSaveInput>

export const memberLabels = {
  id: '会员',
  orgId: '所属工会',
  enterpriseId: '所属企业',
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  employmentStatus: '就业状况',
  idKind: '证件类别',
  idNumber: '证件号码',
  education: '学历',
  skillLevel: '技术等级',
  phone: '移动电话',
  hukouType: '户籍类型',
  hukouPlace: '户籍所在地',
  politicalStatus: '政治面貌',
  employerName: '工作单位',
  nativePlace: '籍贯',
  isMigrant: '是否农民工会员',
  newFormType: '新就业形态类型',
  bankName: '开户银行',
  bankAccount: '银行账号',
  notes: '备注',
  joinDate: '入会日期',
  joinReason: '入会原因',
  q: '查询内容',
  limit: '条数',
  status: '会籍状态',
  migrant: '农民工',
  ageMin: '最小年龄',
  ageMax: '最大年龄',
  event: '会籍变化期间',
  sort: '排序',
  order: '排序方向',
  page: '页码',
  pageSize: '每页条数',
  after: '上一页最后一位会员',
  memberId: '会员',
  type: '会籍变化类型',
  date: '会籍变化日期',
  reason: '原因',
  toOrgId: '转入工会',
  value: '证件号码',
  file: '文件',
  mapping: '列对应关系',
  defaultOrgId: '默认所属工会',
  defaultEventDate: '统一入会日期',
  toText: '转往单位',
  eventId: '会籍变化记录',
  dryRun: '仅检查不导入',
  withReport: '生成问题报告',
  kind: '导出内容',
  format: '文件格式',
  filter: '筛选条件',
} as const

const importInput = z.object({
  file: filePayload,
  /** Header text → field (null = ignore the column); absent = guess from known variants and the remembered mapping. */
  mapping: mappingSchema.optional(),
  /** Union for rows without a 所属工会 column/value (CLI --union NAME resolves to it). */
  defaultOrgId: z.string().optional(),
  /** Added in issue 13: 入会 date for new members whose row gives none (CLI --join-date); absent = left empty. */
  defaultEventDate: isoDateField.optional(),
})

const exportInput = z.object({
  kind: z.enum(['template', 'full', 'list']),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** For kind 'list': the list's current filters. */
  filter: listFilter.optional(),
})

export const membersContract = {
  'members.search': {
    input: z.object({ q: z.string().trim().min(1).max(40), orgId: z.string().optional(), limit: z.number().int().min(1).max(20).default(10) }),
    labels: memberLabels,
    result: returns<MemberHit[]>(),
    permission: 'members.read',
    writes: false,
  },
  'members.list': {
    input: listInput,
    labels: memberLabels,
    result: returns<MemberPage>(),
    permission: 'members.read',
    writes: false,
  },
  /** By record id, or by ID number (any form; normalised). */
  'members.get': {
    input: z.object({ id: z.string().optional(), idNumber: z.string().trim().optional() }).refine((v) => Boolean(v.id ?? v.idNumber), { message: '请给出会员或证件号码' }),
    labels: memberLabels,
    result: returns<MemberDetail>(),
    permission: 'members.read',
    writes: false,
  },
  /** Issue 13: the member record an ID number belongs to, or null; exceptId leaves out the record being edited. */
  'members.findByIdNumber': {
    input: z.object({ idNumber: z.string().trim().min(1).max(max.idNumber), exceptId: z.string().optional() }),
    labels: { idNumber: '证件号码', exceptId: '会员' },
    result: returns<IdNumberHolder | null>(),
    permission: 'members.read',
    writes: false,
  },
  'members.save': {
    input: memberSaveInput,
    labels: memberLabels,
    result: returns<MemberSaveResult>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'members.get', id: 'id' },
  },
  /** One lifecycle event; refused with TRANSITION_NOT_ALLOWED when domain §3.4 forbids it. orgId: target union for 入会/转入. */
  'members.event': {
    input: z.object({
      memberId: z.string().min(1),
      type: z.enum(memberEventTypes),
      date: isoDateField,
      reason: text(200),
      orgId: z.string().optional(),
      /** Added in issue 13, 转出: the destination union of this office (toOrgId) or, for one outside, its name (toText). */
      toOrgId: z.string().optional(),
      toText: text(100),
    }),
    labels: memberLabels,
    result: returns<MemberDetail>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'members.get', id: 'memberId' },
  },
  /**
   * Added in issue 13: voids the member's latest standing event (更正, with a reason); the history keeps both and the status
   * is recomputed by replaying the remaining events through the lifecycle table. eventId must be that latest event.
   */
  'members.voidEvent': {
    input: z.object({ memberId: z.string().min(1), eventId: z.string().min(1), reason: z.string().trim().min(2).max(200) }),
    labels: memberLabels,
    result: returns<MemberDetail>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'members.get', id: 'memberId' },
  },
  /**
   * Added in issue 13: removes a member entered by mistake, with the reason (audited). Refused, naming them, while any
   * aid application, hardship file, numbered print or other record refers to the member.
   */
  'members.delete': {
    input: z.object({ id: z.string().min(1), reason: z.string().trim().min(2).max(200) }),
    labels: memberLabels,
    result: returns<{ id: string; name: string }>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'members.get', id: 'id' },
  },
  /** Between two unions of this office: one action writing 转出 and 转入 on the same date. */
  'members.transfer': {
    input: z.object({ memberId: z.string().min(1), toOrgId: z.string().min(1), date: isoDateField, reason: text(200) }),
    labels: memberLabels,
    result: returns<MemberDetail>(),
    permission: 'members.write',
    writes: true,
    auditRecord: { read: 'members.get', id: 'memberId' },
  },
  'members.idCheck': {
    input: z.object({ value: z.string().max(60) }),
    labels: memberLabels,
    result: returns<IdCheckResult>(),
    permission: 'members.read',
    writes: false,
  },
  /** Reads the file, finds the header, proposes the mapping and counts verdicts; writes nothing. */
  'members.importPreview': {
    input: importInput,
    labels: memberLabels,
    result: returns<ImportPreview>(),
    permission: 'members.read',
    writes: false,
  },
  /** All accepted rows in the call's one transaction; remembers the mapping. dryRun: validate and count only, a read. */
  'members.importCommit': {
    input: importInput.extend({ dryRun: z.boolean().default(false), withReport: z.boolean().default(false) }),
    labels: memberLabels,
    result: returns<ImportSummary>(),
    permission: 'members.write',
    writes: 'unlessDryRun',
  },
  /** The remembered header → field choices of earlier imports. */
  'members.importMapping': {
    input: z.object({}),
    labels: memberLabels,
    result: returns<Record<string, MemberColumnKey | null>>(),
    permission: 'members.read',
    writes: false,
  },
  /** template: the empty 会员信息采集表; full: every member; list: the filtered list. Masked. */
  'members.export': {
    input: exportInput,
    labels: memberLabels,
    result: returns<GeneratedFile>(),
    permission: 'members.read',
    writes: false,
  },
  'members.exportUnmasked': {
    input: exportInput.extend({ reason: revealReason }),
    labels: memberLabels,
    result: returns<GeneratedFile>(),
    permission: 'members.unmask',
    writes: true,
  },
  'members.revealDetail': {
    input: z.object({ id: z.string().min(1), reason: revealReason }),
    labels: memberLabels,
    result: returns<MemberDetail>(),
    permission: 'members.unmask',
    writes: true,
  },
  'members.revealList': {
    input: listInput.extend({ reason: revealReason }),
    labels: memberLabels,
    result: returns<MemberPage>(),
    permission: 'members.unmask',
    writes: true,
  },
} satisfies ContractSection<'members'>
