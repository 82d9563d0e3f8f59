import { memberTextMax } from '../contract/members'
import { parseLooseDate } from '../dates'
import { checkIdNumber, compareWithId, normalizeIdText, toHalfWidth } from '../identity/id-number'
import { normalizeMobile } from '../identity/mobile'
import { normalizePersonName } from '../identity/person-name'
import { columnLabel, memberColumnKeys, type MemberColumnKey } from './columns'
import { eventDateRefusal } from './lifecycle'
import { eventTypeFromText, newFormTypes, type Gender, type MemberEventType, type MemberIdKind, type NewFormType } from './fields'

/** One spreadsheet row, cells keyed by the field their column is mapped to. */
export type RawMemberRow = Partial<Record<MemberColumnKey, unknown>>

/** Issue 13: one word per severity on screen, in the problem report and in the CLI summary (never 提示 beside 提醒). */
export const issueSeverityWords = { error: '拒绝', warning: '提醒' } as const

export type RowIssueCode = 'ID_CHECKSUM' | 'ID_INVALID' | 'ID_MISSING' | 'NAME_MISSING' | 'DATE_INVALID' | 'VALUE_INVALID' | 'MISMATCH'
export interface RowIssue {
  field: MemberColumnKey
  code: RowIssueCode
  message: string
  severity: 'error' | 'warning'
}

/** A row ready to compare with the register and write; empty cells are null. */
export interface CleanMember {
  name: string
  idNumber: string
  idKind: MemberIdKind
  gender: Gender | null
  birthDate: string | null
  ethnicity: string | null
  employmentStatus: string | null
  education: string | null
  skillLevel: string | null
  phone: string | null
  hukouType: string | null
  hukouPlace: string | null
  politicalStatus: string | null
  employerName: string | null
  nativePlace: string | null
  isMigrant: boolean
  newFormType: NewFormType | null
  bankName: string | null
  bankAccount: string | null
  notes: string | null
  orgName: string | null
  enterpriseName: string | null
  eventType: MemberEventType | null
  /** The row's 会籍变化日期, else its 入会日期. */
  eventDate: string | null
  eventReason: string | null
}

/** Cell → trimmed text; numbers (IDs Excel stored as numbers) without exponent; dates as ISO days. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return String(value).trim()
}

const GENDER_WORDS: Readonly<Record<string, Gender>> = { 男: '男', 男性: '男', '1': '男', 女: '女', 女性: '女', '2': '女' }
const YES = new Set(['是', 'Y', 'YES', '1', 'TRUE', '√', '农民工'])
const NO = new Set(['否', 'N', 'NO', '0', 'FALSE', '', '×'])
/** Document kinds that have no GB 11643 check: their numbers are kept as typed (format only). */
const OTHER_DOCUMENTS = /护照|通行证|其他|军官证|士兵证/

const ID_LABEL = columnLabel('idNumber')

/** Imported fields that are stored as text, and the members.save field whose length limit each obeys. */
const STORED_LIMITS: ReadonlyArray<readonly [MemberColumnKey, number]> = [
  ['name', memberTextMax.name], ['ethnicity', memberTextMax.ethnicity], ['employmentStatus', memberTextMax.employmentStatus],
  ['education', memberTextMax.education], ['skillLevel', memberTextMax.skillLevel], ['phone', memberTextMax.phone],
  ['hukouType', memberTextMax.hukouType], ['hukouPlace', memberTextMax.hukouPlace], ['politicalStatus', memberTextMax.politicalStatus],
  ['employerName', memberTextMax.employerName], ['nativePlace', memberTextMax.nativePlace], ['bankName', memberTextMax.bankName],
  ['notes', memberTextMax.notes], ['idNumber', memberTextMax.idNumber], ['bankAccount', memberTextMax.bankAccount],
  ['eventReason', memberTextMax.joinReason],
]

// Tab, line feed and carriage return are whitespace that trimming and name normalisation already handle.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// Without the u flag the pattern sees UTF-16 units, so a high surrogate without its low half (or the reverse) is found.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** U+FFFD, and the same bytes misread as GBK (锟斤拷): text that was damaged before it reached this file. */
const REPLACEMENT = /\uFFFD|锟斤拷/
/** Any character one of the three patterns above could match. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFD锟]/

const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** Why a cell's text cannot be stored as it is (damaged, control characters, broken surrogates), or null. */
export function textDamage(text: string): string | null {
  const replaced = REPLACEMENT.exec(text)
  if (replaced) {
    return replaced[0] === '\uFFFD'
      ? '含有替换字符「\uFFFD」（U+FFFD），文字在保存或转换编码时已损坏，请从原始资料重新填写或导出后再导入'
      : '含有乱码「锟斤拷」（替换字符被按 GBK 解读），文字在保存或转换编码时已损坏，请从原始资料重新填写后再导入'
  }
  const control = CONTROL.exec(text)
  if (control) return `含有控制字符 ${hex(control[0])}，请删除后再导入`
  if (LONE_SURROGATE.test(text)) return '含有不完整的字符（单独的 UTF-16 代理项），文件已损坏'
  return null
}

