import { describe, expect, it } from 'vitest'
import { csvField, decodeCsv, parseCsv } from './csv'

// 姓名,张三 in GBK
const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd])

describe('CSV', () => {
  it('detects UTF-8 with and without BOM', () => {
    const text = '姓名,张三'
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8' })
  })
  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeCsv(gbk)).toEqual({ text: '姓名,张三', encoding: 'gb18030' })
  })
  it('parses quotes, doubled quotes, commas and newlines inside quotes, CRLF', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"line1\nline2",x\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line1\nline2', 'x'],
    ])
  })
  it('keeps a last row without newline and empty fields', () => {
    expect(parseCsv('a,,b\n,c')).toEqual([['a', '', 'b'], ['', 'c']])
  })
  it('quotes fields that need it and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('=1+1')).toBe("'=1+1")
  })
})
