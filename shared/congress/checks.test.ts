import { describe, expect, it } from 'vitest'
import { checkQuorum, checkReview, checkStructure, checkSystem, checkTerm, checkVoting, majorityFor, managerCapFor, quorumFor, rosterCounts, runChecks, type CongressFacts } from './checks'
import { sessionRecord } from './session-record'
import type { RepresentativeCategory, Gender } from './types'

function reps(frontline: number, managers: number, other = 0, women = 0) {
  const list: { category: RepresentativeCategory; gender: Gender }[] = [
    ...Array.from({ length: frontline }, () => ({ category: '一线职工' as const, gender: '男' as const })),
    ...Array.from({ length: managers }, () => ({ category: '中层以上管理人员和领导人员' as const, gender: '男' as const })),
    ...Array.from({ length: other }, () => ({ category: '其他' as const, gender: '男' as const })),
  ]
  for (let i = 0; i < women; i++) list[i] = { category: list[i]?.category ?? '一线职工', gender: '女' }
  return list
}

const fullAgenda = ['企业年度工作报告', '工资专项集体合同草案', '劳动定额和奖惩办法']

function facts(over: Partial<CongressFacts> = {}): CongressFacts {
  return {
    established: true,
    rulesOnFile: true,
    termStart: '2024-03-01',
    termEnd: '2027-02-28',
    roster: rosterCounts(reps(30, 9, 6, 15)),
    sessions: [
      { date: '2024-03-15', present: 40, items: fullAgenda, votes: [{ item: '工资专项集体合同草案', yes: 35 }] },
      { date: '2025-03-10', present: 40, items: fullAgenda, votes: [{ item: '劳动定额和奖惩办法', yes: 30 }] },
    ],
    workforceWomen: { women: 30, total: 100, source: '企业' },
    today: '2025-12-01',
    ...over,
  }
}

describe('the thresholds of domain §9.1, in whole persons', () => {
  it('45 representatives: quorum 30, pass 23, managers ≤ 9; 31: quorum 21, pass 16, managers ≤ 6', () => {
    expect([quorumFor(45), majorityFor(45), managerCapFor(45)]).toEqual([30, 23, 9])
    expect([quorumFor(31), majorityFor(31), managerCapFor(31)]).toEqual([21, 16, 6])
    expect(majorityFor(44)).toBe(23)
  })
})

describe('一 制度建设', () => {
  it('passes only when established and the rules are on file', () => {
    expect(checkSystem(facts()).pass).toBe(true)
    expect(checkSystem(facts({ rulesOnFile: false }))).toMatchObject({ pass: false, reason: expect.stringContaining('未备案存档') })
    expect(checkSystem(facts({ established: false }))).toMatchObject({ pass: false, reason: '未建立职工代表大会制度' })
  })
  it('a congress never set up fails all six, whatever else is recorded', () => {
    const all = runChecks(facts({ established: false }))
    expect(all.map((c) => c.name)).toEqual(['制度建设', '审议职权', '法定人数', '结构比例', '表决方式', '按期换届'])
    expect(all.every((c) => !c.pass)).toBe(true)
  })
})

describe('二 审议职权', () => {
  it('the latest session of the term must review every required item; the reason names what is missing', () => {
    expect(checkReview(facts()).pass).toBe(true)
    const r = checkReview(facts({ sessions: [...facts().sessions, { date: '2025-06-01', present: 40, items: ['企业年度工作报告'], votes: [] }] }))
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('2025-06-01 会议未审议：集体合同草案或履行情况、涉及职工切身利益的规章制度或重大事项')
  })
  it('a session after today is not yet held and does not count', () => {
    const later = { date: '2025-12-02', present: 40, items: ['其他事项'], votes: [] }
    expect(checkReview(facts({ sessions: [...facts().sessions, later] })).pass).toBe(true)
    expect(checkReview(facts({ sessions: [...facts().sessions, later], today: '2025-12-02' })).pass).toBe(false)
  })
  it('no session in the term fails', () => {
    expect(checkReview(facts({ sessions: [] })).pass).toBe(false)
  })
})

