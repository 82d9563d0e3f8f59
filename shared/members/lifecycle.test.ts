import { describe, expect, it } from 'vitest'
import { allowedEvents, eventDateRefusal, nextStatus, transitionRefusal, statusAfterEvents } from './lifecycle'

describe('membership state machine (domain §3.4)', () => {
  it('allows join or transfer-in for someone new, nothing else', () => {
    expect(allowedEvents(null)).toEqual(['join', 'transfer_in'])
  })
  it('moves an active member to each end state', () => {
    expect(nextStatus('active', 'retain')).toBe('retained')
    expect(nextStatus('active', 'transfer_out')).toBe('transferred_out')
    expect(nextStatus('active', 'expel')).toBe('expelled')
    expect(nextStatus('active', 'withdraw')).toBe('withdrawn')
    expect(nextStatus('active', 'join')).toBeNull()
  })
  it('refuses 保留 after 转出 until the member transfers back in', () => {
    expect(nextStatus('transferred_out', 'retain')).toBeNull()
    expect(nextStatus('transferred_out', 'transfer_in')).toBe('active')
    expect(transitionRefusal('transferred_out', 'retain')).toContain('转入')
  })
  it('allows a fresh 入会 after 退会 but nothing after 除名', () => {
    expect(nextStatus('withdrawn', 'join')).toBe('active')
    expect(allowedEvents('expelled')).toEqual([])
  })
  it('lets a retained member leave but not be retained again', () => {
    expect(allowedEvents('retained')).toEqual(['transfer_out', 'expel', 'withdraw'])
  })
  it('dates an event no later than today and not before the 16th birthday, a leap-day birth included', () => {
    const on = { today: '2026-11-23', birthDate: '2008-02-29' }
    expect(eventDateRefusal('2026-11-24', on)).toBe('2026-11-24 晚于今天')
    expect(eventDateRefusal('2024-02-28', on)).toBe('2024-02-28 早于本人年满 16 周岁（2024-02-29）')
    expect(eventDateRefusal('2024-02-29', on)).toBeNull()
    expect(eventDateRefusal('1990-01-01', { today: on.today, birthDate: null })).toBeNull()
  })
  it('replays a history through the table after a 更正; a snapshot may open it; a contradiction is null', () => {
    expect(statusAfterEvents(['join', 'transfer_out', 'transfer_in'])).toBe('active')
    expect(statusAfterEvents(['join', 'retain'])).toBe('retained')
    expect(statusAfterEvents(['retain', 'withdraw'])).toBe('withdrawn')
    expect(statusAfterEvents(['join', 'transfer_in'])).toBeNull()
    expect(statusAfterEvents([])).toBeNull()
  })
})
