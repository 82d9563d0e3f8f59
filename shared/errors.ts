import type { z } from 'zod'

/** Every failure a user can see has one of these codes; tests assert on the code, never on the wording. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'ACCOUNT_LOCKED'
  | 'SESSION_LOCKED'
  | 'CONFLICT'
  | 'NOT_SET_UP'
  | 'DB_FROM_NEWER_VERSION'
  | 'DB_UNREADABLE'
  | 'DB_NOT_FOUND'
  | 'DB_BUSY'
  | 'DB_READONLY'
  | 'DB_CORRUPT'
  | 'FILE_UNREADABLE'
  | 'FILE_UNWRITABLE'
  | 'IMPORT_ROW_INVALID'
  | 'ID_CHECKSUM'
  | 'ID_INVALID'
  | 'MEMBER_ACTIVE_ELSEWHERE'
  | 'TRANSITION_NOT_ALLOWED'
  | 'NOT_ELIGIBLE'
  | 'BUDGET_EXCEEDED'
  | 'WORKFLOW_STATE'
  | 'NOTICE_NOT_ENDED'
  | 'FONT_GLYPH_MISSING'
  | 'DISK_FULL'
  | 'NOT_A_BACKUP'
  | 'PASSPHRASE_WRONG'
  | 'AUDIT_KEY_INVALID'
  | 'AUDIT_CHAIN_BROKEN'
  | 'EXCHANGE_KEY'
  | 'EXCHANGE_CARD_INVALID'
  | 'EXCHANGE_NOT_A_PACKAGE'
  | 'EXCHANGE_TRUNCATED'
  | 'EXCHANGE_SENDER_UNKNOWN'
  | 'EXCHANGE_SIGNATURE'
  | 'EXCHANGE_WRONG_RECIPIENT'
  | 'EXCHANGE_NEWER_VERSION'
  | 'EXCHANGE_PAYLOAD_CORRUPT'
  | 'EXCHANGE_SEQUENCE_GAP'
  | 'INTERNAL'

export interface ErrorDetail {
  /** The input field (contract name) the message is about. */
  field?: string
  /** Spreadsheet row number, as the user sees it in Excel. */
  row?: number
}

export interface WireError extends ErrorDetail {
  code: ErrorCode
  message: string
}

/** The call succeeded and its changes are saved, but something done after saving failed: the clerk has something to do. */
export type WarningCode = 'FILE_NOT_STORED'

export interface WireWarning {
  code: WarningCode
  /** What did not happen and what to do about it, in Chinese. */
  message: string
}

export type Reply<T> = { ok: true; result: T; warnings?: WireWarning[] } | { ok: false; error: WireError }

/** The one error type of the project: a code, a Chinese message, and where it points. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: ErrorDetail = {},
  ) {
    super(message)
    this.name = 'AppError'
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, ...this.detail }
  }
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组字段',
  array: '列表',
  date: '日期',
}

/** Chinese reason for one zod issue, without the field label. Custom refinements carry their own Chinese message. */
function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '不能为空' : `应为${typeNames[issue.expected] ?? issue.expected}`
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字`
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`
      return `不能小于 ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字`
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`
      return `不能大于 ${issue.maximum}`
    case 'invalid_value':
      return `只能是：${issue.values.map(String).join('、')}`
    case 'invalid_format':
      return '格式不正确'
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`
    default:
      return issue.message
  }
}

/**
 * Turns zod's issues into one AppError('INVALID_INPUT') whose message names the field by its Chinese label,
 * e.g. 「单位名称」不能为空. Only the first issue is reported: a clerk fixes one thing at a time.
 */
export function zodToAppError(error: z.ZodError, labels: Readonly<Record<string, string>> = {}, row?: number): AppError {
  const issue = error.issues[0]
  if (!issue) return new AppError('INVALID_INPUT', '输入不正确')
  const field = issue.path.map(String).join('.')
  const top = issue.path.length > 0 ? String(issue.path[0]) : ''
  // List positions (items.3.amount) share one label (items.amount).
  const withoutIndices = issue.path.filter((p) => typeof p !== 'number').map(String).join('.')
  const label = labels[field] ?? labels[withoutIndices] ?? labels[top] ?? field
  const reason = reasonOf(issue)
  // A refinement's own message often names the field already (统一社会信用代码校验位应为 T); don't say it twice.
  const message = !label || (issue.code === 'custom' && reason.includes(label)) ? reason : `「${label}」${reason}`
  const detail: ErrorDetail = {}
  if (field) detail.field = field
  if (row !== undefined) detail.row = row
  return new AppError('INVALID_INPUT', row !== undefined ? `第${row}行${message}` : message, detail)
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError
}
