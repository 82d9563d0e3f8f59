import { z } from 'zod'
import { isoDateField, optionalText, pageFields, recordId } from './fields'
import type { AidCalculation } from '../aid/evaluate'
import { aidLabels } from '../aid/labels'
import { aidProgramSchema } from '../aid/rules'
import {
  APPLICATION_STATUSES,
  BATCH_STATUSES,
  PAYMENT_METHODS,
  type AidApplicationDetail,
  type AidApplicationPage,
  type AidAttachment,
  type AidBatchDetail,
  type AidBatchSummary,
  type AidObjection,
  type AidProgramDetail,
  type AidProgramSummary,
  type AidSettings,
  type AidTemplate,
  type BulkApplyResult,
  type PayResult,
  type WorkCalendarYear,
} from '../aid/types'
import { filePayload, returns, type ContractSection, type GeneratedFile } from './types'

export { aidLabels }

const id = recordId
const isoDate = isoDateField
const reason = z.string().trim().min(1).max(500)

/** A program by id, or by code (and year; the latest year when left out). */
const programRef = {
  programId: id.optional(),
  programCode: z.string().trim().min(1).max(40).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
}
/** A member by id (UI) or by ID number (CLI). */
const memberRef = { memberId: id.optional(), idNumber: z.string().trim().min(1).max(30).optional() }
const hasProgram = (v: { programId?: string | undefined; programCode?: string | undefined }) =>
  v.programId !== undefined || v.programCode !== undefined
const hasMember = (v: { memberId?: string | undefined; idNumber?: string | undefined }) =>
  v.memberId !== undefined || v.idNumber !== undefined

/** The rule's own fields are checked against the program by the engine, so here the input is any JSON object. */
const applicationInput = z.record(z.string(), z.unknown()).default({})

const calcInput = z
  .object({
    ...programRef,
    ...memberRef,
    input: applicationInput,
    date: isoDate.optional(),
    /** A saved application being previewed: left out of the member's history, as its own edit would be. */
    applicationId: id.optional(),
  })
  .refine(hasProgram, { error: '请指定救助项目', path: ['programCode'] })
  .refine(hasMember, { error: '请指定会员（会员编号或身份证号）', path: ['idNumber'] })

const payInput = {
  method: z.enum(PAYMENT_METHODS),
  date: isoDate,
  reference: optionalText(60),
}

