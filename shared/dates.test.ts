import dayjs from 'dayjs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  ageOn,
  calendar2024,
  chineseDate,
  compareDates,
  formatChineseYmd,
  isIsoDate,
  isIsoInstant,
  isWorkingDay,
  legalDeadline,
  monthsBefore,
  nextWorkingDay,
  noticeWindow,
  parseLooseDate,
  periodEndingOn,
  toIsoDate,
  todayIn,
  type WorkCalendar,
} from './dates'
import { AppError } from './errors'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (err) {
    return err instanceof AppError ? err.code : 'NOT_APP_ERROR'
  }
  return undefined
}

const noHolidays: WorkCalendar = { holidays: [], workdays: [] }
const isoDateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00.000Z'), max: new Date('2099-12-31T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('isIsoDate and isIsoInstant', () => {
  it.each(['2024-10-08', '2024-02-29', '2000-02-29', '1900-01-01'])('%s is a date', (s) => {
    expect(isIsoDate(s)).toBe(true)
  })

  it.each(['2019-02-29', '1900-02-29', '2019-02-30', '2024-13-01', '2024-00-10', '2024-1-8', '2024/10/08', '', 20241008, null])(
    '%j is not',
    (s) => {
      expect(isIsoDate(s)).toBe(false)
    },
  )

  it('accepts only the project instant format, UTC with milliseconds', () => {
    expect(isIsoInstant('2024-10-08T01:02:03.456Z')).toBe(true)
    expect(isIsoInstant('2024-10-08T01:02:03Z')).toBe(false)
    expect(isIsoInstant('2024-10-08T09:02:03.456+08:00')).toBe(false)
    expect(isIsoInstant('2024-02-30T01:02:03.456Z')).toBe(false)
  })
})

describe('toIsoDate and todayIn', () => {
  it('keeps the calendar day a DatePicker value shows', () => {
    expect(toIsoDate(dayjs('2024-10-08'))).toBe('2024-10-08')
    expect(toIsoDate(dayjs.utc('2024-10-08T23:30:00.000Z'))).toBe('2024-10-08')
    expect(toIsoDate('2024-10-08')).toBe('2024-10-08')
  })

  it('refuses what is not a date', () => {
    expect(codeOf(() => toIsoDate(dayjs('not a date')))).toBe('INVALID_INPUT')
    expect(codeOf(() => toIsoDate('2024/10/08'))).toBe('INVALID_INPUT')
  })

  it('gives the Shanghai calendar day of an instant', () => {
    expect(todayIn('2024-10-07T15:59:59.999Z')).toBe('2024-10-07')
    expect(todayIn('2024-10-07T16:00:00.000Z')).toBe('2024-10-08')
    expect(todayIn('2024-12-31T16:00:00.000Z')).toBe('2025-01-01')
    expect(codeOf(() => todayIn('2024-10-07'))).toBe('INVALID_INPUT')
  })
})

describe('arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(codeOf(() => addDays('2024-03-01', 1.5))).toBe('INVALID_INPUT')
    expect(codeOf(() => addDays('2024-02-30', 1))).toBe('INVALID_INPUT')
  })

  it('adding then subtracting days is the identity', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => addDays(addDays(d, n), -n) === d),
    )
  })

  it('compares dates', () => {
    expect(compareDates('2024-09-30', '2024-10-08')).toBe(-1)
    expect(compareDates('2024-10-08', '2024-10-08')).toBe(0)
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1)
    expect(codeOf(() => compareDates('2024-10-8', '2024-10-08'))).toBe('INVALID_INPUT')
  })

  it('counts months back by the corresponding day, falling back to the month end', () => {
    expect(monthsBefore('2027-06-30', 3)).toBe('2027-03-30')
    expect(monthsBefore('2027-05-31', 3)).toBe('2027-02-28')
    expect(monthsBefore('2028-05-31', 3)).toBe('2028-02-29')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2024-10-08', 12)).toBe('2025-10-08')
  })

  it('§8.2: expiry 2027-06-30 → renewal window 2027-03-31 … 2027-06-30', () => {
    expect(periodEndingOn('2027-06-30', 3)).toEqual({ start: '2027-03-31', end: '2027-06-30', anchor: '2027-03-30' })
  })

  it('a window whose corresponding day does not exist starts after the month end', () => {
    expect(periodEndingOn('2027-05-31', 3)).toEqual({ start: '2027-03-01', end: '2027-05-31', anchor: '2027-02-28' })
  })
})

