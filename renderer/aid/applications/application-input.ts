import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { AidProgram, Grade } from '../../../shared/aid/rules'
import { fen, fenToYuanString, yuanToFen } from '../../../shared/money'

// The application form keeps yuan strings while editing; this is its one conversion into the rule's input
// (fen through yuanToFen). Which fields a kind needs is read off the program's rule, never decided here.

export interface ApplicationFormValues {
  date?: Dayjs | null
  grade?: Grade
  payeeName?: string
  payeeRelation?: string
  payeeIdNumber?: string
  selfPaid?: string
  hospitalDays?: number | null
  table?: Record<string, string | undefined>
  bankName?: string
  bankAccount?: string
}

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== ''

/** Throws yuanToFen's AppError for an unreadable amount; the live preview catches it and waits. */
export function toRuleInput(rule: AidProgram['rule'], v: ApplicationFormValues): Record<string, unknown> {
  switch (rule.kind) {
    case 'fixed':
    case 'in_kind':
      return {}
    case 'graded':
      return {
        grade: v.grade,
        ...(present(v.payeeName) ? { payeeName: v.payeeName } : {}),
        ...(present(v.payeeRelation) ? { payeeRelation: v.payeeRelation } : {}),
        ...(present(v.payeeIdNumber) ? { payeeIdNumber: v.payeeIdNumber } : {}),
      }
    case 'medical':
      return { selfPaidFen: present(v.selfPaid) ? yuanToFen(v.selfPaid) : undefined, hospitalDays: v.hospitalDays ?? 0 }
    case 'table':
      return Object.fromEntries(Object.entries(v.table ?? {}).filter((e): e is [string, string] => present(e[1])))
  }
}

export function ruleInputOrNull(rule: AidProgram['rule'], v: ApplicationFormValues): Record<string, unknown> | null {
  try {
    return toRuleInput(rule, v)
  } catch {
    return null
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * A saved draft back into the form, to continue it: the inverse of toRuleInput. The account number is not filled
 * in (the application shows it masked); left empty, the saved account is kept.
 */
export function toFormValues(rule: AidProgram['rule'], input: Readonly<Record<string, unknown>>, date: string, bankName: string | null): ApplicationFormValues {
  const base: ApplicationFormValues = { date: dayjs(date), ...(bankName ? { bankName } : {}) }
  switch (rule.kind) {
    case 'fixed':
    case 'in_kind':
      return base
    case 'graded': {
      const grade = input['grade']
      return {
        ...base,
        ...(grade === 'death' || typeof grade === 'number' ? { grade } : {}),
        payeeName: str(input['payeeName']),
        payeeRelation: str(input['payeeRelation']),
        payeeIdNumber: str(input['payeeIdNumber']),
      }
    }
    case 'medical': {
      const selfPaid = input['selfPaidFen']
      const days = input['hospitalDays']
      return { ...base, selfPaid: typeof selfPaid === 'number' ? fenToYuanString(fen(selfPaid)) : undefined, hospitalDays: typeof days === 'number' ? days : null }
    }
    case 'table':
      return { ...base, table: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, str(v)])) }
  }
}
