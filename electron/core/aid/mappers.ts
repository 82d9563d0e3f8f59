import { maskIdNumber } from '../../../shared/members/masking'
import { parseAidProgram, type AidProgram } from '../../../shared/aid/rules'
import {
  APPLICATION_STATUS_NAMES,
  BATCH_STATUS_NAMES,
  type AidApplicationSummary,
  type AidBatchSummary,
  type AidObjection,
  type AidProgramDetail,
  type AidProgramSummary,
} from '../../../shared/aid/types'
import type { AidApplicationRow } from '../db/schema/aid_application'
import type { AidBatchRow } from '../db/schema/aid_batch'
import type { AidObjectionRow } from '../db/schema/aid_objection'
import type { AidProgramRow } from '../db/schema/aid_program'
import type { ProgramMoney } from './program-queries'

/** Stored definitions were validated when saved; parsing again keeps a hand-edited database from reaching the engine. */
export function programDefinition(row: AidProgramRow): AidProgram {
  return parseAidProgram(JSON.parse(row.definition_json))
}

export function toProgramSummary(row: AidProgramRow, money: ProgramMoney | undefined, frozen: boolean): AidProgramSummary {
  const committedFen = money?.committedFen ?? 0
  const paidFen = money?.paidFen ?? 0
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    year: row.year,
    version: row.version,
    kind: row.kind,
    budgetFen: row.budget_fen,
    frozen,
    current: row.is_current === 1,
    budget: {
      allocatedFen: row.budget_fen,
      committedFen,
      paidFen,
      remainingFen: row.budget_fen - committedFen - paidFen,
    },
    applicationCount: money?.applications ?? 0,
  }
}

export function toProgramDetail(row: AidProgramRow, money: ProgramMoney | undefined, frozen: boolean): AidProgramDetail {
  return {
    ...toProgramSummary(row, money, frozen),
    definition: programDefinition(row),
    createdAt: row.created_at,
    createdBy: row.created_by,
  }
}

export interface ApplicationListRow extends AidApplicationRow {
  program_code: string
  program_name: string
  program_year: number
  member_name: string
  member_id_number: string
  member_bank_name: string | null
  member_bank_account: string | null
}

export function toApplicationSummary(row: ApplicationListRow): AidApplicationSummary {
  return {
    id: row.id,
    programId: row.program_id,
    programCode: row.program_code,
    programName: row.program_name,
    programYear: row.program_year,
    memberId: row.member_id,
    memberName: row.member_name,
    idNumber: maskIdNumber(row.member_id_number),
    date: row.date,
    amountFen: row.amount_fen,
    status: row.status,
    statusName: APPLICATION_STATUS_NAMES[row.status],
    batchId: row.batch_id,
    enteredBy: row.entered_by,
    createdAt: row.created_at,
  }
}

export interface BatchListRow extends AidBatchRow {
  program_code: string
  program_name: string
  program_year: number
  application_count: number
  total_fen: number
}

export function toBatchSummary(row: BatchListRow): AidBatchSummary {
  return {
    id: row.id,
    title: row.title,
    programId: row.program_id,
    programCode: row.program_code,
    programName: row.program_name,
    programYear: row.program_year,
    status: row.status,
    statusName: BATCH_STATUS_NAMES[row.status],
    applicationCount: row.application_count,
    totalFen: row.total_fen,
    noticeStart: row.notice_start,
    noticeEnd: row.notice_end,
    earliestApproval: row.earliest_approval,
    approvedOn: row.approved_on,
    approvedBy: row.approved_by,
    createdAt: row.created_at,
    createdBy: row.created_by,
  }
}

export function toObjection(row: AidObjectionRow): AidObjection {
  return {
    id: row.id,
    batchId: row.batch_id,
    applicationId: row.application_id,
    date: row.date,
    raisedBy: row.raised_by,
    content: row.content,
    resolution: row.resolution,
    resolvedOn: row.resolved_on,
    recordedBy: row.recorded_by,
  }
}
