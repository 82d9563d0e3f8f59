import type { ContractReminder } from '../contract/contracts'
import { addDays, type WorkCalendar } from '../dates'
import { EXPIRING_SOON_DAYS, filingDue, renewalWindowStart, replyDue, type ContractFacts } from './rules'

export type ReminderFacts = Pick<ContractFacts, 'requestDate' | 'replyDate' | 'signedDate' | 'filedDate' | 'termEnd' | 'renewalStartedDate'> & { id: string; title: string }

/**
 * 到期提醒 as of `today`: replies awaited (amber while in time, red once late), filings not sent by their deadline,
 * contracts ending within 90 days, and renewal windows open with no renewal started.
 */
export function contractReminders(c: ReminderFacts, today: string, cal: WorkCalendar): ContractReminder[] {
  return remindersAsOf(today, cal)(c)
}

/** The same for many contracts on one day: the day's own bounds are worked out once, not per contract. */
export function remindersAsOf(today: string, cal: WorkCalendar): (c: ReminderFacts) => ContractReminder[] {
  const soon = addDays(today, EXPIRING_SOON_DAYS)
  return (c) => remindersOf(c, today, soon, cal)
}

function remindersOf(c: ReminderFacts, today: string, soon: string, cal: WorkCalendar): ContractReminder[] {
  const out: ContractReminder[] = []
  const base = { contractId: c.id, title: c.title }
  if (c.requestDate && !c.replyDate) {
    const due = replyDue(c.requestDate, cal)
    out.push({ ...base, kind: 'replyDue', due, tone: today <= due ? 'amber' : 'red', message: today <= due ? `${c.requestDate} 发出要约，对方应在 ${due} 前书面回应` : `${c.requestDate} 发出要约，回应期限 ${due} 已过，仍未回应` })
  }
  if (c.signedDate && !c.filedDate) {
    const due = filingDue(c.signedDate, cal)
    if (today > due) out.push({ ...base, kind: 'filingLate', due, tone: 'red', message: `${c.signedDate} 签订，应在 ${due} 前报送备案，仍未报送` })
  }
  if (c.termEnd && c.termEnd >= today && c.termEnd <= soon) {
    out.push({ ...base, kind: 'expiring', due: c.termEnd, tone: 'amber', message: `将于 ${c.termEnd} 期满` })
  }
  const rs = renewalWindowStart(c.termEnd)
  if (c.termEnd && rs && !c.renewalStartedDate && today >= rs && today <= c.termEnd) {
    out.push({ ...base, kind: 'renewalNotStarted', due: c.termEnd, tone: 'amber', message: `续签窗口 ${rs} 至 ${c.termEnd} 已开始，尚未启动续签协商` })
  }
  return out
}
