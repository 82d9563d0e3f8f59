import { addDays, addMonths } from '../dates'
import type { CheckName, CheckResult, CongressSession, Representative, WorkforceWomen } from './types'

/** What the checks read of the roster: its size and make-up (the core counts it in SQL for a page of enterprises). */
export interface RosterCounts {
  total: number
  frontline: number
  managers: number
  women: number
}

export function rosterCounts(reps: readonly Pick<Representative, 'category' | 'gender'>[]): RosterCounts {
  let frontline = 0
  let managers = 0
  let women = 0
  for (const r of reps) {
    if (r.category === '一线职工') frontline++
    else if (r.category === '中层以上管理人员和领导人员') managers++
    if (r.gender === '女') women++
  }
  return { total: reps.length, frontline, managers, women }
}

/**
 * The six checks of "六对标" (seed 003; domain.md §9), computed from what the office recorded. Every result carries a
 * Chinese reason naming dates and numbers, so a red cell says why and a green one says what was checked.
 * Thresholds (企业民主管理规定 2012): quorum ≥ 2/3 of all representatives; a resolution needs MORE than half of all
 * representatives (过半数: exactly half fails, unlike the collective-contract vote); managers ≤ 20 %; frontline the
 * majority; term 3–5 years; at least one session a year.
 */
export interface CongressFacts {
  established: boolean
  rulesOnFile: boolean
  termStart: string | null
  termEnd: string | null
  roster: RosterCounts
  sessions: readonly CongressSession[]
  /** The workforce's women, for "women in proportion"; null when the register knows nobody's gender there. */
  workforceWomen: WorkforceWomen | null
  today: string
}

/**
 * Items that must go before the congress (企业民主管理规定 第十三、十四条), each recognised by words its agenda title
 * carries. An agenda is free text as the clerk copied it from the minutes, so a match on any keyword counts.
 */
export const REQUIRED_REVIEW_ITEMS: readonly { name: string; keywords: readonly string[] }[] = [
  { name: '企业生产经营和发展情况报告', keywords: ['工作报告', '经营', '发展规划', '厂务公开'] },
  { name: '集体合同草案或履行情况', keywords: ['集体合同', '工资专项', '工资集体协商'] },
  { name: '涉及职工切身利益的规章制度或重大事项', keywords: ['规章制度', '切身利益', '劳动定额', '奖惩', '福利', '休息休假', '工资调整'] },
]

const pct = (part: number, whole: number) => `${((part * 100) / whole).toFixed(1)}%`

/** At least 2/3 present, in whole persons: 45 → 30, 31 → 21. */
export const quorumFor = (total: number) => Math.ceil((total * 2) / 3)
/** More than half of all: 45 → 23, 44 → 23 (22 is exactly half and fails). */
export const majorityFor = (total: number) => Math.floor(total / 2) + 1
/** Managers may hold at most 20 % of the seats: 45 → 9, 31 → 6. */
export const managerCapFor = (total: number) => Math.floor(total / 5)

function pass(name: CheckName, reason: string): CheckResult {
  return { name, pass: true, reason }
}
function fail(name: CheckName, reason: string): CheckResult {
  return { name, pass: false, reason }
}

