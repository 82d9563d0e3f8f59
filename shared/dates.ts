import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc.js'
import { AppError } from './errors'

// All arithmetic runs in UTC mode so a calendar date never shifts with the machine's time zone or a DST change.
dayjs.extend(utc)

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/
/** China has used one fixed offset without DST since 1991, so no time-zone database is needed. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60

// ---------------------------------------------------------------------------------------------------------------
// Validation and conversion

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A `YYYY-MM-DD` string naming a day that exists (so 2019-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** The project's instant format, exactly as `ctx.now()` produces it: UTC with milliseconds. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_INSTANT.exec(value)
  return m !== null && isIsoDate(m[1])
}

export function requireIsoDate(value: string, label = '日期'): string {
  if (!isIsoDate(value)) throw new AppError('INVALID_INPUT', `「${label}」不是有效日期：${value}（应为 2024-10-08 这样的格式）`)
  return value
}

function requireWholeNumber(n: number, label: string): number {
  if (!Number.isSafeInteger(n)) throw new AppError('INVALID_INPUT', `${label}应为整数，收到 ${String(n)}`)
  return n
}

function utcDay(date: string): dayjs.Dayjs {
  return dayjs.utc(requireIsoDate(date))
}

/**
 * Converts an antd DatePicker value at submit. A Dayjs keeps the calendar day it shows, in whatever mode it is in;
 * a string must already be an ISO date, because guessing at this point would hide a bug in the form.
 */
export function toIsoDate(d: dayjs.Dayjs | string): string {
  if (typeof d === 'string') return requireIsoDate(d)
  if (!d.isValid()) throw new AppError('INVALID_INPUT', '日期无效')
  return d.format('YYYY-MM-DD')
}

/** The local calendar date (Asia/Shanghai) of an instant; the office's "today" for deadlines and ages. */
export function todayIn(nowIso: string): string {
  if (!isIsoInstant(nowIso)) throw new AppError('INVALID_INPUT', `时间格式不正确：${nowIso}`)
  return dayjs.utc(nowIso).add(SHANGHAI_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD')
}

/** An instant as the office reads it on a wall clock (Asia/Shanghai), to the minute: 2026-12-02 17:05. */
export function formatInstant(nowIso: string): string {
  if (!isIsoInstant(nowIso)) throw new AppError('INVALID_INPUT', `时间格式不正确：${nowIso}`)
  return dayjs.utc(nowIso).add(SHANGHAI_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD HH:mm')
}

/** The first and last instant (UTC ISO, milliseconds) of a calendar day in the office's time (Asia/Shanghai). */
export function dayBoundsUtc(date: string): { from: string; to: string } {
  const start = dayjs.utc(requireIsoDate(date)).subtract(SHANGHAI_OFFSET_MINUTES, 'minute')
  return { from: start.toISOString(), to: start.add(1, 'day').subtract(1, 'millisecond').toISOString() }
}

// ---------------------------------------------------------------------------------------------------------------
// Arithmetic

/** The Monday of the week a date falls in (weeks start on Monday in China, as ISO weeks do). */
export function mondayOf(date: string): string {
  const d = dayjs.utc(requireIsoDate(date))
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD')
}

export function addDays(date: string, n: number): string {
  return utcDay(date).add(requireWholeNumber(n, '天数'), 'day').format('YYYY-MM-DD')
}

/** Corresponding-day rule with month-end fallback: 2027-05-31 + (−3) months → 2027-02-28. */
export function addMonths(date: string, n: number): string {
  // Integer arithmetic rather than dayjs (same result, month end kept as dayjs does): an import asks this once per
  // row for the 16th birthday, and dayjs's parse–add–format was a tenth of a 100,000-row import's CPU.
  const [year, month, day] = requireIsoDate(date).split('-').map(Number) as [number, number, number]
  const months = year * 12 + month - 1 + requireWholeNumber(n, '月数')
  const toYear = Math.floor(months / 12)
  const toMonth = months - toYear * 12 + 1
  return ymd(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)))
}

/** The corresponding day n months earlier, month end when it does not exist: 2027-06-30 − 3 → 2027-03-30. */
export function monthsBefore(date: string, n: number): string {
  return addMonths(date, -n)
}

/**
 * The n-month period that ends on, and includes, `end`, e.g. the renewal window "within the 3 months before expiry"
 * (domain.md §8.2): expiry 2027-06-30 → 2027-03-31 … 2027-06-30. The boundary: count back n months by the
 * corresponding-day rule (2027-03-30, the `anchor`), then, as the Civil Code does not count the day a period runs
 * from (art. 201), the period starts the day after. Month-end fallback applies to the anchor:
 * 2027-05-31 → anchor 2027-02-28 → start 2027-03-01. Callers show start and end so the user sees the boundary used.
 */
export function periodEndingOn(end: string, months: number): { start: string; end: string; anchor: string } {
  const anchor = monthsBefore(end, months)
  return { start: addDays(anchor, 1), end, anchor }
}

