import { describe, expect, it } from 'vitest'
import { nameLength, normalizePersonName } from './person-name'

const value = (raw: string) => normalizePersonName(raw).value

describe('normalizePersonName', () => {
  it('turns the katakana middle dot into U+00B7: 阿依古丽・买买提 → 阿依古丽·买买提', () => {
    expect(normalizePersonName('阿依古丽・买买提')).toEqual({ value: '阿依古丽·买买提', warnings: [] })
    expect(value('阿依古丽・买买提').charCodeAt(4)).toBe(0x00b7)
  })

  it('turns every look-alike between name parts into U+00B7', () => {
    for (const dot of ['\u30FB', '\u2022', '\u2027', '\uFF0E', '\uFF65', '\u00B7']) {
      expect(value(`阿依古丽${dot}买买提`)).toBe('阿依古丽·买买提')
    }
  })

  it('drops spaces around the dot and reads an ASCII full stop between Han characters as the dot', () => {
    expect(value('阿依古丽 • 买买提')).toBe('阿依古丽·买买提')
    expect(value('阿依古丽.买买提')).toBe('阿依古丽·买买提')
    expect(value('J. Smith')).toBe('J. Smith')
  })

  it('leaves a dot that is not between name parts and warns about it', () => {
    const result = normalizePersonName('･买买提')
    expect(result.value).toBe('･买买提')
    expect(result.warnings).toEqual(['姓名中的「･」不在两个字之间，请核对'])
    expect(normalizePersonName('买买提·').warnings).toHaveLength(1)
  })

  it('trims and removes spaces between Han characters, including the ideographic space', () => {
    expect(value('  张 三  ')).toBe('张三')
    expect(value('欧阳\u3000 娜娜')).toBe('欧阳娜娜')
  })

  it("keeps a Latin name's single spaces and collapses runs", () => {
    expect(value(' John   Smith ')).toBe('John Smith')
    expect(value('Mary-Jane O\'Neil')).toBe("Mary-Jane O'Neil")
    expect(normalizePersonName("Mary-Jane O'Neil").warnings).toEqual([])
  })

  it('keeps rare CJK Extension A and B characters untouched', () => {
    expect(normalizePersonName('刘䶮')).toEqual({ value: '刘䶮', warnings: [] })
    expect(normalizePersonName('𠮷 田')).toEqual({ value: '𠮷田', warnings: [] })
    expect(value('𠮷・田')).toBe('𠮷·田')
  })

  it('does not fold CJK compatibility ideographs', () => {
    expect(value('\uF900')).toBe('\uF900')
  })

  it('never truncates a long name', () => {
    const long = '阿卜杜热合曼·阿卜杜克热木·买买提艾力·吐尔逊托合提·艾买提'
    expect(value(long)).toBe(long)
    expect(nameLength(long)).toBeGreaterThan(20)
  })

  it('warns about empty names, digits, private-use characters and symbols', () => {
    expect(normalizePersonName('   ')).toEqual({ value: '', warnings: ['姓名为空'] })
    expect(normalizePersonName('张三2').warnings).toEqual(['姓名含有数字，请核对'])
    expect(normalizePersonName('王\uE000').warnings).toEqual([
      '姓名含有私用区字符 U+E000（多为旧系统造字），请改用 GB 18030-2022 标准汉字',
    ])
    expect(normalizePersonName('李四#').warnings).toEqual(['姓名含有符号「#」，请核对'])
  })
})

describe('nameLength', () => {
  it('counts code points', () => {
    expect(nameLength('𠮷')).toBe(1)
    expect('𠮷'.length).toBe(2)
    expect(nameLength('䶮')).toBe(1)
    expect(nameLength('𠮷田太郎')).toBe(4)
    expect(nameLength('阿依古丽·买买提')).toBe(8)
  })
})
