import { reportingYear } from '../../shared/reports/period'

/**
 * The year a clerk fills in is the last one that has ended (in December, the year that ended on 30 September); the
 * one still running is offered too. Years are named by the year they end in, as core names them.
 */
export function lastEndedYear(today: string, yearStart: string): number {
  let year = Number(today.slice(0, 4)) + 1
  while (reportingYear(year, yearStart).to >= today) year--
  return year
}

export function yearChoices(today: string, yearStart: string, count = 10): Array<{ year: number; running: boolean }> {
  const last = lastEndedYear(today, yearStart)
  return [{ year: last + 1, running: true }, ...Array.from({ length: count }, (_, i) => ({ year: last - i, running: false }))]
}
