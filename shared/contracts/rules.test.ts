import { describe, expect, it } from 'vitest'
import { calendar2024 } from '../dates'
import { approvalMet, checkContract, contractTimeline, effectiveDate, filingDue, quorumMet, renewalWindowStart, replyDue, termProblem, type ContractFacts } from './rules'

const cal = calendar2024
const people = (n: number, chief = true) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, chief: chief && i === 0, expert: false }))
const base: ContractFacts = {
  negotiators: { union: people(3), employer: people(3) }, requestDate: null, replyDate: null, roundDates: [], vote: null,
  signedDate: null, filedDate: null, receivedDate: null, objected: false, termStart: null, termEnd: null, emergency: false, renewalStartedDate: null,
}
const codes = (f: Partial<ContractFacts>, today = '2024-12-31') => checkContract({ ...base, ...f }, today, cal).problems.map((p) => p.code)

describe('collective contract deadlines (domain §8.2)', () => {
  it('counts the reply period from the day after the request, moving a holiday end past the holiday', () => {
    expect(replyDue('2024-09-10', cal)).toBe('2024-09-30')
    expect(replyDue('2024-09-12', cal)).toBe('2024-10-08')
    expect(filingDue('2024-06-14', cal)).toBe('2024-06-24')
    expect(effectiveDate('2024-06-24', false, cal)).toBe('2024-07-10')
    expect(effectiveDate('2024-06-24', true, cal)).toBeNull()
    expect(renewalWindowStart('2027-06-30')).toBe('2027-03-31')
  })
  it('REPLY_LATE: a reply on day 20 is in time, day 21 is late; none by today after day 20 is late', () => {
    expect(codes({ requestDate: '2024-09-10', replyDate: '2024-09-30' })).not.toContain('REPLY_LATE')
    expect(codes({ requestDate: '2024-09-10', replyDate: '2024-10-01' })).toContain('REPLY_LATE')
    expect(codes({ requestDate: '2024-09-10' }, '2024-09-30')).not.toContain('REPLY_LATE')
    expect(codes({ requestDate: '2024-09-10' }, '2024-10-01')).toContain('REPLY_LATE')
    const msg = checkContract({ ...base, requestDate: '2024-09-10', replyDate: '2024-10-01' }, '2024-12-31', cal).problems[0]?.message
    expect(msg).toContain('2024-09-30')
  })
  it('FILING_LATE: filed on day 10 is in time, day 11 is late', () => {
    const signed = { signedDate: '2024-06-14', roundDates: ['2024-06-01'], vote: { total: 3, present: 3, approve: 3 } }
    expect(codes({ ...signed, filedDate: '2024-06-24' })).toEqual([])
    expect(codes({ ...signed, filedDate: '2024-06-25' })).toEqual(['FILING_LATE'])
    expect(codes(signed, '2024-06-24')).toEqual([])
    expect(codes(signed, '2024-06-25')).toEqual(['FILING_LATE'])
  })
  it('QUORUM_NOT_MET: exactly two thirds attending is enough, one fewer is not', () => {
    expect(quorumMet({ total: 45, present: 30 })).toBe(true)
    expect(quorumMet({ total: 45, present: 29 })).toBe(false)
    expect(quorumMet({ total: 120, present: 80 })).toBe(true)
    expect(codes({ vote: { total: 120, present: 80, approve: 61 } })).toEqual([])
    expect(codes({ vote: { total: 120, present: 79, approve: 61 } })).toEqual(['QUORUM_NOT_MET'])
  })
  it('APPROVAL_NOT_MET: exactly half of ALL members passes (半数以上), one fewer fails; counted against the total', () => {
    expect(approvalMet({ total: 100, approve: 50 })).toBe(true)
    expect(approvalMet({ total: 100, approve: 49 })).toBe(false)
    expect(codes({ vote: { total: 100, present: 67, approve: 50 } })).toEqual([])
    expect(codes({ vote: { total: 100, present: 67, approve: 49 } })).toEqual(['APPROVAL_NOT_MET'])
    expect(codes({ vote: { total: 45, present: 30, approve: 22 } })).toEqual(['APPROVAL_NOT_MET'])
  })
  it('TERM_INVALID: exactly one year and exactly three years pass; a day short of one or a day over three fail', () => {
    expect(termProblem('2024-07-01', '2025-06-30')).toBeNull()
    expect(termProblem('2024-07-01', '2025-06-29')).toContain('不足1年')
    expect(termProblem('2024-07-01', '2027-06-30')).toBeNull()
    expect(termProblem('2024-07-01', '2027-07-01')).toContain('超过3年')
    expect(codes({ termStart: '2024-07-01', termEnd: '2027-07-01' })).toEqual(['TERM_INVALID'])
  })
  it('negotiators: at least 3 per side, equal numbers, one chief each who is not an outside expert', () => {
    expect(codes({ negotiators: { union: people(3), employer: people(3) } })).toEqual([])
    expect(codes({ negotiators: { union: people(2), employer: people(2) } })).toEqual(['NEGOTIATORS_TOO_FEW', 'NEGOTIATORS_TOO_FEW'])
    expect(codes({ negotiators: { union: people(3), employer: people(4) } })).toEqual(['NEGOTIATORS_UNEQUAL'])
    expect(codes({ negotiators: { union: people(3, false), employer: people(3) } })).toEqual(['CHIEF_MISSING'])
    const twoChiefs = people(3).map((p) => ({ ...p, chief: true }))
    expect(codes({ negotiators: { union: twoChiefs, employer: people(3) } })).toEqual(['CHIEF_MISSING'])
    const expertChief = people(3).map((p, i) => ({ ...p, expert: i === 0 }))
    expect(codes({ negotiators: { union: expertChief, employer: people(3) } })).toEqual(['CHIEF_MISSING'])
  })
  it('一事一议 relaxes the negotiation rounds but keeps the vote', () => {
    const signed = { signedDate: '2024-06-14', filedDate: '2024-06-20' }
    expect(codes(signed)).toEqual(['ROUNDS_MISSING', 'VOTE_MISSING'])
    expect(codes({ ...signed, emergency: true })).toEqual(['VOTE_MISSING'])
    expect(codes({ ...signed, emergency: true, vote: { total: 10, present: 7, approve: 5 } })).toEqual([])
  })
  it('timeline: a step in time is amber, a missed one red, a met one green, each with its reason', () => {
    const f = { ...base, requestDate: '2024-09-10', signedDate: '2024-10-20', roundDates: ['2024-10-01'], vote: { total: 10, present: 7, approve: 5 }, termStart: '2024-11-01', termEnd: '2025-10-31' }
    const steps = contractTimeline(f, '2024-10-25', cal)
    const by = new Map(steps.map((s) => [s.key, s]))
    expect(by.get('reply')).toMatchObject({ tone: 'red', due: '2024-09-30' })
    expect(by.get('reply')?.reason).toContain('2024-09-30')
    expect(by.get('filing')).toMatchObject({ tone: 'amber', due: '2024-10-30' })
    expect(by.get('vote')?.tone).toBe('green')
    expect(contractTimeline({ ...f, replyDate: '2024-09-30' }, '2024-10-25', cal).find((s) => s.key === 'reply')?.tone).toBe('green')
    expect(contractTimeline(f, '2025-09-01', cal).find((s) => s.key === 'renewal')).toMatchObject({ tone: 'amber', due: '2025-08-01' })
  })
})
