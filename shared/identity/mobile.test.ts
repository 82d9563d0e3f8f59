import { describe, expect, it } from 'vitest'
import { normalizeMobile } from './mobile'

describe('normalizeMobile', () => {
  it('accepts 11 digits starting 13–19', () => {
    expect(normalizeMobile('13800138000')).toEqual({ value: '13800138000', error: null })
    expect(normalizeMobile('19912345678').value).toBe('19912345678')
  })

  it('strips +86, spaces and hyphens', () => {
    expect(normalizeMobile('+86 138-0013-8000').value).toBe('13800138000')
    expect(normalizeMobile('+86-138 0013 8000').value).toBe('13800138000')
    expect(normalizeMobile('0086 13800138000').value).toBe('13800138000')
    expect(normalizeMobile('8613800138000').value).toBe('13800138000')
    expect(normalizeMobile('(+86) 138 0013 8000').value).toBe('13800138000')
  })

  it('converts full-width digits and separators', () => {
    expect(normalizeMobile('＋８６ １３８－００１３－８０００').value).toBe('13800138000')
  })

  it('treats an empty field as absent, not wrong', () => {
    expect(normalizeMobile('  ')).toEqual({ value: null, error: null })
  })

  it('names the wrong length', () => {
    expect(normalizeMobile('1380013800')).toEqual({ value: null, error: '手机号应为 11 位（现为 10 位）' })
    expect(normalizeMobile('138001380001').error).toBe('手机号应为 11 位（现为 12 位）')
  })

  it('refuses a second digit outside 3–9', () => {
    expect(normalizeMobile('12800138000').error).toBe('手机号应以 13–19 开头')
    expect(normalizeMobile('23800138000').error).toBe('手机号应以 13–19 开头')
  })

  it('points landlines to their own field', () => {
    expect(normalizeMobile('0898-67621234').error).toBe('这像是固定电话号码，请填入「固定电话」')
  })

  it('names a stray character', () => {
    expect(normalizeMobile('138O0138000').error).toBe('手机号只能包含数字（含有「O」）')
  })
})
