import { z } from 'zod'
import { isoDateField, recordId } from './fields'
import { returns, type ContractSection, type FilePayload } from './types'

export const memberForms = ['register', 'application', 'certificate', 'transfer'] as const
export type MemberForm = (typeof memberForms)[number]
export const memberFormNames: Record<MemberForm, string> = {
  register: '会员登记表',
  application: '入会申请书',
  certificate: '会员证明',
  transfer: '组织关系接转函',
}
/** Templates that can be printed onto pre-printed paper (套打) and so have calibrated offsets. */
export const printTemplates = ['certificate', 'roster', 'member_certificate', 'member_transfer'] as const
export type PrintTemplate = (typeof printTemplates)[number]
export const printTemplateNames: Record<PrintTemplate, string> = {
  certificate: '发放证明',
  roster: '签领表',
  member_certificate: '会员证明',
  member_transfer: '组织关系接转函',
}
/** What a clerk reads for a template: its Chinese name; a template named on the command line, as it was named. */
export function printTemplateName(template: string): string {
  return isPrintTemplate(template) ? printTemplateNames[template] : template
}
const isPrintTemplate = (t: string): t is PrintTemplate => Object.hasOwn(printTemplateNames, t)

/** A printed PDF, with the serial numbers it carries and whether it is a reprint (补打). */
export interface PrintedFile {
  file: FilePayload
  pages: number
  serials: string[]
  reprint: boolean
}

export interface PrintedFiles {
  files: FilePayload[]
  pages: number
  serials: string[]
}

export interface PrintOffset {
  template: string
  printer: string
  xMm: number
  yMm: number
  updatedAt: string
}

export interface PrintLogEntry {
  serial: string
  docType: string
  subjectName: string
  reprint: boolean
  printedAt: string
  printedBy: string
  /** Set when the PDF could not be made after the serial was taken (作废): why. The serial is used; nothing was printed. */
  voidReason: string | null
}

const id = recordId
/** The printer name used when none is given: offsets are saved and looked up under it. */
export const DEFAULT_PRINTER = '默认打印机'

const printer = z.string().trim().min(1).max(100).default(DEFAULT_PRINTER)
const mm = z.number().min(-50).max(50)
/** Which printer's 套打 offset to apply; absent: the default printer's. */
const forPrinter = z.string().trim().min(1).max(100).optional()

export const printLabels = {
  applicationId: '申请编号',
  batchId: '发放批次',
  split: '每人一个文件',
  memberId: '会员',
  idNumber: '身份证号',
  form: '表格',
  fileId: '困难职工档案',
  enterpriseId: '企业',
  date: '会议日期',
  contractId: '集体合同',
  document: '文书',
  template: '模板',
  printer: '打印机',
  xMm: '水平偏移（毫米）',
  yMm: '垂直偏移（毫米）',
  limit: '条数',
} as const

const certificateInput = z.object({ applicationId: id, printer: forPrinter })
const rosterInput = z.object({ batchId: id, printer: forPrinter })
const memberFormInput = z
  .object({ memberId: id.optional(), idNumber: id.optional(), form: z.enum(memberForms).default('register'), printer: forPrinter })
  .refine((v) => v.memberId !== undefined || v.idNumber !== undefined, { error: '请指定会员或身份证号', path: ['idNumber'] })

/**
 * Numbered documents come in pairs: print.previewX renders the same pages with 预览（未编号） where the serial goes
 * and writes nothing; print.X (打印 / 导出PDF) takes the serial, or repeats it as 补打, and logs the print.
 */
export const printContract = {
  'print.certificate': {
    input: certificateInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    // Takes (or repeats, as 补打) a serial number and records who printed it.
    writes: true,
  },
  'print.previewCertificate': {
    input: certificateInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.certificates': {
    input: z.object({ batchId: id, split: z.boolean().default(false), printer: forPrinter }),
    labels: printLabels,
    result: returns<PrintedFiles>(),
    permission: 'print.run',
    writes: true,
  },
  /** The batch's certificates as the one PDF, unnumbered, for the preview. */
  'print.previewCertificates': {
    input: rosterInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.notice': {
    input: z.object({ batchId: id }),
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.roster': {
    input: rosterInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: true,
  },
  'print.previewRoster': {
    input: rosterInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.memberForm': {
    input: memberFormInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: true,
  },
  'print.previewMemberForm': {
    input: memberFormInput,
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.hardshipFile': {
    input: z.object({ fileId: id }),
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  /** A workers' congress session (职代会): its 决议, or its attendance and vote record. */
  'print.congress': {
    input: z.object({ enterpriseId: id, date: isoDateField, document: z.enum(['决议', '到会及表决记录']) }),
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  /** A collective contract's 集体协商要约书, its text from the template with its clauses, or its 备案表. */
  'print.contract': {
    input: z.object({ contractId: id, document: z.enum(['要约书', '合同文本', '备案表']) }),
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.calibration': {
    input: z.object({ template: z.string().trim().min(1).max(50), printer }),
    labels: printLabels,
    result: returns<PrintedFile>(),
    permission: 'print.run',
    writes: false,
  },
  'print.offsets': {
    input: z.object({}),
    labels: {},
    result: returns<PrintOffset[]>(),
    permission: 'print.run',
    writes: false,
  },
  'print.saveOffset': {
    input: z.object({ template: z.string().trim().min(1).max(50), printer, xMm: mm, yMm: mm }),
    labels: printLabels,
    result: returns<PrintOffset>(),
    permission: 'print.run',
    writes: true,
  },
  'print.log': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(50) }),
    labels: printLabels,
    result: returns<PrintLogEntry[]>(),
    permission: 'print.run',
    writes: false,
  },
} satisfies ContractSection<'print'>