describe('三 法定人数 (≥ 2/3 of all representatives)', () => {
  const with45 = (present: number) => facts({ sessions: [{ date: '2025-03-10', present, items: fullAgenda, votes: [] }] })
  it('exactly 2/3 passes, one fewer fails (45 → 30)', () => {
    expect(checkQuorum(with45(30)).pass).toBe(true)
    const r = checkQuorum(with45(29))
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('2025-03-10 会议应到 45 人，实到 29 人，不足三分之二（至少 30 人）')
  })
  it('not a multiple of 3: 31 representatives need 21 (20.67 rounds up)', () => {
    const f = (present: number) => facts({ roster: rosterCounts(reps(20, 6, 5)), sessions: [{ date: '2025-03-10', present, items: fullAgenda, votes: [] }] })
    expect(checkQuorum(f(21)).pass).toBe(true)
    expect(checkQuorum(f(20)).pass).toBe(false)
  })
  it('a session of an earlier term (another roster) is not checked', () => {
    const old = { date: '2023-05-01', present: 3, items: fullAgenda, votes: [] }
    expect(checkQuorum(facts({ sessions: [...facts().sessions, old] })).pass).toBe(true)
  })
  it('no roster or no session fails', () => {
    expect(checkQuorum(facts({ roster: rosterCounts([]) })).pass).toBe(false)
    expect(checkQuorum(facts({ sessions: [] })).pass).toBe(false)
  })
})

describe('四 结构比例', () => {
  it('managers at exactly 20 % pass, one more fails', () => {
    expect(checkStructure(facts({ roster: rosterCounts(reps(30, 9, 6, 15)) })).pass).toBe(true)
    const r = checkStructure(facts({ roster: rosterCounts(reps(29, 10, 6, 15)) }))
    expect(r.pass).toBe(false)
    expect(r.reason).toContain('中层以上管理人员和领导人员 10 人，占 22.2%，超过 20%（45 名代表中至多 9 人）')
  })
  it('frontline must be more than half: 23 of 45 passes, 22 of 44 fails', () => {
    expect(checkStructure(facts({ roster: rosterCounts(reps(23, 9, 13, 15)) })).pass).toBe(true)
    const r = checkStructure(facts({ roster: rosterCounts(reps(22, 8, 14, 15)) }))
    expect(r.pass).toBe(false)
    expect(r.reason).toContain('一线职工 22 人，占 50.0%，未过半数（至少 23 人）')
  })
  it('women in proportion to the workforce, rounded down to whole seats: 30 % of 45 = 13.5 → 13', () => {
    expect(checkStructure(facts({ roster: rosterCounts(reps(30, 9, 6, 13)) })).pass).toBe(true)
    const r = checkStructure(facts({ roster: rosterCounts(reps(30, 9, 6, 12)) }))
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('女代表 12 人，少于按本企业会员中女职工 30/100 人（30.0%）计算的 13 人')
  })
  it('without gender figures for the workforce, women are reported, not judged', () => {
    const r = checkStructure(facts({ roster: rosterCounts(reps(30, 9, 6, 0)), workforceWomen: null }))
    expect(r.pass).toBe(true)
    expect(r.reason).toContain('未核对女职工比例')
  })
  it('the union share names its source', () => {
    const r = checkStructure(facts({ roster: rosterCounts(reps(30, 9, 6, 0)), workforceWomen: { women: 1, total: 4, source: '工会' } }))
    expect(r.reason).toContain('所属工会会员中女职工 1/4 人（25.0%）')
  })
})

describe('五 表决方式 (more than half of ALL representatives; exactly half fails)', () => {
  const vote = (total: number, yes: number) =>
    checkVoting(facts({ roster: rosterCounts(reps(total - Math.floor(total / 5) - 1, Math.floor(total / 5), 1)), sessions: [{ date: '2025-03-10', present: total, items: fullAgenda, votes: [{ item: '工资专项集体合同草案', yes }] }] }))
  it('44 representatives: 22 yes (exactly half) fails, 23 passes', () => {
    expect(vote(44, 23).pass).toBe(true)
    const r = vote(44, 22)
    expect(r.pass).toBe(false)
    expect(r.reason).toBe('2025-03-10「工资专项集体合同草案」赞成 22 票，未超过全体代表 44 人的半数（至少 23 票）')
  })
  it('45 representatives: 23 passes, 22 fails; counted against all, not those present', () => {
    expect(vote(45, 23).pass).toBe(true)
    expect(vote(45, 22).pass).toBe(false)
  })
  it('no votes recorded fails', () => {
    expect(checkVoting(facts({ sessions: [{ date: '2025-03-10', present: 40, items: fullAgenda, votes: [] }] })).pass).toBe(false)
  })
})

