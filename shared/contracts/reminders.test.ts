import { describe, expect, it } from 'vitest'
import { calendar2024 } from '../dates'
import { contractReminders, type ReminderFacts } from './reminders'

const c: ReminderFacts = { id: 'c1', title: '区域性集体合同', requestDate: null, replyDate: null, signedDate: null, filedDate: null, termEnd: null, renewalStartedDate: null }
const kinds = (f: Partial<ReminderFacts>, today: string) => contractReminders({ ...c, ...f }, today, calendar2024).map((r) => `${r.kind}:${r.tone}`)

describe('到期提醒', () => {
  it('reply awaited: amber through day 20, red from day 21, gone once replied', () => {
    expect(kinds({ requestDate: '2024-09-10' }, '2024-09-30')).toEqual(['replyDue:amber'])
    expect(kinds({ requestDate: '2024-09-10' }, '2024-10-01')).toEqual(['replyDue:red'])
    expect(kinds({ requestDate: '2024-09-10', replyDate: '2024-09-20' }, '2024-10-01')).toEqual([])
  })
  it('filing late only after day 10', () => {
    expect(kinds({ signedDate: '2024-06-14' }, '2024-06-24')).toEqual([])
    expect(kinds({ signedDate: '2024-06-14' }, '2024-06-25')).toEqual(['filingLate:red'])
  })
  it('expiring within 90 days, and the renewal window of the last 3 months not started', () => {
    // The renewal window opens 2027-03-31; day 90 before expiry is 2027-04-01.
    expect(kinds({ termEnd: '2027-06-30' }, '2027-03-30')).toEqual([])
    expect(kinds({ termEnd: '2027-06-30' }, '2027-03-31')).toEqual(['renewalNotStarted:amber'])
    expect(kinds({ termEnd: '2027-06-30' }, '2027-04-01')).toEqual(['expiring:amber', 'renewalNotStarted:amber'])
    expect(kinds({ termEnd: '2027-06-30', renewalStartedDate: '2027-04-01' }, '2027-04-02')).toEqual(['expiring:amber'])
    expect(kinds({ termEnd: '2027-06-30' }, '2027-03-01')).toEqual([])
    expect(kinds({ termEnd: '2027-06-30' }, '2027-07-01')).toEqual([])
  })
})
