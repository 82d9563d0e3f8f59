import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { Input } from '../../shared/contract/index'
import { toIsoDate } from '../../shared/dates'
import type { ExpenseKind, HardshipCategoryValue, HardshipCause, HardshipFile, IncomeKind } from '../../shared/hardship/types'
import { fen, fenToYuanString, yuanToFen } from '../../shared/money'

// The form keeps yuan strings and dayjs values while editing (style.md §5); these functions are the only
// place they turn into the contract's fen and ISO dates, always through yuanToFen and toIsoDate.

export interface FamilyRow {
  /** The stored number and health details come back masked; they are shown as hints and never sent back. */
  maskedIdNumber?: string
  maskedHealth?: string
  name?: string
  relation?: string
  idNumber?: string
  birthDate?: Dayjs | null
  health?: string
  employment?: string
  monthlyIncome?: string
}

export interface MoneyRow<K extends string> {
  kind?: K
  annual?: string
  note?: string
}

export interface HardshipFormValues {
  memberId?: string
  applyDate?: Dayjs | null
  familyMembers?: FamilyRow[]
  incomes?: MoneyRow<IncomeKind>[]
  expenses?: MoneyRow<ExpenseKind>[]
  causes?: HardshipCause[]
  category?: HardshipCategoryValue | null
  categoryReason?: string
  address?: string
  phone?: string
  bankName?: string
  bankAccount?: string
  maskedBankAccount?: string
  note?: string
}

export type HardshipContent = Omit<Input<'hardship.update'>, 'id'>

const fenOf = (yuan: string | undefined) => (yuan && yuan.trim() !== '' ? yuanToFen(yuan) : 0)

/** Typing in progress is not an error: the preview just waits for a figure it can read. */
export function fenOrNull(yuan: string | undefined): number | null {
  try {
    return fenOf(yuan)
  } catch {
    return null
  }
}

const filled = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text : undefined)

/**
 * On edit the form holds only masked values, so an empty ID, account, phone or health field is sent as absent: the
 * core keeps what is on file. On create an empty field is simply nothing.
 */
export function toContent(v: HardshipFormValues, editing: boolean): HardshipContent {
  const empty = editing ? undefined : null
  return {
    familyMembers: (v.familyMembers ?? []).map((m) => ({
      name: m.name ?? '',
      relation: m.relation ?? '',
      idNumber: filled(m.idNumber) ?? empty,
      birthDate: m.birthDate ? toIsoDate(m.birthDate) : null,
      health: filled(m.health) ?? empty,
      employment: m.employment ?? null,
      monthlyIncomeFen: fenOf(m.monthlyIncome),
    })),
    incomes: moneyRows(v.incomes, fenOf) ?? [],
    expenses: moneyRows(v.expenses, fenOf) ?? [],
    causes: v.causes ?? [],
    category: v.category ?? null,
    categoryReason: v.categoryReason ?? null,
    address: v.address ?? null,
    phone: filled(v.phone) ?? empty,
    bankName: v.bankName ?? null,
    bankAccount: filled(v.bankAccount) ?? empty,
    note: v.note ?? null,
  }
}

/** Rows with a kind, in fen; null when an amount cannot be read (yet). */
function moneyRows<K extends string>(rows: MoneyRow<K>[] | undefined, toFen: (yuan: string | undefined) => number | null) {
  const out: { kind: K; annualFen: number; note: string | null }[] = []
  for (const r of rows ?? []) {
    if (!r.kind) continue
    const annualFen = toFen(r.annual)
    if (annualFen === null) return null
    out.push({ kind: r.kind, annualFen, note: r.note ?? null })
  }
  return out
}

const yuanOf = (f: number) => fenToYuanString(fen(f))

export function fromFile(file: HardshipFile): HardshipFormValues {
  return {
    memberId: file.memberId,
    familyMembers: file.familyMembers.map((m) => ({
      name: m.name,
      relation: m.relation,
      maskedIdNumber: m.idNumber ?? undefined,
      birthDate: m.birthDate ? dayjs(m.birthDate) : null,
      maskedHealth: m.health ?? undefined,
      employment: m.employment ?? undefined,
      monthlyIncome: yuanOf(m.monthlyIncomeFen),
    })),
    incomes: file.incomes.map((r) => ({ kind: r.kind, annual: yuanOf(r.annualFen), note: r.note ?? undefined })),
    expenses: file.expenses.map((r) => ({ kind: r.kind, annual: yuanOf(r.annualFen), note: r.note ?? undefined })),
    causes: file.causes,
    category: file.category,
    categoryReason: file.categoryReason ?? undefined,
    address: file.address ?? undefined,
    bankName: file.bankName ?? undefined,
    maskedBankAccount: file.bankAccount ?? undefined,
    note: file.note ?? undefined,
  }
}

/**
 * The household for the live preview: the same family, income and expense rows the save sends, so the core counts
 * and sums them exactly as it will for the saved file. Null while an amount cannot be read yet.
 */
export function calculationInput(v: HardshipFormValues): Input<'hardship.calculate'> | null {
  const incomes = moneyRows(v.incomes, fenOrNull)
  const expenses = moneyRows(v.expenses, fenOrNull)
  if (incomes === null || expenses === null) return null
  const familyMembers = (v.familyMembers ?? []).map((m) => ({ name: filled(m.name), relation: filled(m.relation) }))
  return { familyMembers, incomes, expenses }
}
