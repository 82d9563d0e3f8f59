import { validate, version } from 'uuid'
import { describe, expect, it } from 'vitest'
import { pooledUuidV7 } from './context'

describe('pooledUuidV7', () => {
  it('hands out valid, distinct v7 ids in creation order, also many within one millisecond and across pool refills', () => {
    const next = pooledUuidV7()
    const ids = Array.from({ length: 20_000 }, () => next())
    for (const id of ids.slice(0, 300)) {
      expect(validate(id)).toBe(true)
      expect(version(id)).toBe(7)
    }
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('draws fresh random bits: two generators do not repeat each other', () => {
    const a = pooledUuidV7()
    const b = pooledUuidV7()
    expect(a().slice(-12)).not.toBe(b().slice(-12))
  })
})
