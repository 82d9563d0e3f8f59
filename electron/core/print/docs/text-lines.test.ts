import { describe, expect, it } from 'vitest'
import { getPrinter } from '../printer'
import { breakLines, type Measure } from './text-lines'

/** CJK one em, everything else half: enough to check where lines break. */
const simple: Measure = (text, size) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size / 2), 0)

describe('breakLines', () => {
  it('keeps closing punctuation with the character before it and Latin words whole', () => {
    // Ten CJK characters fit 100 pt at 10 pt; the full stop may not open the second line.
    expect(breakLines('一二三四五六七八九十。', 100, 10, simple)).toEqual(['一二三四五六七八九', '十。'])
    expect(breakLines('快递 Mega Logistics 公司', 55, 10, simple)).toEqual(['快递 Mega', 'Logistics', '公司'])
  })

  it('splits a piece longer than a line by character and loses nothing', () => {
    const text = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const lines = breakLines(text, 50, 10, simple)
    expect(lines.join('')).toBe(text)
    for (const l of lines) expect(simple(l, 10)).toBeLessThanOrEqual(50)
  })
})

describe('Printer.measure', () => {
  it('gives the advance widths the fonts print with, including a character only a fallback font has', () => {
    const { measure, fonts } = getPrinter(undefined)
    for (const text of ['张三丰', 'WWW Mega 物流', '“阿依古丽·买买提”', '¥15,000.00%']) {
      expect(measure(text, 10)).toBeCloseTo((fonts.regular.face.layout(text).advanceWidth / fonts.regular.face.unitsPerEm) * 10, 6)
      expect(measure(text, 10, true)).toBeCloseTo((fonts.bold.face.layout(text).advanceWidth / fonts.bold.face.unitsPerEm) * 10, 6)
    }
    const fallback = fonts.fallback(0)
    expect(fallback && fonts.regular.face.hasGlyphForCodePoint(0x20bb7)).toBe(false)
    expect(measure('𠮷', 10)).toBeCloseTo(((fallback?.face.glyphForCodePoint(0x20bb7).advanceWidth ?? 0) / (fallback?.face.unitsPerEm ?? 1)) * 10, 6)
  })
})
