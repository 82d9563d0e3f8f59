import { toHalfWidth } from './id-number'

/** Mobile numbers (domain.md §4.7); landlines belong in their own field. */

export interface NormalizedMobile {
  /** 11 digits, or null when empty or invalid. */
  value: string | null
  error: string | null
}

// Separators people type between digit groups, including the full-width forms and dashes Word substitutes.
const SEPARATORS = /[\s\-\u2010-\u2015()（）]/g

/** An empty input is not an error here: whether the field is required is the schema's business. */
export function normalizeMobile(raw: string): NormalizedMobile {
  const compact = toHalfWidth(raw).replace(SEPARATORS, '')
  if (compact === '') return { value: null, error: null }
  const digits = withoutCountryCode(compact)
  const stray = /\D/.exec(digits)
  if (stray) return fail(`手机号只能包含数字（含有「${stray[0]}」）`)
  if (digits.startsWith('0')) return fail('这像是固定电话号码，请填入「固定电话」')
  if (digits.length !== 11) return fail(`手机号应为 11 位（现为 ${digits.length} 位）`)
  if (!/^1[3-9]/.test(digits)) return fail('手机号应以 13–19 开头')
  return { value: digits, error: null }
}

function withoutCountryCode(text: string): string {
  if (text.startsWith('+86')) return text.slice(3)
  if (text.startsWith('0086')) return text.slice(4)
  // Spreadsheets drop the plus sign: 8613800138000.
  return /^861\d{10}$/.test(text) ? text.slice(2) : text
}

function fail(error: string): NormalizedMobile {
  return { value: null, error }
}
