import { addMonths } from '../dates'
import { AppError } from '../errors'
import { REGISTERED_STATUSES, type HardshipStatus, type HardshipStep } from './types'

// Domain §5.2: 申请 → 初审 → 入户调查 → 公示 → 建档 → 年度复核 (yearly) → 脱困, and 返困 from 脱困. 未通过 ends an
// application at any step before 建档.

const allowed: Record<HardshipStatus, readonly HardshipStep[]> = {
  申请: ['初审', '未通过'],
  初审: ['入户调查', '未通过'],
  入户调查: ['公示', '未通过'],
  公示: ['建档', '未通过'],
  建档: ['年度复核', '脱困'],
  年度复核: ['年度复核', '脱困'],
  返困: ['年度复核', '脱困'],
  脱困: ['返困'],
  未通过: [],
}

export function nextSteps(status: HardshipStatus): HardshipStep[] {
  return [...allowed[status]]
}

export function isRegistered(status: HardshipStatus): boolean {
  return REGISTERED_STATUSES.includes(status)
}

/** Throws TRANSITION_NOT_ALLOWED naming the current status and what may follow it. */
export function checkStep(status: HardshipStatus, step: HardshipStep): void {
  const next = allowed[status]
  if (next.includes(step)) return
  const options = next.length > 0 ? `，当前只能办理：${next.join('、')}` : '，档案已办结'
  throw new AppError('TRANSITION_NOT_ALLOWED', `档案当前状态为「${status}」，不能办理「${step}」${options}`, { field: 'step' })
}

/** A registered file is reviewed yearly: due one year after registration or the last review; none once out of hardship. */
export function reviewDueAfter(step: HardshipStep, date: string): string | null {
  return step === '建档' || step === '年度复核' || step === '返困' ? addMonths(date, 12) : null
}
