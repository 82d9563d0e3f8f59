import type { ContractCheck, ContractProblem, Negotiator, TimelineStep } from '../contract/contracts'
import { addDays, addMonths, legalDeadline, periodEndingOn, type WorkCalendar } from '../dates'

/**
 * The legal steps of a collective contract (domain.md §8.2, 集体合同规定 2004) as pure rules. Periods count from the
 * day after the event (day 1) and a last day on a holiday or weekend moves to the next working day (legalDeadline).
 */

export const REPLY_DAYS = 20
export const FILING_DAYS = 10
export const OBJECTION_DAYS = 15
export const MIN_NEGOTIATORS = 3
export const RENEWAL_MONTHS = 3
export const EXPIRING_SOON_DAYS = 90

export interface ContractFacts {
  negotiators: { union: Negotiator[]; employer: Negotiator[] }
  requestDate: string | null
  replyDate: string | null
  roundDates: string[]
  vote: { total: number; present: number; approve: number } | null
  signedDate: string | null
  filedDate: string | null
  receivedDate: string | null
  objected: boolean
  termStart: string | null
  termEnd: string | null
  emergency: boolean
  renewalStartedDate: string | null
}

export const replyDue = (requestDate: string, cal: WorkCalendar): string => legalDeadline(requestDate, REPLY_DAYS, cal).end
export const filingDue = (signedDate: string, cal: WorkCalendar): string => legalDeadline(signedDate, FILING_DAYS, cal).end

/** No objection by the last day of the 15-day window: in force from the next day (domain §8.2 design default). */
export function effectiveDate(receivedDate: string | null, objected: boolean, cal: WorkCalendar): string | null {
  if (!receivedDate || objected) return null
  return addDays(legalDeadline(receivedDate, OBJECTION_DAYS, cal).end, 1)
}

export function renewalWindowStart(termEnd: string | null): string | null {
  return termEnd ? periodEndingOn(termEnd, RENEWAL_MONTHS).start : null
}

/** 三分之二以上 includes two thirds itself: present × 3 ≥ total × 2. */
export const quorumMet = (v: { total: number; present: number }): boolean => v.present * 3 >= v.total * 2
/** 半数以上 of ALL members includes exactly half (Civil Code art. 1259), counted against the total, not those present. */
export const approvalMet = (v: { total: number; approve: number }): boolean => v.approve * 2 >= v.total

/**
 * The term is 1–3 years. termEnd is the last day in force (2024-07-01 … 2027-06-30 is three years), so the shortest
 * term ends the day before the first anniversary and the longest the day before the third.
 */
export function termProblem(termStart: string, termEnd: string): string | null {
  const shortest = addDays(addMonths(termStart, 12), -1)
  const longest = addDays(addMonths(termStart, 36), -1)
  if (termEnd < shortest) return `合同期限 ${termStart} 至 ${termEnd} 不足1年（至少应到 ${shortest}）`
  if (termEnd > longest) return `合同期限 ${termStart} 至 ${termEnd} 超过3年（最长到 ${longest}）`
  return null
}

const sideName = { union: '工会方', employer: '企业方' } as const

function negotiatorProblems(n: ContractFacts['negotiators']): ContractProblem[] {
  const out: ContractProblem[] = []
  for (const side of ['union', 'employer'] as const) {
    const list = n[side]
    if (list.length < MIN_NEGOTIATORS) out.push({ code: 'NEGOTIATORS_TOO_FEW', message: `${sideName[side]}协商代表只有 ${list.length} 人，每方至少应有 ${MIN_NEGOTIATORS} 人` })
  }
  if (n.union.length !== n.employer.length) {
    out.push({ code: 'NEGOTIATORS_UNEQUAL', message: `双方协商代表人数不等：工会方 ${n.union.length} 人，企业方 ${n.employer.length} 人` })
  }
  for (const side of ['union', 'employer'] as const) {
    const chiefs = n[side].filter((p) => p.chief)
    if (chiefs.length !== 1) {
      out.push({ code: 'CHIEF_MISSING', message: chiefs.length === 0 ? `${sideName[side]}未指定首席协商代表` : `${sideName[side]}有 ${chiefs.length} 名首席协商代表（应为1名：${chiefs.map((c) => c.name).join('、')}）` })
    } else if (chiefs[0]?.expert) {
      out.push({ code: 'CHIEF_MISSING', message: `${sideName[side]}首席协商代表「${chiefs[0].name}」是外聘专家，首席不得由外聘人员担任` })
    }
  }
  return out
}

