import { describe, expect, it } from 'vitest'
import { csvField, decodeCsv, parseCsv } from './csv'

// 姓名,张三 in GBK
const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd])

describe('CSV', () => {
  it('detects UTF-8 with and without BOM', () => {
    const text = '姓名,张三'
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', utf8Lines: [] })
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8', utf8Lines: [] })
  })
  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeCsv(gbk)).toEqual({ text: '姓名,张三', encoding: 'gb18030', utf8Lines: [] })
  })
  it('decodes a GBK file with a UTF-8 line line by line (王五 is not read as 鐜嬩簲)', () => {
    const utf8Line = new TextEncoder().encode('王五,2\r\n')
    const bytes = new Uint8Array([...gbk, 0x0d, 0x0a, ...utf8Line, ...gbk])
    expect(decodeCsv(bytes)).toEqual({ text: '姓名,张三\r\n王五,2\r\n姓名,张三', encoding: 'mixed', utf8Lines: [2] })
  })
  it('keeps a GBK line that happens to be well-formed two-byte UTF-8 (郑施) as GBK', () => {
    // 郑施 in GBK is D6 A3 CA A9, which is also well-formed UTF-8 (U+05A3 U+02A9); the rest of the file is GBK.
    const bytes = new Uint8Array([...gbk, 0x0a, 0xd6, 0xa3, 0xca, 0xa9, 0x0a])
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(10))).toBe('\u05a3\u02a9\n')
    expect(decodeCsv(bytes)).toEqual({ text: '姓名,张三\n郑施\n', encoding: 'gb18030', utf8Lines: [] })
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