/** Sessions of the current term held by today: an earlier term's sessions had another roster. */
function termSessions(f: CongressFacts): CongressSession[] {
  return f.sessions
    .filter((s) => s.date <= f.today && (!f.termStart || s.date >= f.termStart) && (!f.termEnd || s.date <= f.termEnd))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export function checkSystem(f: CongressFacts): CheckResult {
  if (!f.established) return fail('制度建设', '未建立职工代表大会制度')
  if (!f.rulesOnFile) return fail('制度建设', '已建立职代会制度，但职代会实施办法（制度文本）未备案存档')
  return pass('制度建设', '已建立职代会制度，实施办法已存档')
}

export function checkReview(f: CongressFacts): CheckResult {
  const held = termSessions(f)
  const last = held[held.length - 1]
  if (!last) return fail('审议职权', '本届没有召开职代会的记录，无从核对审议事项')
  const missing = REQUIRED_REVIEW_ITEMS.filter((req) => !last.items.some((item) => req.keywords.some((k) => item.includes(k))))
  if (missing.length) return fail('审议职权', `${last.date} 会议未审议：${missing.map((m) => m.name).join('、')}`)
  return pass('审议职权', `${last.date} 会议审议了${REQUIRED_REVIEW_ITEMS.map((m) => m.name).join('、')}`)
}

export function checkQuorum(f: CongressFacts): CheckResult {
  const total = f.roster.total
  if (total === 0) return fail('法定人数', '没有职工代表名单，无从核对到会人数')
  const held = termSessions(f)
  if (!held.length) return fail('法定人数', '本届没有召开职代会的记录')
  const need = quorumFor(total)
  const short = held.filter((s) => s.present * 3 < total * 2)
  if (short.length) {
    return fail('法定人数', short.map((s) => `${s.date} 会议应到 ${total} 人，实到 ${s.present} 人，不足三分之二（至少 ${need} 人）`).join('；'))
  }
  return pass('法定人数', `本届 ${held.length} 次会议实到人数均不少于应到 ${total} 人的三分之二（${need} 人）`)
}

export function checkStructure(f: CongressFacts): CheckResult {
  const { total, frontline, managers, women } = f.roster
  if (total === 0) return fail('结构比例', '没有职工代表名单，无从核对代表结构')
  const problems: string[] = []
  const facts: string[] = [`一线职工 ${frontline} 人（${pct(frontline, total)}）`, `中层以上管理人员和领导人员 ${managers} 人（${pct(managers, total)}）`]
  if (managers * 5 > total) problems.push(`中层以上管理人员和领导人员 ${managers} 人，占 ${pct(managers, total)}，超过 20%（${total} 名代表中至多 ${managerCapFor(total)} 人）`)
  if (frontline * 2 <= total) problems.push(`一线职工 ${frontline} 人，占 ${pct(frontline, total)}，未过半数（至少 ${majorityFor(total)} 人）`)
  const w = f.workforceWomen
  if (w && w.total > 0) {
    // "In proportion to the workforce", in whole persons: the seats the women's share gives, rounded down, since a
    // fraction of a seat cannot be filled.
    const need = Math.floor((total * w.women) / w.total)
    const share = `${w.source === '企业' ? '本企业' : '所属工会'}会员中女职工 ${w.women}/${w.total} 人（${pct(w.women, w.total)}）`
    if (women < need) problems.push(`女代表 ${women} 人，少于按${share}计算的 ${need} 人`)
    else facts.push(`女代表 ${women} 人（按${share}至少 ${need} 人）`)
  } else {
    facts.push(`女代表 ${women} 人（会员名册中没有本企业或所属工会的性别记录，未核对女职工比例）`)
  }
  if (problems.length) return fail('结构比例', problems.join('；'))
  return pass('结构比例', facts.join('，'))
}

export function checkVoting(f: CongressFacts): CheckResult {
  const total = f.roster.total
  if (total === 0) return fail('表决方式', '没有职工代表名单，无从核对表决结果')
  const votes = termSessions(f).flatMap((s) => s.votes.map((v) => ({ ...v, date: s.date })))
  if (!votes.length) return fail('表决方式', '本届会议没有表决记录')
  const need = majorityFor(total)
  const short = votes.filter((v) => v.yes * 2 <= total)
  if (short.length) {
    return fail('表决方式', short.map((v) => `${v.date}「${v.item}」赞成 ${v.yes} 票，未超过全体代表 ${total} 人的半数（至少 ${need} 票）`).join('；'))
  }
  return pass('表决方式', `本届 ${votes.length} 项表决均获全体代表 ${total} 人的过半数赞成（至少 ${need} 票）`)
}

/**
 * Term 3–5 years, with the end date inclusive as minutes write it (2021-03-01 至 2024-02-29 is three years):
 * the day after the end must fall between start + 36 months and start + 60 months. Each term year that has fully
 * passed by today must hold a session; a year still running may yet hold one.
 */
export function checkTerm(f: CongressFacts): CheckResult {
  const { termStart: start, termEnd: end, today } = f
  if (!start || !end) return fail('按期换届', '未登记本届职代会的起止日期')
  // Term-year boundaries start + 12k months; a date d lies in year k when boundary[k] <= d < boundary[k+1]. Six
  // boundaries cover any term up to 5 years, and comparing strings against them needs no further date arithmetic.
  const boundary = [0, 1, 2, 3, 4, 5].map((k) => addMonths(start, 12 * k))
  const after = addDays(end, 1)
  const problems: string[] = []
  if (after < (boundary[3] ?? after)) problems.push(`届期 ${start} 至 ${end} 不足 3 年`)
  if (after > (boundary[5] ?? after)) problems.push(`届期 ${start} 至 ${end} 超过 5 年`)
  if (end < today) problems.push(`本届已于 ${end} 届满，至 ${today} 未换届`)
  for (let k = 0; k < 5; k++) {
    const from = boundary[k] ?? start
    const next = boundary[k + 1] ?? after
    if (from > end) break
    // The year has fully passed when its last day (the day before `next`, or the term's end) is before today.
    if (next > today && end >= today) break
    if (!f.sessions.some((s) => s.date >= from && s.date < next && s.date <= end)) {
      const last = addDays(next, -1) < end ? addDays(next, -1) : end
      problems.push(`第 ${k + 1} 个届年（${from} 至 ${last}）没有召开职代会`)
    }
  }
  if (problems.length) return fail('按期换届', problems.join('；'))
  return pass('按期换届', `届期 ${start} 至 ${end}，每年至少召开一次会议`)
}

/** All six, in the seed's order. A congress never set up fails each check with that reason, whatever else is recorded. */
export function runChecks(f: CongressFacts): CheckResult[] {
  const system = checkSystem(f)
  if (!f.established) {
    return [system, ...(['审议职权', '法定人数', '结构比例', '表决方式', '按期换届'] as const).map((n) => fail(n, '未建立职工代表大会制度'))]
  }
  return [system, checkReview(f), checkQuorum(f), checkStructure(f), checkVoting(f), checkTerm(f)]
}
