import { AppError } from '../errors'
import { majorityFor, quorumFor, rosterCounts } from './checks'
import type { CongressRecord } from './types'

/** The figures the 职代会决议 and the attendance and vote record print for one session (domain.md §11). */
export interface SessionRecord {
  date: string
  /** 第几次会议 of the current term, counted by date; null for a session outside the recorded term. */
  ordinal: number | null
  total: number
  present: number
  quorum: number
  quorumMet: boolean
  items: string[]
  composition: { frontline: number; managers: number; other: number; women: number }
  votes: { item: string; yes: number; notYes: number; needed: number; passed: boolean }[]
}

export function sessionRecord(r: Pick<CongressRecord, 'representatives' | 'sessions' | 'termStart' | 'termEnd'>, date: string): SessionRecord {
  const session = r.sessions.find((s) => s.date === date)
  if (!session) throw new AppError('NOT_FOUND', `没有 ${date} 的会议记录`, { field: 'date' })
  const total = r.representatives.length
  const inTerm = (d: string) => (!r.termStart || d >= r.termStart) && (!r.termEnd || d <= r.termEnd)
  const termDates = [...new Set(r.sessions.map((s) => s.date).filter(inTerm))].sort()
  const needed = majorityFor(total)
  const counts = rosterCounts(r.representatives)
  return {
    date,
    ordinal: inTerm(date) ? termDates.indexOf(date) + 1 : null,
    total,
    present: session.present,
    quorum: quorumFor(total),
    quorumMet: session.present * 3 >= total * 2,
    items: session.items,
    composition: { frontline: counts.frontline, managers: counts.managers, other: total - counts.frontline - counts.managers, women: counts.women },
    // Only 赞成 is recorded; the rest of those present voted against or abstained, and the record says so as one figure.
    votes: session.votes.map((v) => ({ item: v.item, yes: v.yes, notYes: session.present - v.yes, needed, passed: v.yes * 2 > total })),
  }
}
