import { describe, expect, it } from 'vitest'
import { classifyMemberQuery } from './query'

describe('classifyMemberQuery', () => {
  it('reads latin letters as pinyin initials and full pinyin', () => {
    expect(classifyMemberQuery('ZJX')).toEqual([{ by: 'initials', prefix: 'zjx' }, { by: 'pinyin', prefix: 'zjx' }])
  })
  it('reads Han text as name prefix, given-name prefix and union name', () => {
    expect(classifyMemberQuery(' 𠮷祥 ').map((p) => p.by)).toEqual(['name', 'nameRest', 'org'])
  })
  it('reads 4 digits as ID prefix and ID suffix (last 4)', () => {
    expect(classifyMemberQuery('002x')).toEqual([{ by: 'idPrefix', prefix: '002X' }, { by: 'idSuffix', reversedPrefix: 'X200' }])
  })
  it('reads 8 digits of a date as a birth date too', () => {
    expect(classifyMemberQuery('19880808')).toContainEqual({ by: 'birthDate', date: '1988-08-08' })
  })
  it('reads a mobile prefix as phone', () => {
    expect(classifyMemberQuery('１３８００１３')).toContainEqual({ by: 'phone', prefix: '1380013' })
  })
  it('ignores blank text', () => {
    expect(classifyMemberQuery('  ')).toEqual([])
  })
})