describe('ageOn', () => {
  it('§3.3: a worker is 15 the day before the 16th birthday and 16 on it', () => {
    expect(ageOn('2008-10-08', '2024-10-07')).toBe(15)
    expect(ageOn('2008-10-08', '2024-10-08')).toBe(16)
    expect(ageOn('2008-10-08', '2025-10-07')).toBe(16)
  })

  it('someone born on 29 February turns a year older on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16)
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17)
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16)
  })

  it('is 0 on the birth date and refuses an event before birth', () => {
    expect(ageOn('2024-10-08', '2024-10-08')).toBe(0)
    expect(codeOf(() => ageOn('2024-10-08', '2024-10-07'))).toBe('INVALID_INPUT')
  })

  it('agrees with counting whole years forward from the birth date', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 400 }), (birth, years, extra) => {
        const on = addDays(addMonths(birth, 12 * years), extra % 365)
        const age = ageOn(birth, on)
        return age >= years && age <= years + 1
      }),
    )
  })
})

describe('calendar2024 and isWorkingDay', () => {
  it.each([
    ['2024-09-26', true], // Thursday
    ['2024-09-28', false], // Saturday
    ['2024-09-29', true], // Sunday make-up day for National Day
    ['2024-10-01', false],
    ['2024-10-07', false], // Monday inside the National Day run
    ['2024-10-12', true], // Saturday make-up day
    ['2024-09-14', true], // Saturday make-up day for Mid-Autumn
    ['2024-09-16', false],
    ['2024-02-09', true], // New Year's Eve is officially a working day
    ['2024-02-04', true],
    ['2024-02-18', true],
    ['2024-04-07', true],
    ['2024-04-28', true],
    ['2024-05-11', true],
    ['2024-06-10', false], // Dragon Boat, Monday
    ['2024-01-01', false],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(date, calendar2024)).toBe(working)
  })

  it('holds the 2024 schedule: 28 days off in the official runs, 8 make-up days, all make-up days at weekends', () => {
    expect(calendar2024.holidays).toHaveLength(28)
    expect(calendar2024.workdays).toHaveLength(8)
    for (const d of calendar2024.workdays) expect([0, 6]).toContain(dayjs.utc(d).day())
    for (const d of [...calendar2024.holidays, ...calendar2024.workdays]) expect(isIsoDate(d)).toBe(true)
  })

  it('finds the next working day over a holiday run', () => {
    expect(nextWorkingDay('2024-09-30', calendar2024)).toBe('2024-10-08')
    expect(nextWorkingDay('2024-09-27', calendar2024)).toBe('2024-09-29')
  })

  it('stops with an error on a calendar without working days', () => {
    const allOff: WorkCalendar = {
      holidays: Array.from({ length: 400 }, (_, i) => addDays('2024-01-01', i)),
      workdays: [],
    }
    expect(codeOf(() => nextWorkingDay('2024-01-01', allOff))).toBe('INVALID_INPUT')
  })
})

