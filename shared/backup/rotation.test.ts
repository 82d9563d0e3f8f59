import { describe, expect, it } from 'vitest'
import { addDays } from '../dates'
import { backupsToKeep, type DatedBackup } from './rotation'
import { looksRemovable } from './removable'

/** One backup a day at 09:00 Beijing time, from `from` for `days` days. */
function daily(from: string, days: number): DatedBackup[] {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(from, i)
    return { name: `b-${day}`, day, at: `${addDays(day, 0)}T01:00:00.000Z` }
  })
}

describe('backupsToKeep', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly out of two years of daily backups', () => {
    const all = daily('2024-01-01', 731)
    const kept = [...backupsToKeep(all)].sort()
    // The last 7 days (2025-12-25…12-31); the newest of the last 4 weeks: Wednesday 12-31 of the current one and the
    // Sundays 12-28, 12-21, 12-14; the newest of the last 12 months: 2025-01-31 … 2025-11-30 and 12-31.
    expect(kept).toEqual(
      [
        ...['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30'],
        '2025-12-14', '2025-12-21',
        '2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31',
      ].map((d) => `b-${d}`),
    )
  })

  it('keeps only the newest of several backups taken on one day', () => {
    const day = '2026-12-02'
    const kept = backupsToKeep([
      { name: 'morning', day, at: '2026-12-02T01:00:00.000Z' },
      { name: 'noon', day, at: '2026-12-02T04:00:00.000Z' },
    ], { daily: 7, weekly: 0, monthly: 0 })
    expect([...kept]).toEqual(['noon'])
  })

  it('counts days that have a backup, not calendar days: an office open twice a month keeps 7 backups', () => {
    const sparse = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16', '2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13', '2026-04-27']
      .map((day) => ({ name: day, day, at: `${day}T01:00:00.000Z` }))
    const kept = backupsToKeep(sparse, { daily: 7, weekly: 0, monthly: 0 })
    expect([...kept].sort()).toEqual(sparse.slice(2).map((b) => b.name))
  })

  it('keeps the newest even with a policy of nothing, and nothing from nothing', () => {
    expect([...backupsToKeep(daily('2026-01-01', 3), { daily: 0, weekly: 0, monthly: 0 })]).toEqual(['b-2026-01-03'])
    expect(backupsToKeep([]).size).toBe(0)
  })
})

describe('looksRemovable', () => {
  it.each([
    ['/media/clerk/U盘', true],
    ['/run/media/clerk/KINGSTON', true],
    ['E:\\备份', true],
    ['d:/', true],
    ['C:\\Users\\clerk\\Documents', false],
    ['/home/clerk/备份', false],
    ['/mediafiles/x', false],
  ])('%s → %s', (path, removable) => {
    expect(looksRemovable(path)).toBe(removable)
  })
})
