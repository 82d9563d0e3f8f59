import { parseLooseDate } from '../dates'
import { isKnownRegion } from './regions'

/**
 * Identity-document numbers (domain.md §4.1–4.4): resident IDs (GB 11643), 港澳台居民居住证, and both formats of the
 * 外国人永久居留身份证. Messages are Simplified Chinese without the field label; callers add 「身份证号」.
 */

export type IdKind = 'resident' | 'hkmo' | 'taiwan' | 'foreign'
export type IdErrorCode = 'ID_CHECKSUM' | 'ID_INVALID'
export type IdGender = '男' | '女'

export interface IdCheck {
  valid: boolean
  /** The value to store; null when the number is not valid. */
  normalized: string | null
  kind: IdKind | null
  /** YYYY-MM-DD */
  birthDate: string | null
  gender: IdGender | null
  warnings: string[]
  error: string | null
  code: IdErrorCode | null
  /** The check character the first 17 characters call for, when that is what failed. */
  expectedCheck?: string
}

export interface IdCheckOptions {
  /** YYYY-MM-DD; core passes its injected clock so results are reproducible. */
  today?: string
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
const EARLIEST_BIRTH = '1900-01-01'
// Copy-paste from web pages and Excel brings zero-width characters along with ordinary and ideographic spaces.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g

const EMPTY: Readonly<IdCheck> = {
  valid: false,
  normalized: null,
  kind: null,
  birthDate: null,
  gender: null,
  warnings: [],
  error: null,
  code: null,
}

/** Full-width ASCII (１２３ＡＢＣ－＋) → half-width, as typed with a Chinese IME in full-width mode. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** §4.1: trim, drop inner spaces, full-width → half-width, lowercase → uppercase (x → X). */
export function normalizeIdText(raw: string): string {
  return toHalfWidth(raw).replace(INVISIBLE, '').toUpperCase()
}

/** GB 11643 MOD 11-2 check character for 17 digits. */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17.charAt(i)), 0)
  return CHECK_CHARS.charAt(sum % 11)
}

export function checkIdNumber(raw: string, opts: IdCheckOptions = {}): IdCheck {
  const text = normalizeIdText(raw)
  const length = Array.from(text).length
  if (length === 0) return invalid('证件号码为空')
  if (length === 15) return checkFifteen(text, opts)
  if (length !== 18) return invalid(`长度应为 18 位（现为 ${length} 位）`)
  return checkEighteen(text, opts)
}