/** Whether a step with a deadline was met, is open, or was missed, as of `today`. */
function deadlineState(done: string | null, due: string, today: string): 'met' | 'late' | 'open' | 'overdue' {
  if (done) return done <= due ? 'met' : 'late'
  return today <= due ? 'open' : 'overdue'
}

/** Every check of the contract as of `today`, with Chinese messages naming the dates and numbers. */
export function checkContract(f: ContractFacts, today: string, cal: WorkCalendar): ContractCheck {
  const problems: ContractProblem[] = []
  const anyNegotiators = f.negotiators.union.length + f.negotiators.employer.length > 0
  if (anyNegotiators || f.signedDate) problems.push(...negotiatorProblems(f.negotiators))
  if (f.requestDate) {
    const due = replyDue(f.requestDate, cal)
    const s = deadlineState(f.replyDate, due, today)
    if (s === 'late') problems.push({ code: 'REPLY_LATE', message: `要约日期 ${f.requestDate}，应在 ${due} 前书面回应，实际 ${f.replyDate ?? ''} 才回应（超过${REPLY_DAYS}天）` })
    if (s === 'overdue') problems.push({ code: 'REPLY_LATE', message: `要约日期 ${f.requestDate}，应在 ${due} 前书面回应，到 ${today} 仍未回应` })
  }
  if (f.signedDate && f.roundDates.length === 0 && !f.emergency) {
    problems.push({ code: 'ROUNDS_MISSING', message: `合同已于 ${f.signedDate} 签订，但没有登记任何协商会议及纪要（一事一议简易程序除外）` })
  }
  if (f.vote) {
    if (!quorumMet(f.vote)) problems.push({ code: 'QUORUM_NOT_MET', message: `表决到会 ${f.vote.present} 人，不足应到 ${f.vote.total} 人的三分之二（至少 ${Math.ceil((f.vote.total * 2) / 3)} 人）` })
    if (!approvalMet(f.vote)) problems.push({ code: 'APPROVAL_NOT_MET', message: `赞成 ${f.vote.approve} 票，未达全体 ${f.vote.total} 人的半数（至少 ${Math.ceil(f.vote.total / 2)} 票）` })
  } else if (f.signedDate) {
    problems.push({ code: 'VOTE_MISSING', message: `合同已于 ${f.signedDate} 签订，但没有职代会或全体职工的表决记录${f.emergency ? '（一事一议也须表决）' : ''}` })
  }
  if (f.signedDate) {
    const due = filingDue(f.signedDate, cal)
    const s = deadlineState(f.filedDate, due, today)
    if (s === 'late') problems.push({ code: 'FILING_LATE', message: `签订日期 ${f.signedDate}，应在 ${due} 前报送备案，实际 ${f.filedDate ?? ''} 才报送（超过${FILING_DAYS}天）` })
    if (s === 'overdue') problems.push({ code: 'FILING_LATE', message: `签订日期 ${f.signedDate}，应在 ${due} 前报送备案，到 ${today} 仍未报送` })
  }
  if (f.receivedDate && f.objected) problems.push({ code: 'FILING_OBJECTED', message: `劳动行政部门 ${f.receivedDate} 收到后提出异议，合同未生效，须重新协商修改` })
  if (f.termStart && f.termEnd) {
    const t = termProblem(f.termStart, f.termEnd)
    if (t) problems.push({ code: 'TERM_INVALID', message: t })
  }
  return { ok: problems.length === 0, problems, effectiveDate: effectiveDate(f.receivedDate, f.objected, cal), renewalWindowStart: renewalWindowStart(f.termEnd) }
}

function deadlineStep(key: 'reply' | 'filing', label: string, start: string | null, done: string | null, due: string | null, today: string, what: string): TimelineStep {
  if (!start || !due) return { key, label, date: done, due: null, tone: 'grey', reason: '尚未开始' }
  const s = deadlineState(done, due, today)
  const reason = {
    met: `${done ?? ''} 已${what}，在期限 ${due} 内`,
    late: `${done ?? ''} 才${what}，已超过期限 ${due}`,
    open: `待${what}，期限 ${due}`,
    overdue: `期限 ${due} 已过，仍未${what}`,
  }[s]
  return { key, label, date: done, due, tone: s === 'met' ? 'green' : s === 'open' ? 'amber' : 'red', reason }
}

