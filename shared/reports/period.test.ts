import { describe, expect, it } from 'vitest'
import { reportingYear, reportingYearHolding, reportingYearTitle } from './period'

describe('reportingYear', () => {
  it('runs 1 October to 30 September and is named by the year it ends in', () => {
    expect(reportingYear(2026, '10-01')).toEqual({ from: '2025-10-01', to: '2026-09-30' })
    expect(reportingYearTitle(2026, reportingYear(2026, '10-01'))).toBe('2026年度（2025年10月1日至2026年9月30日）')
  })
  it('is the calendar year when it starts on 1 January', () => {
    expect(reportingYear(2026, '01-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
  it('ends the day before a start on 1 March, in leap years too', () => {
    expect(reportingYear(2028, '03-01')).toEqual({ from: '2027-03-01', to: '2028-02-29' })
  })
})

describe('reportingYearHolding', () => {
  it('runs 1 October to 30 September by default: 30 September closes a year, 1 October opens the next', () => {
    expect(reportingYearHolding('2024-09-30', '10-01')).toEqual({ from: '2023-10-01', to: '2024-09-30' })
    expect(reportingYearHolding('2024-10-01', '10-01')).toEqual({ from: '2024-10-01', to: '2025-09-30' })
    expect(reportingYearHolding('2025-01-01', '10-01')).toEqual({ from: '2024-10-01', to: '2025-09-30' })
    expect(reportingYearHolding('2024-12-31', '10-01')).toEqual({ from: '2024-10-01', to: '2025-09-30' })
  })
  it('follows the office’s start: the calendar year, or a July start', () => {
    expect(reportingYearHolding('2024-12-31', '01-01')).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expect(reportingYearHolding('2024-06-30', '07-01')).toEqual({ from: '2023-07-01', to: '2024-06-30' })
    expect(reportingYearHolding('2024-07-01', '07-01')).toEqual({ from: '2024-07-01', to: '2025-06-30' })
  })
})
