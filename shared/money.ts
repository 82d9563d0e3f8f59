import { AppError } from './errors'

/**
 * The project's one money type: an integer number of fen (1 元 = 100 分).
 * Branded so a plain number (say, a yuan amount from a form) cannot reach a `_fen` column by accident.
 */
export type Fen = number & { readonly __brand: 'Fen' }

/** Safe integers only: beyond 2^53 a number silently stops being exact, which money must never do. */
export function isFen(n: unknown): n is Fen {
  return typeof n === 'number' && Number.isSafeInteger(n)
}

/** Negative values are allowed because differences (budget left, refunds) are money too; columns add their own sign CHECK. */
export function fen(n: number): Fen {
  if (!isFen(n)) throw new AppError('INVALID_INPUT', `金额 ${String(n)} 不是整数分`)
  return n
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0
  for (const v of values) total += v
  if (!isFen(total)) throw new AppError('INVALID_INPUT', '金额合计超出可计算的范围')
  return total
}

export function minFen(first: Fen, ...rest: readonly Fen[]): Fen {
  return fen(Math.min(first, ...rest))
}

export function maxFen(first: Fen, ...rest: readonly Fen[]): Fen {
  return fen(Math.max(first, ...rest))
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

const FULL_WIDTH_OFFSET = 0xfee0

/** Spreadsheets and Chinese input methods produce ０-９, ．, ，, ￥ and －; fold them to ASCII before parsing. */
function foldFullWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\uffe5/g, '\u00a5')
    .replace(/\u3000/g, ' ')
}

const AMOUNT_PATTERN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/

function stripDecorations(text: string): string {
  return foldFullWidth(text)
    .replace(/\s+/g, '')
    .replace(/^(-?)(?:人民币|RMB|CNY|[¥\u00a5])/i, '$1')
    .replace(/元整?$/, '')
}

/**
 * Parses a decimal yuan amount straight to fen by joining the digit strings, so no float multiply can turn
 * 1234.56 into 123455.99999. Accepts thousands separators, a ¥/人民币 prefix, a 元 suffix and full-width digits.
 */
export function yuanToFen(text: string): Fen {
  const cleaned = stripDecorations(text)
  if (cleaned === '' || cleaned === '-') throw new AppError('INVALID_INPUT', '金额不能为空')
  const match = AMOUNT_PATTERN.exec(cleaned)
  if (!match) throw new AppError('INVALID_INPUT', `金额「${text}」不是有效的数字`)
  const [, sign = '', whole = '', fraction = ''] = match
  if (fraction.length > 2) throw new AppError('INVALID_INPUT', `金额「${text}」最多只能有两位小数（角、分）`)
  const digits = whole.replace(/,/g, '') + fraction.padEnd(2, '0')
  const value = Number(digits)
  if (!Number.isSafeInteger(value)) throw new AppError('INVALID_INPUT', `金额「${text}」太大`)
  return fen(sign === '-' && value !== 0 ? -value : value)
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

/** Splits without dividing by 100 in floating point, which loses the last fen near 2^53. */
function splitYuan(f: Fen): { negative: boolean; yuan: number; cents: number } {
  const abs = Math.abs(f)
  const cents = abs % 100
  return { negative: f < 0, yuan: (abs - cents) / 100, cents }
}

function centsText(cents: number): string {
  return String(cents).padStart(2, '0')
}

/** Plain `15000.00`, the form exports and the exchange format use. */
export function fenToYuanString(f: Fen): string {
  const { negative, yuan, cents } = splitYuan(f)
  return `${negative ? '-' : ''}${yuan}.${centsText(cents)}`
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Screen and print figure: `15,000.00`, or `¥15,000.00` with the symbol. The minus goes before the symbol. */
export function formatFen(f: Fen, opts: { symbol?: boolean } = {}): string {
  const { negative, yuan, cents } = splitYuan(f)
  const symbol = opts.symbol ? '¥' : ''
  return `${negative ? '-' : ''}${symbol}${groupThousands(String(yuan))}.${centsText(cents)}`
}

// ---------------------------------------------------------------------------------------------------------------
// Uppercase amounts (大写金额), PBOC 支付结算办法 annex; see domain.md §7.4

const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const

function digitAt(digits: string, i: number): number {
  return Number(digits.charAt(i))
}

function upperDigit(d: number): string {
  return UPPER_DIGITS[d] ?? ''
}

/**
 * The section unit written after position p (counted from the units digit). 亿 is written whenever anything
 * stands at or above it, so 壹万亿 keeps its 亿 even though the 亿 group itself is all zeros; 万 only for a non-zero group.
 */
function sectionUnit(digits: string, p: number): string {
  const end = digits.length - p
  if (p % 8 === 0) return /[1-9]/.test(digits.slice(0, end)) ? '亿' : ''
  const groupStart = Math.max(0, end - 4)
  return /[1-9]/.test(digits.slice(groupStart, end)) ? '万' : ''
}

/**
 * Integer yuan in uppercase. A run of zeros between non-zero digits becomes one 零, even across a 万/亿 boundary
 * (100,010 → 壹拾万零壹拾); trailing zeros are silent. Ten is 壹拾, never a bare 拾, as the rules for amounts require.
 */
function upperInteger(yuan: number): string {
  const digits = String(yuan)
  let out = ''
  let zeroPending = false
  for (let i = 0; i < digits.length; i++) {
    const p = digits.length - 1 - i
    const d = digitAt(digits, i)
    if (d === 0) {
      zeroPending = out !== ''
    } else {
      if (zeroPending) out += '零'
      zeroPending = false
      out += upperDigit(d) + (SMALL_UNITS[p % 4] ?? '')
    }
    if (p > 0 && p % 4 === 0) out += sectionUnit(digits, p)
  }
  return out
}

/**
 * After 元: nothing decimal → 整; 角 only → no 整 (the rules allow omitting it, and we do); a zero 角 before a
 * non-zero 分 → 零 (壹万陆仟肆佰零玖元零贰分). With no whole yuan the 元 is left out entirely (0.05 → 伍分).
 */
function upperFraction(hasYuan: boolean, jiao: number, fenDigit: number): string {
  if (jiao === 0 && fenDigit === 0) return '整'
  let out = ''
  if (jiao > 0) out += `${upperDigit(jiao)}角`
  else if (hasYuan) out += '零'
  if (fenDigit > 0) out += `${upperDigit(fenDigit)}分`
  return out
}

/** 大写金额 for vouchers and 签领表: 15,000.00 → 壹万伍仟元整, or 人民币壹万伍仟元整 with the prefix. */
export function fenToChineseUpper(f: Fen, opts: { prefix?: boolean } = {}): string {
  if (!isFen(f) || f < 0) throw new AppError('INVALID_INPUT', `大写金额只能用于不小于零的整数分金额，收到 ${String(f)}`)
  const { yuan, cents } = splitYuan(f)
  const jiao = (cents - (cents % 10)) / 10
  const fenDigit = cents % 10
  let body: string
  if (yuan === 0 && cents === 0) body = '零元整'
  else {
    const whole = yuan > 0 ? `${upperInteger(yuan)}元` : ''
    body = whole + upperFraction(yuan > 0, jiao, fenDigit)
  }
  return opts.prefix ? `人民币${body}` : body
}