/**
 * Refusals that make the rest of the row meaningless: damaged text in any column, and stored text longer than
 * members.save accepts. The long or damaged value is not repeated in the message.
 */
function integrityIssues(raw: RawMemberRow, issue: AddIssue): void {
  for (const key of memberColumnKeys) {
    const value = raw[key]
    // One cheap scan per cell; the precise reason is worked out only for the rare cell that trips it.
    const damage = typeof value === 'string' && SUSPECT.test(value) ? textDamage(value) : null
    if (damage) issue(key, 'VALUE_INVALID', `「${columnLabel(key)}」${damage}`)
  }
  for (const [key, max] of STORED_LIMITS) {
    // Normalising a name or cleaning an account number never lengthens it, so only a long cell needs the stored form.
    if (cellText(raw[key]).length <= max) continue
    const stored = key === 'name' ? normalizePersonName(cellText(raw.name)).value : key === 'bankAccount' ? cleanBankAccount(cellText(raw.bankAccount)).value : cellText(raw[key])
    if (stored.length > max) issue(key, 'VALUE_INVALID', `「${columnLabel(key)}」超过 ${max} 个字符（填写了 ${stored.length.toLocaleString('en-US')} 个）`)
  }
}

export function validateMemberRow(raw: RawMemberRow, opts: { today: string }): { member: CleanMember | null; issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const issue = (field: MemberColumnKey, code: RowIssueCode, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ field, code, message, severity })
  const text = (k: MemberColumnKey) => {
    const t = cellText(raw[k])
    return t === '' ? null : t
  }
  integrityIssues(raw, issue)
  if (issues.length) return { member: null, issues }

  const name = normalizePersonName(cellText(raw.name))
  if (name.value === '') issue('name', 'NAME_MISSING', '「姓名」为空')
  else for (const w of name.warnings) issue('name', 'VALUE_INVALID', w, 'warning')

  const id = identity(raw, opts.today, issue)

  const gender = genderOf(text('gender'), id?.gender ?? null, issue)
  const birthDate = birthDateOf(raw.birthDate, id?.birthDate ?? null, issue)

  let phone = text('phone')
  if (phone) {
    const mobile = normalizeMobile(phone)
    if (mobile.value) phone = mobile.value
    else issue('phone', 'VALUE_INVALID', `「移动电话」${mobile.error ?? '不正确'}，已按原样保存`, 'warning')
  }

  const migrantText = toHalfWidth(cellText(raw.isMigrant)).toUpperCase()
  const isMigrant = YES.has(migrantText)
  if (!isMigrant && !NO.has(migrantText)) issue('isMigrant', 'VALUE_INVALID', `「是否农民工会员」应填 是 或 否（填写为「${cellText(raw.isMigrant)}」），按 否 处理`, 'warning')

  const newFormText = text('newFormType')
  const newFormType = newFormTypes.find((t) => t === newFormText) ?? null
  if (newFormText && !newFormType) issue('newFormType', 'VALUE_INVALID', `「新就业形态类型」应为 ${newFormTypes.join('、')} 之一（填写为「${newFormText}」），未保存`, 'warning')

  let bankAccount = text('bankAccount')
  if (bankAccount) {
    const cleaned = cleanBankAccount(bankAccount)
    bankAccount = cleaned.value
    if (cleaned.warning) issue('bankAccount', 'VALUE_INVALID', cleaned.warning, 'warning')
  }

  const eventTypeText = text('eventType')
  const eventType = eventTypeText ? eventTypeFromText(eventTypeText) : null
  if (eventTypeText && !eventType) issue('eventType', 'VALUE_INVALID', `「会籍变化类型」应为 入会、转入、保留、转出、除名、退会 或 1–6（填写为「${eventTypeText}」）`)
  const eventDate = eventDateOf('eventDate', raw.eventDate, { today: opts.today, birthDate }, issue)
  const joinDate = eventDateOf('joinDate', raw.joinDate, { today: opts.today, birthDate }, issue)

  if (!id || name.value === '' || issues.some((i) => i.severity === 'error')) return { member: null, issues }
  return {
    member: {
      name: name.value,
      idNumber: id.normalized,
      idKind: id.kind,
      gender,
      birthDate,
      ethnicity: text('ethnicity'),
      employmentStatus: text('employmentStatus'),
      education: text('education'),
      skillLevel: text('skillLevel'),
      phone,
      hukouType: text('hukouType'),
      hukouPlace: text('hukouPlace'),
      politicalStatus: text('politicalStatus'),
      employerName: text('employerName'),
      nativePlace: text('nativePlace'),
      isMigrant,
      newFormType,
      bankName: text('bankName'),
      bankAccount,
      notes: text('notes'),
      orgName: text('orgName'),
      enterpriseName: text('enterpriseName'),
      eventType,
      eventDate: eventDate ?? joinDate,
      eventReason: text('eventReason'),
    },
    issues,
  }
}