function checkFifteen(text: string, opts: IdCheckOptions): IdCheck {
  if (/^\d{15}$/.test(text)) {
    // §4.3: legacy IDs were all issued to people born in the 1900s and carry no check character.
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`
    return checkEighteen(first17 + idCheckChar(first17), opts)
  }
  if (/^[A-Z]{3}\d{12}$/.test(text)) {
    return { ...EMPTY, valid: true, normalized: text, kind: 'foreign', warnings: [] }
  }
  return invalid('15 位号码应为 15 位数字（旧版身份证）或 3 个字母加 12 位数字（2017 年版外国人永久居留身份证）')
}

function checkEighteen(text: string, opts: IdCheckOptions): IdCheck {
  const badChar = badCharacter(text)
  if (badChar) return invalid(badChar)
  const expected = idCheckChar(text.slice(0, 17))
  const actual = text.charAt(17)
  if (expected !== actual) return invalid(`校验位应为 ${expected}，实际为 ${actual}`, 'ID_CHECKSUM', expected)
  const birth = readBirthDate(text.slice(6, 14), opts.today ?? localToday())
  if ('error' in birth) return invalid(birth.error)
  const kind = kindOf(text)
  return {
    ...EMPTY,
    valid: true,
    normalized: text,
    kind,
    birthDate: birth.date,
    gender: Number(text.charAt(16)) % 2 === 1 ? '男' : '女',
    warnings: regionWarnings(text, kind),
  }
}

function badCharacter(text: string): string | null {
  // Nearly every number in a file is well-formed; only a bad one is taken apart to say which position is wrong.
  if (/^\d{17}[\dX]$/.test(text)) return null
  const chars = Array.from(text)
  for (const [i, c] of chars.entries()) {
    if (i < 17 && !/\d/.test(c)) return `第 ${i + 1} 位「${c}」应为数字`
    if (i === 17 && !/[\dX]/.test(c)) return `第 18 位「${c}」应为数字或 X`
  }
  return null
}

function readBirthDate(yyyymmdd: string, today: string): { date: string } | { error: string } {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { error: `出生日期 ${date} 不存在` }
  if (date < EARLIEST_BIRTH) return { error: `出生日期 ${date} 早于 1900 年` }
  if (date > today) return { error: `出生日期 ${date} 晚于今天（${today}）` }
  return { date }
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

function kindOf(text: string): IdKind {
  const prefix = text.slice(0, 6)
  if (prefix === '810000' || prefix === '820000') return 'hkmo'
  if (prefix === '830000') return 'taiwan'
  // Citizens' region codes start 1–8; the 2023 permanent-residence card reserves 9.
  return text.startsWith('9') ? 'foreign' : 'resident'
}

/** Region codes are retired and added over time, so an unknown one is only ever a warning (§4.2). */
function regionWarnings(text: string, kind: IdKind): string[] {
  if (kind === 'resident') {
    const region = text.slice(0, 6)
    return isKnownRegion(region) ? [] : [`地区码 ${region} 不在行政区划代码表中，请核对（旧证的地区码可能已撤销）`]
  }
  if (kind === 'foreign') {
    const province = text.slice(1, 3)
    return isKnownRegion(`${province}0000`) ? [] : [`受理地省份代码 ${province} 不在行政区划代码表中，请核对`]
  }
  return []
}

function invalid(error: string, code: IdErrorCode = 'ID_INVALID', expectedCheck?: string): IdCheck {
  const result: IdCheck = { ...EMPTY, warnings: [], error, code }
  if (expectedCheck !== undefined) result.expectedCheck = expectedCheck
  return result
}

/** Fallback for callers without an injected clock (e.g. ad-hoc use); core always passes `today`. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** What the clerk typed in the 性别 / 出生日期 columns next to the ID number. */
export interface GivenPersonFacts {
  birthDate?: string | null
  gender?: string | null
}

/** §4.2: warnings when the 性别 or 出生日期 column disagrees with a valid ID; the ID wins. */
export function compareWithId(check: IdCheck, given: GivenPersonFacts): string[] {
  const warnings: string[] = []
  const gender = genderWarning(check.gender, given.gender)
  if (gender) warnings.push(gender)
  const birth = birthDateWarning(check.birthDate, given.birthDate)
  if (birth) warnings.push(birth)
  return warnings
}

const GENDER_WORDS: Readonly<Record<string, IdGender>> = {
  男: '男',
  男性: '男',
  M: '男',
  MALE: '男',
  '1': '男',
  女: '女',
  女性: '女',
  F: '女',
  FEMALE: '女',
  '2': '女',
}

function genderWarning(fromId: IdGender | null, raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? ''
  if (!fromId || text === '') return null
  const given = GENDER_WORDS[text.toUpperCase()]
  if (!given) return `「性别」填写为「${text}」，无法识别，以身份证号为准（${fromId}）`
  if (given === fromId) return null
  return `「性别」填写为 ${given}，与身份证号不符（身份证号为 ${fromId}），以身份证号为准`
}

function birthDateWarning(fromId: string | null, raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? ''
  if (!fromId || text === '') return null
  const given = parseLooseDate(text)
  if (!given.date) return `「出生日期」填写为「${text}」，无法识别，以身份证号为准（${fromId}）`
  // Rosters often keep only 出生年月 (1996年3月, 1996-03, 1996.3): such a cell says nothing about the day, so only the
  // year and month it names are compared.
  const shown = given.precision === 'month' ? given.date.slice(0, 7) : given.date
  if (shown === fromId.slice(0, shown.length)) return null
  return `「出生日期」填写为 ${shown}，与身份证号不符（身份证号为 ${fromId}），以身份证号为准`
}
