import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { checkStep, isRegistered, nextSteps, reviewDueAfter } from './lifecycle'

describe('hardship lifecycle (domain §5.2)', () => {
  it('walks 申请 → 初审 → 入户调查 → 公示 → 建档 → 年度复核 → 脱困 → 返困', () => {
    expect(() => checkStep('申请', '初审')).not.toThrow()
    expect(() => checkStep('初审', '入户调查')).not.toThrow()
    expect(() => checkStep('入户调查', '公示')).not.toThrow()
    expect(() => checkStep('公示', '建档')).not.toThrow()
    expect(() => checkStep('建档', '年度复核')).not.toThrow()
    expect(() => checkStep('年度复核', '脱困')).not.toThrow()
    expect(() => checkStep('脱困', '返困')).not.toThrow()
    expect(() => checkStep('返困', '年度复核')).not.toThrow()
  })

  it('refuses skipping a step, naming the status and the allowed steps', () => {
    try {
      checkStep('申请', '建档')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(AppError)
      if (err instanceof AppError) {
        expect(err.code).toBe('TRANSITION_NOT_ALLOWED')
        expect(err.message).toContain('申请')
        expect(err.message).toContain('初审')
      }
    }
    expect(() => checkStep('未通过', '初审')).toThrow(AppError)
    expect(() => checkStep('脱困', '年度复核')).toThrow(AppError)
  })

  it('knows the registered states and the next steps', () => {
    expect(isRegistered('建档')).toBe(true)
    expect(isRegistered('返困')).toBe(true)
    expect(isRegistered('公示')).toBe(false)
    expect(isRegistered('脱困')).toBe(false)
    expect(nextSteps('建档')).toEqual(['年度复核', '脱困'])
  })

  it('sets the yearly review one year after registration or review, and none after 脱困', () => {
    expect(reviewDueAfter('建档', '2026-03-15')).toBe('2027-03-15')
    expect(reviewDueAfter('年度复核', '2027-03-01')).toBe('2028-03-01')
    expect(reviewDueAfter('脱困', '2027-03-01')).toBeNull()
    expect(reviewDueAfter('初审', '2027-03-01')).toBeNull()
  })
})
