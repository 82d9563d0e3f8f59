import { afterEach, describe, expect, it, vi } from 'vitest'
import { pooledUuidV7 } from '../../../electron/core/context'

// A member's same-day claims are ordered by id (shared/aid/claim-order.ts): ids from one process must only increase,
// within a millisecond, across the counter's random start, and when the clock steps back.

afterEach(() => vi.restoreAllMocks())

function strictlyIncreasing(ids: readonly string[]): boolean {
  return ids.every((id, i) => i === 0 || (ids[i - 1] ?? '') < id)
}

describe('pooledUuidV7', () => {
  it('hands out ids that only increase, many per millisecond', () => {
    const next = pooledUuidV7()
    const ids = Array.from({ length: 100_000 }, next)
    expect(strictlyIncreasing(ids)).toBe(true)
  })

  it('keeps increasing when the clock stands still for long or steps back', () => {
    let now = Date.parse('2026-12-02T08:00:00.000Z')
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const next = pooledUuidV7()
    const ids: string[] = []
    for (let i = 0; i < 5_000; i++) ids.push(next())
    now -= 60_000
    for (let i = 0; i < 5_000; i++) ids.push(next())
    now += 120_000
    ids.push(next())
    expect(strictlyIncreasing(ids)).toBe(true)
  })
})