export const aidContract = {
  'aid.templates': {
    input: z.object({}),
    labels: {},
    result: returns<AidTemplate[]>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.listPrograms': {
    input: z.object({
      year: z.number().int().min(2000).max(2100).optional(),
      /** Replaced versions are hidden unless asked for. */
      allVersions: z.boolean().default(false),
    }),
    labels: aidLabels,
    result: returns<AidProgramSummary[]>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.getProgram': {
    input: z.object(programRef).refine(hasProgram, { error: '请指定救助项目', path: ['programCode'] }),
    labels: aidLabels,
    result: returns<AidProgramDetail>(),
    permission: 'aid.read',
    writes: false,
  },
  /** `program` is the nested definition or the flat CLI file shape ({"code","name","year","budgetFen","kind",…}). */
  'aid.addProgram': {
    input: z.object({ program: aidProgramSchema }),
    labels: aidLabels,
    result: returns<AidProgramDetail>(),
    permission: 'aid.approve',
    writes: true,
  },
  /** Edits in place until money is paid; after that the change becomes a new version and the old one is kept. */
  'aid.updateProgram': {
    input: z.object({ id, program: aidProgramSchema }),
    labels: aidLabels,
    result: returns<AidProgramDetail>(),
    permission: 'aid.approve',
    writes: true,
  },
  /** Eligibility and amount with the member's real history, without saving anything. */
  'aid.calc': {
    input: calcInput,
    labels: aidLabels,
    result: returns<AidCalculation>(),
    permission: 'aid.read',
    writes: false,
  },
  /** Saves an application (草稿, or 已提交 with submit) with its computed amount and breakdown. */
  'aid.createApplication': {
    input: z
      .object({
        ...programRef,
        ...memberRef,
        input: applicationInput,
        date: isoDate.optional(),
        materials: z.array(z.string().trim().min(1).max(60)).default([]),
        bankName: optionalText(60),
        bankAccount: optionalText(40),
        submit: z.boolean().default(false),
      })
      .refine(hasProgram, { error: '请指定救助项目', path: ['programCode'] })
      .refine(hasMember, { error: '请指定会员（会员编号或身份证号）', path: ['idNumber'] }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.write',
    writes: true,
  },
  /**
   * Many applications to one program in one call (送温暖 lists, mutual-aid claim files): every row is checked and
   * computed before anything is written, in date order so a member's claims build on each other; any refused row
   * refuses the whole call, naming the row.
   */
  'aid.createApplications': {
    input: z
      .object({
        ...programRef,
        rows: z
          .array(
            z
              .object({ ...memberRef, input: applicationInput, date: isoDate.optional() })
              .refine(hasMember, { error: '请指定会员（会员编号或身份证号）', path: ['idNumber'] }),
          )
          .min(1)
          .max(20_000),
        submit: z.boolean().default(false),
      })
      .refine(hasProgram, { error: '请指定救助项目', path: ['programCode'] }),
    labels: { ...aidLabels, rows: '申请列表', 'rows.idNumber': '身份证号', 'rows.input': '申请内容', 'rows.date': '申请日期' },
    result: returns<BulkApplyResult>(),
    permission: 'aid.write',
    writes: true,
  },
  /** Draft or returned applications only; the amount is computed again. Fields left out keep their value. */
  'aid.updateApplication': {
    input: z.object({
      id,
      input: z.record(z.string(), z.unknown()).optional(),
      date: isoDate.optional(),
      materials: z.array(z.string().trim().min(1).max(60)).optional(),
      bankName: optionalText(60).optional(),
      bankAccount: optionalText(40).optional(),
    }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.write',
    writes: true,
    auditRecord: { read: 'aid.getApplication', id: 'id' },
  },
  /** A draft that was never submitted; its scans' records go with it (the audit keeps the call). */
  'aid.deleteApplication': {
    input: z.object({ id }),
    labels: aidLabels,
    result: returns<{ id: string; memberName: string; programName: string; date: string; amountFen: number }>(),
    permission: 'aid.write',
    writes: true,
  },
  /**
   * 更正领款信息 until payment: the account (both parts, or neither for the member's registered account) and, for a
   * family payee, who it is. Recorded with the reason in the application's history.
   */
  'aid.correctPayee': {
    input: z.object({
      id,
      payeeName: z.string().trim().min(1).max(30).optional(),
      payeeRelation: z.string().trim().min(1).max(10).optional(),
      payeeIdNumber: z.string().trim().min(1).max(30).optional(),
      bankName: optionalText(60),
      bankAccount: optionalText(40),
      reason,
    }),
    labels: { ...aidLabels, payeeName: '领款人姓名', payeeRelation: '领款人与会员关系', payeeIdNumber: '领款人证件号码' },
    result: returns<AidApplicationDetail>(),
    permission: 'aid.write',
    writes: true,
    auditRecord: { read: 'aid.getApplication', id: 'id' },
  },
  'aid.submitApplication': {
    input: z.object({ id, materials: z.array(z.string().trim().min(1).max(60)).optional() }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.write',
    writes: true,
  },
  /** A scan for one material; stored under the data folder by its SHA-256 once the call commits. */
  'aid.attachFile': {
    input: z.object({ applicationId: id, material: z.string().trim().min(1).max(60), file: filePayload }),
    labels: aidLabels,
    result: returns<AidAttachment>(),
    permission: 'aid.write',
    writes: true,
  },
  'aid.listApplications': {
    input: z.object({
      programId: id.optional(),
      memberId: id.optional(),
      batchId: id.optional(),
      status: z.enum(APPLICATION_STATUSES).optional(),
      unbatched: z.boolean().optional(),
      q: z.string().trim().max(40).optional(),
      /** Added in issue 16 (the workbench's aid bars): every version of a program, and paid from/to these days. */
      programCode: z.string().trim().min(1).max(40).optional(),
      paidFrom: isoDate.optional(),
      paidTo: isoDate.optional(),
      ...pageFields(500),
    }),
    labels: aidLabels,
    result: returns<AidApplicationPage>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.getApplication': {
    input: z.object({ id }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.read',
    writes: false,
  },
  /** 审核: approve (commits budget) or return to the applicant with a reason. */
  'aid.reviewApplication': {
    input: z
      .object({ id, decision: z.enum(['approve', 'return']), reason: optionalText(500) })
      .refine((v) => v.decision === 'approve' || v.reason !== null, { error: '退回时必须填写理由', path: ['reason'] }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.approve',
    writes: true,
  },
  'aid.rejectApplication': {
    input: z.object({ id, reason }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.approve',
    writes: true,
  },
  'aid.payApplication': {
    input: z.object({ id, ...payInput }),
    labels: aidLabels,
    result: returns<AidApplicationDetail>(),
    permission: 'aid.write',
    writes: true,
  },
  'aid.createBatch': {
    input: z.object({ title: z.string().trim().min(1).max(80).optional(), applicationIds: z.array(id).min(1).max(20_000) }),
    labels: aidLabels,
    result: returns<AidBatchDetail>(),
    permission: 'aid.write',
    writes: true,
  },
  'aid.listBatches': {
    input: z.object({ programId: id.optional(), status: z.enum(BATCH_STATUSES).optional() }),
    labels: aidLabels,
    result: returns<AidBatchSummary[]>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.getBatch': {
    input: z.object({ id }),
    labels: aidLabels,
    result: returns<AidBatchDetail>(),
    permission: 'aid.read',
    writes: false,
  },
  /** 公示: from startDate for `days` working days (at least the configured number, default 5). */
  'aid.startNotice': {
    input: z.object({ id, startDate: isoDate, days: z.number().int().min(5).max(60).optional() }),
    labels: aidLabels,
    result: returns<AidBatchDetail>(),
    permission: 'aid.write',
    writes: true,
  },
  /** Preview of a notice period with the stored calendar; saves nothing. */
  'aid.noticeWindow': {
    input: z.object({ startDate: isoDate, days: z.number().int().min(5).max(60).optional() }),
    labels: aidLabels,
    result: returns<{ end: string; earliestPayment: string; days: string[] }>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.addObjection': {
    input: z.object({
      batchId: id,
      applicationId: id.optional(),
      date: isoDate,
      raisedBy: optionalText(30),
      content: reason,
    }),
    labels: aidLabels,
    result: returns<AidObjection>(),
    permission: 'aid.write',
    writes: true,
  },
  'aid.resolveObjection': {
    input: z.object({ id, resolution: reason, date: isoDate }),
    labels: aidLabels,
    result: returns<AidObjection>(),
    permission: 'aid.approve',
    writes: true,
  },
  /** 批准: only after the notice has ended and with no open objection. */
  'aid.approveBatch': {
    input: z.object({ id, date: isoDate.optional() }),
    labels: aidLabels,
    result: returns<AidBatchDetail>(),
    permission: 'aid.approve',
    writes: true,
  },
  /** Pays every approved, unpaid application of the batch. */
  'aid.payBatch': {
    input: z.object({ id, ...payInput }),
    labels: aidLabels,
    result: returns<PayResult>(),
    permission: 'aid.write',
    writes: true,
  },
  /** Bank transfer sheet (.xlsx: 户名, 身份证号码, 账号, 开户行, 金额, 摘要, a total row); full ID and account numbers, hence audited. */
  'aid.exportTransferSheet': {
    input: z.object({ id }),
    labels: aidLabels,
    result: returns<GeneratedFile>(),
    permission: 'members.unmask',
    writes: true,
  },
  'aid.settings': {
    input: z.object({}),
    labels: {},
    result: returns<AidSettings>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.saveSettings': {
    input: z.object({ separationOfDuties: z.boolean(), noticeDays: z.number().int().min(5).max(60).default(5) }),
    labels: aidLabels,
    result: returns<AidSettings>(),
    permission: 'aid.approve',
    writes: true,
  },
  /** The holiday calendar used for 公示 periods; seeded with the State Council schedules 2024–2026, editable. */
  'aid.calendar': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    labels: aidLabels,
    result: returns<WorkCalendarYear>(),
    permission: 'aid.read',
    writes: false,
  },
  'aid.saveCalendar': {
    input: z.object({
      year: z.number().int().min(2000).max(2100),
      holidays: z.array(isoDate).max(60),
      workdays: z.array(isoDate).max(30),
    }),
    labels: aidLabels,
    result: returns<WorkCalendarYear>(),
    permission: 'aid.approve',
    writes: true,
  },
} satisfies ContractSection<'aid'>