describe('noticeWindow (§7.3)', () => {
  it('the 2024 example: posted Thu 2024-09-26 → ends 2024-10-08, payment from 2024-10-09', () => {
    expect(noticeWindow('2024-09-26', 5, calendar2024)).toEqual({
      end: '2024-10-08',
      earliestPayment: '2024-10-09',
      days: ['2024-09-26', '2024-09-27', '2024-09-29', '2024-09-30', '2024-10-08'],
    })
  })

  it('a posting day at the weekend does not count as day 1', () => {
    expect(noticeWindow('2024-09-21', 5, calendar2024)).toEqual({
      end: '2024-09-27',
      earliestPayment: '2024-09-29',
      days: ['2024-09-23', '2024-09-24', '2024-09-25', '2024-09-26', '2024-09-27'],
    })
  })

  it('a posting day inside a holiday starts counting after it, make-up Saturday included', () => {
    const w = noticeWindow('2024-10-03', 5, calendar2024)
    expect(w.days).toEqual(['2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12'])
    expect(w.earliestPayment).toBe('2024-10-14')
  })

  it('refuses a day count below 1', () => {
    expect(codeOf(() => noticeWindow('2024-09-26', 0, calendar2024))).toBe('INVALID_INPUT')
  })

  it('always counts exactly `days` distinct working days and pays after the last', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 30 }), (post, days) => {
        const w = noticeWindow(post, days, noHolidays)
        const ordered = w.days.every((d, i) => i === 0 || compareDates(w.days[i - 1] ?? d, d) < 0)
        return (
          w.days.length === days &&
          ordered &&
          w.days.every((d) => isWorkingDay(d, noHolidays)) &&
          compareDates(w.days[0] ?? '', post) >= 0 &&
          compareDates(w.earliestPayment, w.end) > 0 &&
          isWorkingDay(w.earliestPayment, noHolidays)
        )
      }),
    )
  })
})

describe('legalDeadline (§8.2)', () => {
  it('request received 2024-09-10, 20 days → reply due 2024-09-30', () => {
    expect(legalDeadline('2024-09-10', 20, calendar2024)).toEqual({
      end: '2024-09-30',
      nominalEnd: '2024-09-30',
      extendedFor: 'none',
    })
  })

  it('received 2024-09-12: day 20 is 2024-10-02, in the National Day holiday → due 2024-10-08', () => {
    expect(legalDeadline('2024-09-12', 20, calendar2024)).toEqual({
      end: '2024-10-08',
      nominalEnd: '2024-10-02',
      extendedFor: 'holiday',
    })
  })

  it('signed 2024-06-14, 10 days → filing due 2024-06-24', () => {
    expect(legalDeadline('2024-06-14', 10, calendar2024).end).toBe('2024-06-24')
  })

  it('received by the labour department 2024-06-24, 15 days → objection window ends 2024-07-09', () => {
    expect(legalDeadline('2024-06-24', 15, calendar2024).end).toBe('2024-07-09')
  })

  it('by default a deadline on a weekend moves to Monday (§14.9)', () => {
    expect(legalDeadline('2024-06-05', 10, calendar2024)).toEqual({
      end: '2024-06-17',
      nominalEnd: '2024-06-15',
      extendedFor: 'weekend',
    })
  })

  it('without weekend extension only the holiday moves the deadline', () => {
    expect(legalDeadline('2024-06-05', 10, calendar2024, { extendOverWeekends: false }).end).toBe('2024-06-15')
    expect(legalDeadline('2024-09-12', 20, calendar2024, { extendOverWeekends: false }).end).toBe('2024-10-08')
  })

  it('a make-up Saturday is an ordinary last day', () => {
    expect(legalDeadline('2024-10-02', 10, calendar2024).end).toBe('2024-10-12')
  })

  it('a deadline in the Labour Day holiday moves past the whole run', () => {
    expect(legalDeadline('2024-04-21', 10, calendar2024)).toEqual({
      end: '2024-05-06',
      nominalEnd: '2024-05-01',
      extendedFor: 'holiday',
    })
  })
})

describe('Chinese dates (§7.5)', () => {
  it.each([
    ['2024-10-08', '二〇二四年十月八日', '2024年10月8日'],
    ['2024-10-28', '二〇二四年十月二十八日', '2024年10月28日'],
    ['2024-11-20', '二〇二四年十一月二十日', '2024年11月20日'],
    ['2024-12-31', '二〇二四年十二月三十一日', '2024年12月31日'],
    ['2000-01-10', '二〇〇〇年一月十日', '2000年1月10日'],
    ['2019-03-17', '二〇一九年三月十七日', '2019年3月17日'],
  ])('%s → %s', (date, upper, figures) => {
    expect(chineseDate(date)).toBe(upper)
    expect(formatChineseYmd(date)).toBe(figures)
  })
})

