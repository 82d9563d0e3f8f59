import { mondayOf } from '../dates'

/** How many automatic backups survive: the newest of each of the last N days, weeks and months that have one. */
export interface RotationPolicy {
  daily: number
  weekly: number
  monthly: number
}

export const defaultRotation: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 }

export interface DatedBackup {
  name: string
  /** The office's calendar day (YYYY-MM-DD) the backup was taken on. */
  day: string
  /** When it was taken (UTC ISO instant): orders two backups of one day. */
  at: string
}

const periods: ReadonlyArray<{ key: keyof RotationPolicy; of: (day: string) => string }> = [
  { key: 'daily', of: (day) => day },
  { key: 'weekly', of: mondayOf },
  { key: 'monthly', of: (day) => day.slice(0, 7) },
]

/**
 * Grandfather-father-son rotation, counted as restic's `forget --keep-daily` counts: walking from the newest backup,
 * each period's first (newest) backup is kept until that period kind's allowance is used up. A backup kept for any
 * kind is kept. Periods with no backup (days the app was not opened) use up nothing, so a rarely used office still
 * keeps seven backups, not seven calendar days. The newest backup is always kept.
 */
export function backupsToKeep(backups: readonly DatedBackup[], policy: RotationPolicy = defaultRotation): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  const keep = new Set<string>()
  for (const { key, of } of periods) {
    let left = policy[key]
    let last: string | undefined
    for (const b of newestFirst) {
      if (left <= 0) break
      const period = of(b.day)
      if (period === last) continue
      last = period
      keep.add(b.name)
      left--
    }
  }
  const newest = newestFirst[0]
  if (newest) keep.add(newest.name)
  return keep
}