/** The timeline as steps, each with its deadline, a tone and the reason for it. */
export function contractTimeline(f: ContractFacts, today: string, cal: WorkCalendar): TimelineStep[] {
  const check = checkContract(f, today, cal)
  const codes = new Set(check.problems.map((p) => p.code))
  const msg = (...cs: string[]): string => check.problems.filter((p) => cs.includes(p.code)).map((p) => p.message).join('；')
  const steps: TimelineStep[] = []
  steps.push({ key: 'request', label: '发出要约', date: f.requestDate, due: null, tone: f.requestDate ? 'green' : 'grey', reason: f.requestDate ? `${f.requestDate} 书面提出协商要约` : '尚未发出要约' })
  steps.push(deadlineStep('reply', '书面回应', f.requestDate, f.replyDate, f.requestDate ? replyDue(f.requestDate, cal) : null, today, '回应'))
  const negotiatorIssue = msg('NEGOTIATORS_TOO_FEW', 'NEGOTIATORS_UNEQUAL', 'CHIEF_MISSING')
  const roundsReason = f.emergency
    ? `一事一议简易程序，协商会议从简${f.roundDates.length ? `（${f.roundDates.length} 次）` : ''}`
    : f.roundDates.length ? `已协商 ${f.roundDates.length} 次，最近 ${[...f.roundDates].sort().at(-1) ?? ''}` : codes.has('ROUNDS_MISSING') ? msg('ROUNDS_MISSING') : '尚未登记协商会议'
  steps.push({
    key: 'rounds', label: '协商会议', date: [...f.roundDates].sort().at(-1) ?? null, due: null,
    tone: negotiatorIssue || codes.has('ROUNDS_MISSING') ? 'red' : f.roundDates.length || f.emergency ? 'green' : 'grey',
    reason: [negotiatorIssue, roundsReason].filter(Boolean).join('；'),
  })
  const voteIssue = msg('QUORUM_NOT_MET', 'APPROVAL_NOT_MET', 'VOTE_MISSING')
  steps.push({
    key: 'vote', label: '审议表决', date: null, due: null,
    tone: voteIssue ? 'red' : f.vote ? 'green' : 'grey',
    reason: voteIssue || (f.vote ? `应到 ${f.vote.total} 人，到会 ${f.vote.present} 人，赞成 ${f.vote.approve} 票，通过` : '尚未表决'),
  })
  steps.push({ key: 'signed', label: '签订', date: f.signedDate, due: null, tone: f.signedDate ? 'green' : 'grey', reason: f.signedDate ? `${f.signedDate} 由双方首席代表签字` : '尚未签订' })
  steps.push(deadlineStep('filing', '报送备案', f.signedDate, f.filedDate, f.signedDate ? filingDue(f.signedDate, cal) : null, today, '报送'))
  const eff = check.effectiveDate
  steps.push({
    key: 'effective', label: '生效', date: eff, due: f.receivedDate ? legalDeadline(f.receivedDate, OBJECTION_DAYS, cal).end : null,
    tone: f.objected ? 'red' : !eff ? 'grey' : eff <= today ? 'green' : 'amber',
    reason: f.objected ? msg('FILING_OBJECTED') : !eff ? '劳动部门尚未收到' : eff <= today ? `${f.receivedDate ?? ''} 收到，15日内无异议，自 ${eff} 起生效` : `审查期内，无异议则自 ${eff} 起生效`,
  })
  const termIssue = msg('TERM_INVALID')
  const expiringSoon = f.termEnd !== null && f.termEnd >= today && f.termEnd <= addDays(today, EXPIRING_SOON_DAYS)
  steps.push({
    key: 'expiry', label: '期满', date: f.termEnd, due: null,
    tone: termIssue ? 'red' : !f.termEnd ? 'grey' : f.termEnd < today ? 'grey' : expiringSoon ? 'amber' : 'green',
    reason: termIssue || (!f.termEnd ? '尚未约定期限' : f.termEnd < today ? `已于 ${f.termEnd} 期满` : expiringSoon ? `将于 ${f.termEnd} 期满（${EXPIRING_SOON_DAYS}天内）` : `期限 ${f.termStart ?? ''} 至 ${f.termEnd}`),
  })
  const rs = check.renewalWindowStart
  steps.push({
    key: 'renewal', label: '续签协商', date: f.renewalStartedDate, due: rs,
    tone: f.renewalStartedDate ? 'green' : !rs || !f.termEnd || today < rs ? 'grey' : today <= f.termEnd ? 'amber' : 'red',
    reason: f.renewalStartedDate ? `${f.renewalStartedDate} 已启动续签协商`
      : !rs || !f.termEnd ? '尚未约定期限'
        : today < rs ? `可自 ${rs} 起提出续签协商（期满前3个月，按对应日回推至 ${periodEndingOn(f.termEnd, RENEWAL_MONTHS).anchor}，次日起算）`
          : today <= f.termEnd ? `续签窗口 ${rs} 至 ${f.termEnd}，尚未启动续签协商` : `已于 ${f.termEnd} 期满，未启动续签协商`,
  })
  return steps
}
