/**
 * The one masking module (domain §13): every list, detail, export, print and audit row that shows a personal number
 * masks it here. ID 110101********1234 (first 6 + last 4); bank card first 4 + last 4; mobile 138****1234; health
 * details hidden. Core mappers, exports, print data and the audit writer all call these, so a rule changes in one place.
 */

/** The kinds of personal field the contract marks (shared/contract/personal-fields.ts); 'file' is hashed, not masked. */
export type PersonalKind = 'idNumber' | 'bankAccount' | 'phone' | 'health' | 'file'

/**
 * Masked display form: 110101********1234 for 18-character numbers (first 6 and last 4 shown), first 2 and last 2
 * for shorter document numbers, all masked when too short to hide anything.
 */
export function maskIdNumber(normalized: string): string {
  const chars = Array.from(normalized)
  const [head, tail] = chars.length >= 18 ? [6, 4] : [2, 2]
  if (chars.length <= head + tail) return '*'.repeat(chars.length)
  const hidden = '*'.repeat(chars.length - head - tail)
  return `${chars.slice(0, head).join('')}${hidden}${chars.slice(-tail).join('')}`
}

export function maskBankAccount(account: string): string {
  const chars = Array.from(account)
  if (chars.length <= 8) return '*'.repeat(chars.length)
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`
}

export function maskPhone(phone: string): string {
  const chars = Array.from(phone)
  if (chars.length < 7) return '*'.repeat(chars.length)
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`
}

/** Health details are not partly shown: a diagnosis with its last characters visible still says too much. */
export const hiddenHealth = '（已隐去）'
export function maskHealth(text: string): string {
  return text === '' ? '' : hiddenHealth
}

const maskers: Readonly<Record<Exclude<PersonalKind, 'file'>, (value: string) => string>> = {
  idNumber: maskIdNumber,
  bankAccount: maskBankAccount,
  phone: maskPhone,
  health: maskHealth,
}

/** A stored value of the given kind, masked; null stays null (nothing on file is not something to hide). */
export function maskPersonal(kind: Exclude<PersonalKind, 'file'>, value: string): string
export function maskPersonal(kind: Exclude<PersonalKind, 'file'>, value: string | null): string | null
export function maskPersonal(kind: Exclude<PersonalKind, 'file'>, value: string | null): string | null {
  return value === null ? null : maskers[kind](value)
}

/** The caller's choice in one place: the full value only where an audited unmasking (or the person's own form) asked. */
export function shownPersonal(kind: Exclude<PersonalKind, 'file'>, value: string, unmasked: boolean): string
export function shownPersonal(kind: Exclude<PersonalKind, 'file'>, value: string | null, unmasked: boolean): string | null
export function shownPersonal(kind: Exclude<PersonalKind, 'file'>, value: string | null, unmasked: boolean): string | null {
  return unmasked ? value : maskPersonal(kind, value)
}