describe('六 按期换届 (3–5 years, end date inclusive; a session every term year)', () => {
  const term = (termStart: string, termEnd: string, today = '2024-03-02') => checkTerm(facts({ termStart, termEnd, today, sessions: [] }))
  it('exactly 3 years passes, a day short fails', () => {
    expect(term('2024-03-01', '2027-02-28').pass).toBe(true)
    expect(term('2024-03-01', '2027-02-27')).toMatchObject({ pass: false, reason: '届期 2024-03-01 至 2027-02-27 不足 3 年' })
  })
  it('exactly 5 years passes, 5 years and a day fails', () => {
    expect(term('2024-03-01', '2029-02-28').pass).toBe(true)
    expect(term('2024-03-01', '2029-03-01')).toMatchObject({ pass: false, reason: '届期 2024-03-01 至 2029-03-01 超过 5 年' })
  })
  it('a term that has run out without re-election fails from the day after its end', () => {
    const f = (today: string) => checkTerm(facts({ termStart: '2021-03-01', termEnd: '2024-02-29', today, sessions: ['2021-04-01', '2022-04-01', '2023-04-01'].map((date) => ({ date, present: 40, items: [], votes: [] })) }))
    expect(f('2024-02-29').pass).toBe(true)
    expect(f('2024-03-01')).toMatchObject({ pass: false, reason: '本届已于 2024-02-29 届满，至 2024-03-01 未换届' })
  })
  it('each fully passed term year needs a session; the year under way does not yet', () => {
    const f = (today: string) => checkTerm(facts({ termStart: '2024-03-01', termEnd: '2027-02-28', today, sessions: [{ date: '2024-03-15', present: 40, items: [], votes: [] }] }))
    expect(f('2026-02-28').pass).toBe(true)
    expect(f('2026-03-01')).toMatchObject({ pass: false, reason: '第 2 个届年（2025-03-01 至 2026-02-28）没有召开职代会' })
    const none = (today: string) => checkTerm(facts({ termStart: '2024-03-01', termEnd: '2027-02-28', today, sessions: [] }))
    expect(none('2025-02-28').pass).toBe(true)
    expect(none('2025-03-01').reason).toBe('第 1 个届年（2024-03-01 至 2025-02-28）没有召开职代会')
  })
  it('missing dates fail', () => {
    expect(checkTerm(facts({ termStart: null })).pass).toBe(false)
  })
})

describe('all six on a compliant congress', () => {
  it('pass, each with a reason', () => {
    const all = runChecks(facts())
    expect(all.filter((c) => !c.pass)).toEqual([])
    expect(all.every((c) => c.reason.length > 0)).toBe(true)
  })
})

describe('the printed session figures', () => {
  it('numbers the session within the term and judges each vote against all representatives', () => {
    const f = { ...facts(), representatives: reps(30, 8, 6, 15).map((r, n) => ({ ...r, name: `代表${n}` })), sessions: [...facts().sessions] }
    const r = sessionRecord({ ...f, sessions: [...f.sessions, { date: '2025-06-01', present: 30, items: ['福利方案'], votes: [{ item: '福利方案', yes: 22 }, { item: '福利方案', yes: 23 }] }] }, '2025-06-01')
    expect(r).toMatchObject({ ordinal: 3, total: 44, present: 30, quorum: 30, quorumMet: true, composition: { frontline: 30, managers: 8, other: 6, women: 15 } })
    expect(r.votes).toEqual([
      { item: '福利方案', yes: 22, notYes: 8, needed: 23, passed: false },
      { item: '福利方案', yes: 23, notYes: 7, needed: 23, passed: true },
    ])
    expect(() => sessionRecord(f, '2030-01-01')).toThrow('没有 2030-01-01 的会议记录')
  })
})
