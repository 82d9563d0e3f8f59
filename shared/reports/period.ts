import { addDays } from '../dates'
import type { ReportPeriod } from '../contract/reports'

/** Domain §11.1: the federation's statistical year runs 1 October – 30 September unless the office sets otherwise. */
export const DEFAULT_YEAR_START = '10-01'

/**
 * The reporting year called `year` is the one that ends in it (domain §14.11 leaves the label open): with the default
 * start, 2026 = 2025-10-01 … 2026-09-30; with a start of 01-01 it is the calendar year.
 */
export function reportingYear(year: number, yearStart: string): ReportPeriod {
  const startsInYear = `${year}-${yearStart}`
  if (yearStart === '01-01') return { from: startsInYear, to: `${year}-12-31` }
  return { from: `${year - 1}-${yearStart}`, to: addDays(startsInYear, -1) }
}

/** The reporting year that holds `today`: with the default start, 2024-09-30 closes one and 2024-10-01 opens the next. */
export function reportingYearHolding(today: string, yearStart: string): ReportPeriod {
  const year = Number(today.slice(0, 4))
  if (yearStart === '01-01') return reportingYear(year, yearStart)
  return reportingYear(today.slice(5) >= yearStart ? year + 1 : year, yearStart)
}

/** 2026年度（2025年10月1日至2026年9月30日） */
export function reportingYearTitle(year: number, period: ReportPeriod): string {
  return `${year}年度（${chineseDay(period.from)}至${chineseDay(period.to)}）`
}

function chineseDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
