import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { withoutTables } from './sfnt'

const file = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')

describe('withoutTables', () => {
  it('drops the shaping tables and keeps every glyph, so coverage and metrics are unchanged', () => {
    const original = readFileSync(file)
    const stripped = withoutTables(original, ['GSUB', 'GPOS', 'GDEF'])
    expect(stripped.length).toBeLessThan(original.length)
    const a = fontkit.create(original)
    const b = fontkit.create(Buffer.from(stripped))
    if (!('hasGlyphForCodePoint' in a) || !('hasGlyphForCodePoint' in b)) throw new Error('not a single font')
    expect(b.numGlyphs).toBe(a.numGlyphs)
    for (const ch of '张王䶮·壹贰〇¥') expect(b.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth).toBe(a.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth)
    expect(b.hasGlyphForCodePoint(0x20bb7)).toBe(false)
    expect(b.availableFeatures).toEqual([])
  })
  it('leaves a font collection or an unknown file as it is', () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(withoutTables(junk, ['GSUB'])).toBe(junk)
  })
})
