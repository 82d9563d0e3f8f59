import { describe, expect, it } from 'vitest'
import { classifyMemberQuery } from './query'

describe('classifyMemberQuery', () => {
  it('reads latin letters as pinyin initials and full pinyin', () => {
    expect(classifyMemberQuery('ZJX')).toEqual([{ by: 'initials', prefix: 'zjx' }, { by: 'pinyin', prefix: 'zjx' }])
  })
  it('reads Han text as name prefix, given-name prefix and union name', () => {
    expect(classifyMemberQuery(' 𠮷祥 ').map((p) => p.by)).toEqual(['name', 'nameRest', 'given', 'org'])
  })
  it('looks a name up without its dot, whichever dot or space the clerk typed', () => {
    for (const q of ['阿依古丽买买提', '阿依古丽.买买提', '阿依古丽•买买提', '阿依古丽 买买提', '阿依古丽·买买提', '阿依古丽・买买提', '阿依古丽．买买提']) {
      expect(classifyMemberQuery(q)).toContainEqual({ by: 'name', prefix: '阿依古丽买买提' })
      expect(classifyMemberQuery(q)).toContainEqual({ by: 'given', prefix: '阿依古丽买买提' })
    }
  })
  it('reads 6 digits of a year and month as a birth month', () => {
    expect(classifyMemberQuery('197305')).toContainEqual({ by: 'birthMonth', prefix: '1973-05-' })
    expect(classifyMemberQuery('197313').map((p) => p.by)).not.toContain('birthMonth')
  })
  it('ignores text that is only dots', () => {
    expect(classifyMemberQuery(' · ')).toEqual([])
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
