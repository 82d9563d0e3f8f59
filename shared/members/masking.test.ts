import { describe, expect, it } from 'vitest'
import { maskBankAccount, maskHealth, maskIdNumber, maskPersonal, maskPhone, shownPersonal } from './masking'

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 of an 18-character number', () => {
    expect(maskIdNumber('110101199001011234')).toBe('110101********1234')
  })

  it('keeps the first 2 and last 2 of shorter document numbers', () => {
    expect(maskIdNumber('USA310085031501')).toBe('US***********01')
    expect(maskIdNumber('E12345678')).toBe('E1*****78')
  })

  it('hides everything when nothing could be hidden otherwise', () => {
    expect(maskIdNumber('AB12')).toBe('****')
  })
})

describe('the other kinds', () => {
  it('bank card: first 4 and last 4; phone: 138****1234; health hidden whole', () => {
    expect(maskBankAccount('6222020200112233445')).toBe('6222***********3445')
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskHealth('尿毒症透析')).toBe('（已隐去）')
    expect(maskHealth('')).toBe('')
  })

  it('maskPersonal keeps null and dispatches on the kind; shownPersonal unmasks only when asked', () => {
    expect(maskPersonal('phone', null)).toBeNull()
    expect(maskPersonal('idNumber', '110101199001011234')).toBe('110101********1234')
    expect(shownPersonal('bankAccount', '6222020200112233445', true)).toBe('6222020200112233445')
    expect(shownPersonal('bankAccount', '6222020200112233445', false)).toBe('6222***********3445')
  })
})