describe('parseLooseDate', () => {
  const day = (date: string): ReturnType<typeof parseLooseDate> => ({ date, precision: 'day', error: null })

  it('Excel serial 43531 → 2019-03-07', () => {
    expect(parseLooseDate(43531)).toEqual(day('2019-03-07'))
  })

  it('Excel serials around the fake 1900-02-29', () => {
    expect(parseLooseDate(1)).toEqual(day('1900-01-01'))
    expect(parseLooseDate(59)).toEqual(day('1900-02-28'))
    expect(parseLooseDate(61)).toEqual(day('1900-03-01'))
    expect(parseLooseDate(60).error).toContain('1900年2月29日')
  })

  it('drops the time of day of a serial', () => {
    expect(parseLooseDate(43531.75)).toEqual(day('2019-03-07'))
  })

  it('a Date from a spreadsheet reader gives its UTC calendar day', () => {
    expect(parseLooseDate(new Date(Date.UTC(2019, 2, 7)))).toEqual(day('2019-03-07'))
    expect(parseLooseDate(new Date('2019-03-07T23:59:59.000Z'))).toEqual(day('2019-03-07'))
    expect(parseLooseDate(new Date(Number.NaN)).error).not.toBeNull()
  })

  it.each([
    ['2019/3/7'],
    ['2019-03-07'],
    ['2019.3.7'],
    ['2019年3月7日'],
    ['2019年3月7号'],
    ['20190307'],
    ['2019/03/07 00:00:00'],
    ['2019-03-07T08:30'],
    [' 2019-3-7 '],
    ['２０１９年３月７日'],
  ])('text %j → 2019-03-07', (text) => {
    expect(parseLooseDate(text)).toEqual(day('2019-03-07'))
  })

  it('a number typed as a compact date → 2019-03-07', () => {
    expect(parseLooseDate(20190307)).toEqual(day('2019-03-07'))
  })

  it.each(['2019年3月', '2019-03', '2019/3', '2019.3'])('year and month %j → 2019-03-01 with month precision', (text) => {
    expect(parseLooseDate(text)).toEqual({ date: '2019-03-01', precision: 'month', error: null })
  })

  it.each([
    ['2019-02-30', '「2019-02-30」不是有效日期'],
    ['2019年2月29日', '「2019年2月29日」不是有效日期'],
    ['20191301', '「20191301」不是有效日期'],
    ['2019/13', '「2019/13」不是有效日期'],
  ])('impossible date %j → a Chinese error naming it', (text, message) => {
    expect(parseLooseDate(text)).toEqual({ date: null, precision: null, error: message })
  })

  it.each([['abc'], ['2019-03/07'], ['19/3/7'], ['0019-03-07']])('unreadable text %j → an error naming it', (text) => {
    const result = parseLooseDate(text)
    expect(result.date).toBeNull()
    expect(result.error).toContain(`「${text}」`)
  })

  it('a year-like number is not taken for a 1905 serial', () => {
    expect(parseLooseDate(2019).error).toContain('只有年份')
    expect(parseLooseDate(2019.1).error).toContain('2019.10')
  })

  it('refuses serials outside Excel’s range and values of other types', () => {
    expect(parseLooseDate(0).error).not.toBeNull()
    expect(parseLooseDate(-5).error).not.toBeNull()
    expect(parseLooseDate(3_000_000).error).not.toBeNull()
    expect(parseLooseDate(true).error).not.toBeNull()
    expect(parseLooseDate({}).error).not.toBeNull()
  })

  it('an empty cell is neither a date nor an error', () => {
    const empty = { date: null, precision: null, error: null }
    expect(parseLooseDate(null)).toEqual(empty)
    expect(parseLooseDate(undefined)).toEqual(empty)
    expect(parseLooseDate('  ')).toEqual(empty)
  })

  it('reads back every ISO date it is given', () => {
    fc.assert(fc.property(isoDateArb, (d) => parseLooseDate(d).date === d))
  })
})