/** ISO date strings sort as text; this also checks both really are dates. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  requireIsoDate(a)
  requireIsoDate(b)
  if (a === b) return 0
  return a < b ? -1 : 1
}

/**
 * Age in full years (周岁) on a date: one more on each birthday. Someone born on 29 February gains the year on
 * 1 March in common years, since their month-day has not yet come on 28 February.
 */
export function ageOn(birthDate: string, onDate: string): number {
  if (compareDates(birthDate, onDate) > 0) {
    throw new AppError('INVALID_INPUT', `出生日期 ${birthDate} 晚于 ${onDate}`)
  }
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years
}

// ---------------------------------------------------------------------------------------------------------------
// Working days (domain.md §7.3) and legal deadlines (§8.2)

/**
 * The State Council's holiday schedule for a year, editable by the user [config].
 * holidays: days off (放假), including the weekend days inside an official run; workdays: weekend make-up days (调休上班).
 */
export interface WorkCalendar {
  holidays: readonly string[]
  workdays: readonly string[]
}

/** 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号). Built-in default; users copy and edit it. */
export const calendar2024: WorkCalendar = {
  holidays: [
    '2024-01-01',
    '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17',
    '2024-04-04', '2024-04-05', '2024-04-06',
    '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05',
    '2024-06-10',
    '2024-09-15', '2024-09-16', '2024-09-17',
    '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07',
  ],
  workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
}

function isWeekend(date: string): boolean {
  const day = utcDay(date).day()
  return day === 0 || day === 6
}

/** Make-up days win over everything, then holidays, then the ordinary Monday–Friday week. */
export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  requireIsoDate(date)
  if (cal.workdays.includes(date)) return true
  if (cal.holidays.includes(date)) return false
  return !isWeekend(date)
}

/** A calendar that marks a whole year off is a configuration error; stop instead of looping for ever. */
const MAX_SCAN_DAYS = 366

function firstDayFrom(date: string, accept: (d: string) => boolean): string {
  let d = date
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    if (accept(d)) return d
    d = addDays(d, 1)
  }
  throw new AppError('INVALID_INPUT', `工作日历中 ${date} 之后一年内没有工作日，请检查节假日设置`)
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, cal: WorkCalendar): string {
  return firstDayFrom(addDays(date, 1), (d) => isWorkingDay(d, cal))
}

function requireDayCount(days: number): number {
  if (!Number.isSafeInteger(days) || days < 1 || days > MAX_SCAN_DAYS) {
    throw new AppError('INVALID_INPUT', `天数应为 1 到 ${MAX_SCAN_DAYS} 之间的整数，收到 ${String(days)}`)
  }
  return days
}

/**
 * 公示 period of `days` working days (domain.md §7.3, default local rule): the posting day is day 1 when it is a
 * working day, otherwise day 1 is the next working day; payment may start on the working day after the last one.
 */
export function noticeWindow(
  postDate: string,
  days: number,
  cal: WorkCalendar,
): { end: string; earliestPayment: string; days: string[] } {
  requireDayCount(days)
  let last = firstDayFrom(requireIsoDate(postDate, '公示日期'), (d) => isWorkingDay(d, cal))
  const counted = [last]
  while (counted.length < days) {
    last = nextWorkingDay(last, cal)
    counted.push(last)
  }
  return { end: last, earliestPayment: nextWorkingDay(last, cal), days: counted }
}

export interface LegalDeadline {
  /** The day the period really ends. */
  end: string
  /** Start + days, before any extension; shown beside `end` so the user sees the rule applied. */
  nominalEnd: string
  extendedFor: 'none' | 'holiday' | 'weekend'
}

/**
 * A period of `days` calendar days under the Civil Code (arts. 201–203): the start day is not counted; when the last
 * day is a statutory holiday the period ends on the day after the holiday. Whether an ordinary weekend extends it too
 * is open (domain.md §14.9); the default extends for both, and a make-up Saturday (调休上班) is a normal last day.
 */
export function legalDeadline(
  startDate: string,
  days: number,
  cal: WorkCalendar,
  opts: { extendOverWeekends?: boolean } = {},
): LegalDeadline {
  requireDayCount(days)
  const nominalEnd = addDays(requireIsoDate(startDate, '起算日期'), days)
  const extendOverWeekends = opts.extendOverWeekends ?? true
  const isOff = (d: string): boolean => (extendOverWeekends ? !isWorkingDay(d, cal) : cal.holidays.includes(d))
  const end = firstDayFrom(nominalEnd, (d) => !isOff(d))
  return { end, nominalEnd, extendedFor: extensionReason(nominalEnd, end, cal) }
}

function extensionReason(nominalEnd: string, end: string, cal: WorkCalendar): LegalDeadline['extendedFor'] {
  if (end === nominalEnd) return 'none'
  return cal.holidays.includes(nominalEnd) ? 'holiday' : 'weekend'
}

// ---------------------------------------------------------------------------------------------------------------
// Chinese dates on forms (domain.md §7.5)

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

function chineseDigit(d: number): string {
  return CHINESE_DIGITS[d] ?? ''
}

