import { parseLooseDate } from '../dates'
import { checkIdNumber, compareWithId, normalizeIdText, toHalfWidth } from '../identity/id-number'
import { normalizeMobile } from '../identity/mobile'
import { normalizePersonName } from '../identity/person-name'
import { columnLabel, type MemberColumnKey } from './columns'
import { eventDateRefusal } from './lifecycle'
import { eventTypeFromText, newFormTypes, type Gender, type MemberEventType, type MemberIdKind, type NewFormType } from './fields'

/** One spreadsheet row, cells keyed by the field their column is mapped to. */
export type RawMemberRow = Partial<Record<MemberColumnKey, unknown>>

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

export function validateMemberRow(raw: RawMemberRow, opts: { today: string }): { member: CleanMember | null; issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const issue = (field: MemberColumnKey, code: RowIssueCode, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ field, code, message, severity })
  const text = (k: MemberColumnKey) => {
    const t = cellText(raw[k])
    return t === '' ? null : t
  }

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
  const eventDate = eventDateOf(raw.eventDate, { today: opts.today, birthDate }, issue)

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
      eventDate,
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
  for (const w of compareWithId(check, { gender: cellText(raw.gender), birthDate: birthText(raw.birthDate) })) {
    issue(w.includes('性别') ? 'gender' : 'birthDate', 'MISMATCH', w, 'warning')
  }
  return { normalized: check.normalized, kind: check.kind, gender: check.gender, birthDate: check.birthDate }
}

/** The 出生日期 cell in a form compareWithId reads (it takes text; serials and Date cells become ISO days first). */
function birthText(value: unknown): string {
  if (typeof value === 'number' || value instanceof Date) return parseLooseDate(value).date ?? cellText(value)
  const parsed = parseLooseDate(cellText(value))
  return parsed.date ?? cellText(value)
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

function eventDateOf(value: unknown, on: { today: string; birthDate: string | null }, issue: AddIssue): string | null {
  const parsed = parseLooseDate(typeof value === 'string' ? value.trim() : value)
  if (parsed.error) {
    issue('eventDate', 'DATE_INVALID', `「会籍变化日期」${parsed.error}`)
    return null
  }
  const refusal = parsed.date ? eventDateRefusal(parsed.date, on) : null
  if (refusal) {
    issue('eventDate', 'DATE_INVALID', `「会籍变化日期」${refusal}`)
    return null
  }
  return parsed.date
}
