import { ageOn } from '../../../shared/dates'
import { maskIdNumber, shownPersonal } from '../../../shared/members/masking'
import { calculateCategory } from '../../../shared/hardship/category'
import { nextSteps } from '../../../shared/hardship/lifecycle'
import {
  EXPENSE_KINDS,
  HARDSHIP_CAUSES,
  HARDSHIP_STATUSES,
  INCOME_KINDS,
  type FamilyMember,
  type HardshipCause,
  type HardshipEvent,
  type HardshipFile,
  type HardshipFileSummary,
  type IncomeSource,
  type RigidExpense,
} from '../../../shared/hardship/types'
import type { HardshipEventRow } from '../db/schema/hardship_event'
import type { HardshipFileRow } from '../db/schema/hardship_file'

export interface FileRow extends HardshipFileRow {
  member_name: string
  member_id_number: string
}

function list(json: string): unknown[] {
  const parsed: unknown = JSON.parse(json)
  return Array.isArray(parsed) ? parsed : []
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {}
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const num = (v: unknown): number => (typeof v === 'number' ? v : 0)

/** The birth date given, or the one an 18-digit resident ID carries. */
export function birthDateOf(birthDate: string | null, idNumber: string | null): string | null {
  if (birthDate) return birthDate
  if (idNumber && /^\d{17}[\dX]$/.test(idNumber)) return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
  return null
}

function ageOrNull(birth: string | null, today: string): number | null {
  if (birth === null || birth > today) return null
  return ageOn(birth, today)
}

/** Only hardship.revealDetail passes unmasked: true (audited with its reason); every other result is masked. */
export interface FileMaskOptions {
  today: string
  unmasked?: boolean
}

export function familyOf(row: HardshipFileRow, opts: FileMaskOptions): FamilyMember[] {
  const unmasked = opts.unmasked === true
  return list(row.family_json).map((v) => {
    const f = record(v)
    const idNumber = str(f['idNumber'])
    const birthDate = str(f['birthDate'])
    return {
      name: str(f['name']) ?? '',
      relation: str(f['relation']) ?? '',
      idNumber: shownPersonal('idNumber', idNumber, unmasked),
      birthDate,
      age: ageOrNull(birthDateOf(birthDate, idNumber), opts.today),
      health: shownPersonal('health', str(f['health']), unmasked),
      employment: str(f['employment']),
      monthlyIncomeFen: num(f['monthlyIncomeFen']),
    }
  })
}

/** The family's names with their ID numbers and health details as stored, for an edit that keeps what it was not given. */
export function storedFamilyNumbers(row: HardshipFileRow): { name: string; idNumber: string | null; health: string | null }[] {
  return list(row.family_json).map((v) => {
    const f = record(v)
    return { name: str(f['name']) ?? '', idNumber: str(f['idNumber']), health: str(f['health']) }
  })
}

export function incomesOf(row: HardshipFileRow): IncomeSource[] {
  return list(row.incomes_json).map((v) => {
    const f = record(v)
    return { kind: INCOME_KINDS.find((k) => k === f['kind']) ?? '其他', annualFen: num(f['annualFen']), note: str(f['note']) }
  })
}

export function expensesOf(row: HardshipFileRow): RigidExpense[] {
  return list(row.expenses_json).map((v) => {
    const f = record(v)
    return { kind: EXPENSE_KINDS.find((k) => k === f['kind']) ?? '其他', annualFen: num(f['annualFen']), note: str(f['note']) }
  })
}

function causesOf(row: HardshipFileRow): HardshipCause[] {
  return list(row.causes_json).flatMap((v) => HARDSHIP_CAUSES.filter((c) => c === v))
}

export function toFileSummary(row: FileRow, dibaoLineFen: number): HardshipFileSummary {
  const calc = calculateCategory({
    householdSize: row.household_size,
    annualIncomeFen: row.annual_income_fen,
    rigidExpensesFen: row.rigid_expenses_fen,
    dibaoLineFen,
  })
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    idNumber: maskIdNumber(row.member_id_number),
    status: row.status,
    category: row.category,
    householdSize: row.household_size,
    perCapitaMonthlyFen: calc.perCapitaMonthlyFen,
    registeredOn: row.registered_on,
    nextReviewDue: row.next_review_due,
    updatedAt: row.updated_at,
  }
}

export function toEvent(row: HardshipEventRow): HardshipEvent {
  const step = HARDSHIP_STATUSES.find((s) => s === row.step) ?? '申请'
  return { step, date: row.date, operator: row.operator, note: row.note, at: row.at }
}


export function toFile(row: FileRow, events: HardshipEventRow[], dibaoLineFen: number, opts: FileMaskOptions): HardshipFile {
  const unmasked = opts.unmasked === true
  return {
    ...toFileSummary(row, dibaoLineFen),
    idNumber: shownPersonal('idNumber', row.member_id_number, unmasked),
    categoryReason: row.category_reason,
    causes: causesOf(row),
    address: row.address,
    // Issue 14: phone and health details used to be shown whole here and on the printed 档案表.
    phone: shownPersonal('phone', row.phone, unmasked),
    bankName: row.bank_name,
    bankAccount: shownPersonal('bankAccount', row.bank_account, unmasked),
    familyMembers: familyOf(row, opts),
    incomes: incomesOf(row),
    expenses: expensesOf(row),
    calculation: calculateCategory({
      householdSize: row.household_size,
      annualIncomeFen: row.annual_income_fen,
      rigidExpensesFen: row.rigid_expenses_fen,
      dibaoLineFen,
    }),
    events: events.map(toEvent),
    nextSteps: nextSteps(row.status),
    note: row.note,
  }
}
