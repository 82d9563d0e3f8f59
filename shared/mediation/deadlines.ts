import { addMonths, legalDeadline, type LegalDeadline, type WorkCalendar } from '../dates'
import type { CaseStatus } from './types'

/** 劳动争议调解仲裁法 第十四条: no agreement within 15 days of the body receiving the application → arbitration may be sought. */
export const MEDIATION_PERIOD_DAYS = 15

export interface MediationClock extends LegalDeadline {
  /** Day N of the period (the day after receipt is day 1) on `today`, or on the closing day once closed. */
  day: number
  /** Past `end` while still open, or closed after it. */
  overdue: boolean
  /** The rule as the clerk reads it, naming the dates. */
  text: string
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

const extensionText: Readonly<Record<LegalDeadline['extendedFor'], string>> = {
  none: '',
  holiday: '（期满日为法定节假日，顺延至节后第一个工作日）',
  weekend: '（期满日为休息日，顺延至下一个工作日）',
}

/**
 * The 15-day mediation period from receipt of the application (appliedDate), counted as every legal deadline is in
 * this app (shared/dates legalDeadline: the receiving day is not counted, a last day off extends). An agreement may
 * still be reached later; the clock says so instead of refusing it, and after it the parties may go to arbitration.
 */
export function mediationClock(p: { appliedDate: string; closedDate: string | null; status: CaseStatus; today: string }, cal: WorkCalendar): MediationClock {
  const d = legalDeadline(p.appliedDate, MEDIATION_PERIOD_DAYS, cal)
  const on = p.closedDate ?? p.today
  const day = Math.max(0, daysBetween(p.appliedDate, on))
  const overdue = on > d.end
  const period = `调解期限 ${MEDIATION_PERIOD_DAYS} 日：${p.appliedDate} 收到申请，${d.end} 期满${extensionText[d.extendedFor]}`
  const open = p.status === '受理' || p.status === '调解中'
  const state = open
    ? overdue
      ? `已超过调解期限 ${daysBetween(d.end, on)} 日，当事人可依法申请仲裁`
      : `今天是第 ${day} 日，还剩 ${daysBetween(on, d.end)} 日`
    : overdue
      ? `${p.closedDate ?? ''} 办结，超过调解期限 ${daysBetween(d.end, on)} 日`
      : `${p.closedDate ?? ''} 办结，在调解期限内`
  return { ...d, day, overdue, text: `${period}；${state}` }
}

/**
 * 劳动争议调解仲裁法 第二十七条: arbitration must be sought within one year. Applying for mediation interrupts the
 * limitation, which runs afresh when mediation ends without agreement: the last day is the corresponding day a year
 * after the closing day (Civil Code art. 202). Only for 调解不成 cases.
 */
export function arbitrationLimitEnd(status: CaseStatus, closedDate: string | null): string | null {
  return status === '调解不成' && closedDate !== null ? addMonths(closedDate, 12) : null
}

/**
 * A step's date: not in the future, not before the case was accepted or the previous step. The reason (after the field
 * name) or null.
 */
export function stepDateRefusal(date: string, p: { today: string; lastDate: string; lastStep: string }): string | null {
  if (date > p.today) return `${date} 晚于今天（${p.today}）`
  if (date < p.lastDate) return `${date} 早于上一环节「${p.lastStep}」的日期 ${p.lastDate}`
  return null
}
