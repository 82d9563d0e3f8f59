import { describe, expect, it } from 'vitest'
import { MissingGlyph, codePointLabel, needsFallback, splitRuns } from './runs'

const main = new Set([...'张王阿依古丽·买买提䶮 '].map((c) => c.codePointAt(0)))
const fontFor = (cp: number) => (main.has(cp) ? null : cp === 0x20bb7 ? 'Fb0' : undefined)

describe('splitRuns', () => {
  it('keeps a surrogate pair whole and gives it to the fallback font', () => {
    expect(splitRuns('张𠮷', fontFor)).toEqual([
      { text: '张', font: null },
      { text: '𠮷', font: 'Fb0' },
    ])
  })
  it('leaves names the main font has in one run, middle dot included', () => {
    expect(splitRuns('阿依古丽·买买提', fontFor)).toEqual([{ text: '阿依古丽·买买提', font: null }])
    expect(needsFallback('王䶮', (cp) => main.has(cp))).toBe(false)
    expect(needsFallback('张𠮷', (cp) => main.has(cp))).toBe(true)
  })
  it('refuses a character no font has, naming it', () => {
    try {
      splitRuns('张\u{2A6D6}', fontFor)
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(MissingGlyph)
      expect(err instanceof MissingGlyph && err.char).toBe('\u{2A6D6}')
    }
    expect(codePointLabel(0x4dae)).toBe('U+4DAE')
  })
})
