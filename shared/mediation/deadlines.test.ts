import { describe, expect, it } from 'vitest'
import type { WorkCalendar } from '../dates'
import { arbitrationLimitEnd, mediationClock, stepDateRefusal } from './deadlines'

const cal: WorkCalendar = { holidays: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'], workdays: ['2026-05-09'] }

describe('the 15-day mediation period (劳动争议调解仲裁法 §14)', () => {
  // Received Monday 2026-03-02: day 1 is 03-03, day 15 is Tuesday 03-17.
  it('day 15 is inside the period, day 16 is past it', () => {
    const on15 = mediationClock({ appliedDate: '2026-03-02', closedDate: null, status: '调解中', today: '2026-03-17' }, cal)
    expect(on15).toMatchObject({ end: '2026-03-17', nominalEnd: '2026-03-17', extendedFor: 'none', day: 15, overdue: false })
    expect(on15.text).toBe('调解期限 15 日：2026-03-02 收到申请，2026-03-17 期满；今天是第 15 日，还剩 0 日')
    const on16 = mediationClock({ appliedDate: '2026-03-02', closedDate: null, status: '调解中', today: '2026-03-18' }, cal)
    expect(on16).toMatchObject({ day: 16, overdue: true })
    expect(on16.text).toContain('已超过调解期限 1 日，当事人可依法申请仲裁')
  })

  it('a closed case is judged on its closing day, not today', () => {
    const inTime = mediationClock({ appliedDate: '2026-03-02', closedDate: '2026-03-17', status: '调解成功', today: '2026-06-01' }, cal)
    expect(inTime).toMatchObject({ day: 15, overdue: false })
    expect(inTime.text).toContain('2026-03-17 办结，在调解期限内')
    const late = mediationClock({ appliedDate: '2026-03-02', closedDate: '2026-03-18', status: '调解成功', today: '2026-03-18' }, cal)
    expect(late.overdue).toBe(true)
    expect(late.text).toContain('超过调解期限 1 日')
  })

  it('a last day on a weekend or holiday moves to the next working day, and says so', () => {
    // Friday 03-06 + 15 = Saturday 03-21 → Monday 03-23.
    const weekend = mediationClock({ appliedDate: '2026-03-06', closedDate: null, status: '受理', today: '2026-03-23' }, cal)
    expect(weekend).toMatchObject({ nominalEnd: '2026-03-21', end: '2026-03-23', extendedFor: 'weekend', overdue: false })
    expect(weekend.text).toContain('期满日为休息日，顺延至下一个工作日')
    // 04-16 + 15 = 05-01 (May Day run to 05-05) → Wednesday 05-06.
    const holiday = mediationClock({ appliedDate: '2026-04-16', closedDate: null, status: '受理', today: '2026-05-06' }, cal)
    expect(holiday).toMatchObject({ nominalEnd: '2026-05-01', end: '2026-05-06', extendedFor: 'holiday', overdue: false })
    expect(mediationClock({ appliedDate: '2026-04-16', closedDate: null, status: '受理', today: '2026-05-07' }, cal).overdue).toBe(true)
  })
})

describe('arbitration limitation after a failed mediation (§27)', () => {
  it('runs one year from the closing day, only for 调解不成', () => {
    expect(arbitrationLimitEnd('调解不成', '2026-03-18')).toBe('2027-03-18')
    expect(arbitrationLimitEnd('调解不成', '2028-02-29')).toBe('2029-02-28')
    expect(arbitrationLimitEnd('调解成功', '2026-03-18')).toBeNull()
    expect(arbitrationLimitEnd('调解中', null)).toBeNull()
  })
})

describe('step dates', () => {
  it('refuses the future and a date before the previous step; the same day is fine', () => {
    const p = { today: '2026-03-10', lastDate: '2026-03-05', lastStep: '受理' }
    expect(stepDateRefusal('2026-03-05', p)).toBeNull()
    expect(stepDateRefusal('2026-03-10', p)).toBeNull()
    expect(stepDateRefusal('2026-03-11', p)).toBe('2026-03-11 晚于今天（2026-03-10）')
    expect(stepDateRefusal('2026-03-04', p)).toBe('2026-03-04 早于上一环节「受理」的日期 2026-03-05')
  })
})
