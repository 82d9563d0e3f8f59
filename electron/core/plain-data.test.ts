import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { requirePlainData } from './plain-data'

function refusal(raw: unknown): AppError | null {
  try {
    requirePlainData(raw, { input: '申请内容' })
    return null
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
}

describe('requirePlainData: inputs must be what JSON can carry', () => {
  it('accepts JSON data, however odd its strings and numbers', () => {
    for (const ok of [undefined, null, {}, [], 'x', 0, Number.NaN, { a: [1, 'b', { c: null }] }, JSON.parse('{"__proto__": {"x": 1}}')]) {
      expect(refusal(ok)).toBeNull()
    }
    // The same object twice is not a cycle.
    const shared = { n: 1 }
    expect(refusal({ a: shared, b: [shared] })).toBeNull()
  })

  it('refuses a cycle, a BigInt, a Date or bytes with INVALID_INPUT naming the field', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(refusal({ input: { family: cycle } })).toMatchObject({ code: 'INVALID_INPUT', detail: { field: 'input.family.self' } })
    expect(refusal({ input: { n: 10n } })?.message).toBe('「申请内容」含有无法识别的数据')
    expect(refusal({ when: new Date(0) })).toMatchObject({ code: 'INVALID_INPUT', detail: { field: 'when' } })
    expect(refusal([new Uint8Array(2)])).toMatchObject({ code: 'INVALID_INPUT', detail: { field: '0' } })
    expect(refusal(() => 1)).toMatchObject({ code: 'INVALID_INPUT', detail: {} })
  })

  it('refuses nesting deeper than any form without overflowing the stack', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(refusal(deep)?.code).toBe('INVALID_INPUT')
  })
})