/** 1–31 as written in dates: 八, 十, 十一, 二十, 二十八, 三十一. */
function chineseSmallNumber(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : chineseDigit(tens)}十`
  return tensText + (ones === 0 ? '' : chineseDigit(ones))
}

function parts(date: string): { year: string; month: number; day: number } {
  requireIsoDate(date)
  return { year: date.slice(0, 4), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
}

/** 2024-10-08 → 二〇二四年十月八日: year digit by digit, month and day as numbers. */
export function chineseDate(date: string): string {
  const { year, month, day } = parts(date)
  const yearText = [...year].map((ch) => chineseDigit(Number(ch))).join('')
  return `${yearText}年${chineseSmallNumber(month)}月${chineseSmallNumber(day)}日`
}

/** 2024-10-08 → 2024年10月8日, the figure style used in lists and letters. */
export function formatChineseYmd(date: string): string {
  const { year, month, day } = parts(date)
  return `${year}年${month}月${day}日`
}

// ---------------------------------------------------------------------------------------------------------------
// Spreadsheet cells

export interface LooseDate {
  date: string | null
  /** 'month' when the cell named only a year and month; the date is then the 1st. */
  precision: 'day' | 'month' | null
  error: string | null
}

const EMPTY: LooseDate = { date: null, precision: null, error: null }
/** Excel's last serial, 9999-12-31. */
const MAX_EXCEL_SERIAL = 2958465
const MIN_YEAR = 1900
const MAX_YEAR = 2999

function fail(shown: string, reason: string): LooseDate {
  return { date: null, precision: null, error: `「${shown}」${reason}` }
}

function dateOf(year: number, month: number, day: number, precision: 'day' | 'month', shown: string): LooseDate {
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(shown, '的年份不在合理范围内')
  if (!isRealDay(year, month, day)) return fail(shown, '不是有效日期')
  return { date: ymd(year, month, day), precision, error: null }
}

/**
 * Excel's 1900 date system counts 1900-01-01 as 1 and, copying a Lotus 1-2-3 bug, has a 29 February 1900 (serial 60);
 * every serial after it is one day ahead of a plain count. A fraction is the time of day and is dropped.
 */
function fromExcelSerial(serial: number): LooseDate {
  const shown = String(serial)
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) return fail(shown, '不是有效日期')
  const whole = Math.floor(serial)
  if (whole === 60) return fail(shown, '是 Excel 中不存在的 1900年2月29日')
  return { date: addDays('1900-01-01', whole < 60 ? whole - 1 : whole - 2), precision: 'day', error: null }
}

/**
 * Numbers that are really typed text: 20190307 is no serial (too large) but a compact date; 2019 or 2019.3 in a cell
 * is a year or a year.month that Excel turned into a number (2019.1 and 2019.10 become the same number), never a day
 * in 1905 as the serial would say.
 */
function fromNumber(n: number): LooseDate {
  const shown = String(n)
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) return fromText(shown)
  if (n >= MIN_YEAR && n < 2101) {
    return Number.isInteger(n)
      ? fail(shown, '只有年份，缺少月和日')
      : fail(shown, '无法判断月份（2019.1 与 2019.10 在 Excel 中是同一个数），请把单元格设为文本或写成 2019年10月')
  }
  return fromExcelSerial(n)
}

/** A spreadsheet reader hands out dates as UTC midnight of the shown day. */
function fromDateObject(d: Date): LooseDate {
  if (Number.isNaN(d.getTime())) return { date: null, precision: null, error: '单元格中的日期无效' }
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'day', d.toISOString())
}

function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, ' ')
}

const SEPARATED_DAY = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)?$/
const SEPARATED_MONTH = /^(\d{4})([-/.])(\d{1,2})$/
const CHINESE_YMD = /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?[日号])?$/
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/

function fromText(raw: string): LooseDate {
  const text = foldFullWidth(raw).trim()
  if (text === '') return EMPTY
  let m = SEPARATED_DAY.exec(text)
  if (m) return dateOf(Number(m[1]), Number(m[3]), Number(m[4]), 'day', raw)
  m = SEPARATED_MONTH.exec(text)
  if (m) return dateOf(Number(m[1]), Number(m[3]), 1, 'month', raw)
  m = CHINESE_YMD.exec(text)
  if (m) {
    const precision = m[3] === undefined ? 'month' : 'day'
    return dateOf(Number(m[1]), Number(m[2]), Number(m[3] ?? 1), precision, raw)
  }
  m = COMPACT_DAY.exec(text)
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]), 'day', raw)
  return fail(raw, '不是可识别的日期，请写成 2019-03-07 或 2019年3月7日')
}

/**
 * Reads whatever a spreadsheet cell holds as a date. Never throws: an import collects the error with its row number.
 * An empty cell is neither a date nor an error; whether the column is required is the caller's rule.
 */
export function parseLooseDate(value: unknown): LooseDate {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'number') return fromNumber(value)
  if (value instanceof Date) return fromDateObject(value)
  if (typeof value === 'string') return fromText(value)
  return { date: null, precision: null, error: '单元格内容不是日期' }
}
