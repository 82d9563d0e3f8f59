import type { Dayjs } from 'dayjs'
import type { AidProgram, Grade } from '../../../shared/aid/rules'
import { yuanToFen } from '../../../shared/money'

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