/** 其他证件 (passport, 通行证…) have no check character: only the shape is checked. The normalised number, or null. */
export function otherDocumentNumber(raw: string): string | null {
  const normalized = normalizeIdText(raw)
  return /^[A-Z0-9]{5,20}$/.test(normalized) ? normalized : null
}

/** Spaces and dashes out, full-width digits to half-width; a warning (it is kept as typed) unless 8–30 digits. */
export function cleanBankAccount(raw: string): { value: string; warning: string | null } {
  const value = toHalfWidth(raw).replace(/[\s-]/g, '')
  return { value, warning: /^\d{8,30}$/.test(value) ? null : '「银行账号」应为 8–30 位数字' }
}

type AddIssue = (field: MemberColumnKey, code: RowIssueCode, message: string, severity?: 'error' | 'warning') => void

function identity(raw: RawMemberRow, today: string, issue: AddIssue) {
  const value = cellText(raw.idNumber)
  if (value === '') {
    issue('idNumber', 'ID_MISSING', `「${ID_LABEL}」为空`)
    return null
  }
  if (OTHER_DOCUMENTS.test(cellText(raw.idKind))) {
    const normalized = otherDocumentNumber(value)
    if (!normalized) {
      issue('idNumber', 'ID_INVALID', `「${ID_LABEL}」${cellText(raw.idKind)}号码应为 5–20 位字母或数字`)
      return null
    }
    return { normalized, kind: 'other' as const, gender: null, birthDate: null }
  }
  if (typeof raw.idNumber === 'number' && value.length >= 16) {
    // Excel keeps 15 significant digits; the last ones of an 18-digit number stored as a number are lost.
    issue('idNumber', 'ID_INVALID', `「${ID_LABEL}」被 Excel 存成了数字（${value}），末几位已丢失，请把该列设为文本后重新填写`)
    return null
  }
  const check = checkIdNumber(value, { today })
  if (!check.valid || !check.normalized || !check.kind) {
    issue('idNumber', check.code ?? 'ID_INVALID', `「${ID_LABEL}」${check.error ?? '不正确'}`)
    return null
  }
  for (const w of check.warnings) issue('idNumber', 'VALUE_INVALID', `「${ID_LABEL}」${w}`, 'warning')
  for (const w of compareWithId(check, { gender: cellText(raw.gender), birthDate: birthText(raw.birthDate, check.birthDate) })) {
    issue(w.includes('性别') ? 'gender' : 'birthDate', 'MISMATCH', w, 'warning')
  }
  return { normalized: check.normalized, kind: check.kind, gender: check.gender, birthDate: check.birthDate }
}

/**
 * The 出生日期 cell in a form compareWithId reads (it takes text; serials and Date cells become ISO days first). Excel
 * stores a typed 1996.3 as a number, and 1996.1 and 1996.10 as the same one: such a number agrees with the ID when it
 * is the number the ID's year and month would make.
 */
function birthText(value: unknown, fromId: string | null): string {
  if (typeof value === 'number' && fromId && value === Number(`${fromId.slice(0, 4)}.${Number(fromId.slice(5, 7))}`)) return fromId.slice(0, 7)
  if (typeof value === 'number' || value instanceof Date) return parseLooseDate(value).date ?? cellText(value)
  // Text as written: compareWithId reads it with the same parser and keeps a month-only date month-only.
  return cellText(value)
}

function genderOf(text: string | null, fromId: Gender | null, issue: AddIssue): Gender | null {
  if (fromId) return fromId
  if (!text) return null
  const g = GENDER_WORDS[text]
  if (!g) issue('gender', 'VALUE_INVALID', `「性别」应填 男 或 女（填写为「${text}」）`, 'warning')
  return g ?? null
}

function birthDateOf(value: unknown, fromId: string | null, issue: AddIssue): string | null {
  if (fromId) return fromId
  const parsed = parseLooseDate(typeof value === 'string' ? value.trim() : value)
  if (parsed.error) issue('birthDate', 'DATE_INVALID', `「出生日期」${parsed.error}`, 'warning')
  return parsed.date
}

/** 会籍变化日期 or 入会日期: a date the member's event can carry (not before birth, not in the future). */
function eventDateOf(key: 'eventDate' | 'joinDate', value: unknown, on: { today: string; birthDate: string | null }, issue: AddIssue): string | null {
  const parsed = parseLooseDate(typeof value === 'string' ? value.trim() : value)
  if (parsed.error) {
    issue(key, 'DATE_INVALID', `「${columnLabel(key)}」${parsed.error}`)
    return null
  }
  const refusal = parsed.date ? eventDateRefusal(parsed.date, on) : null
  if (refusal) {
    issue(key, 'DATE_INVALID', `「${columnLabel(key)}」${refusal}`)
    return null
  }
  return parsed.date
}
