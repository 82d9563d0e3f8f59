import { AppError } from '../../../shared/errors'
import { MissingGlyph, codePointLabel, needsFallback, splitRuns } from '../../../shared/print/runs'
import type { FontSet } from './fonts'

/** Finds, for a character, the first font that has it: main, then each fallback in order. */
export function fontLookup(fonts: FontSet) {
  const memo = new Map<number, string | null | undefined>()
  const inMain = (cp: number) => fonts.regular.face.hasGlyphForCodePoint(cp)
  const fontFor = (cp: number): string | null | undefined => {
    if (memo.has(cp)) return memo.get(cp)
    let found: string | null | undefined = inMain(cp) ? null : undefined
    for (let i = 0; found === undefined && i < fonts.fallbackCount; i++) {
      const fb = fonts.fallback(i)
      if (fb?.face.hasGlyphForCodePoint(cp)) found = fb.family
    }
    memo.set(cp, found)
    return found
  }
  return { inMain, fontFor }
}

export type FontLookup = ReturnType<typeof fontLookup>

export function missingGlyphError(err: MissingGlyph, who?: string): AppError {
  const subject = who ? `${who}的` : ''
  return new AppError(
    'FONT_GLYPH_MISSING',
    `无法打印${subject}“${err.text}”：字“${err.char}”（${codePointLabel(err.codePoint)}）在所有可用字体中都没有字形，请安装含该字的字体（如 SimSun-ExtB、Noto CJK 或花园明朝）后重试`,
  )
}

/** Checks one value before rendering so the refusal can name the person; the render walk below is the safety net. */
export function assertPrintable(lookup: FontLookup, text: string, who: string): void {
  try {
    splitRuns(text, lookup.fontFor)
  } catch (err) {
    if (err instanceof MissingGlyph) throw missingGlyphError(err, who)
    throw err
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** A string that needs a fallback becomes pdfmake inline pieces; others stay as they are. */
function fit(lookup: FontLookup, text: string): unknown {
  if (!needsFallback(text, lookup.inMain)) return text
  try {
    // An object, not a bare array: valid both as a content node and as one piece of a text array.
    return { text: splitRuns(text, lookup.fontFor).map((r) => (r.font ? { text: r.text, font: r.font } : r.text)) }
  } catch (err) {
    if (err instanceof MissingGlyph) throw missingGlyphError(err)
    throw err
  }
}

const containerKeys = ['content', 'stack', 'columns', 'ul', 'ol', 'body', 'table'] as const

/**
 * Walks a document definition in place and routes every character the main font lacks to a fallback font.
 * Table cells, stacks, columns and inline text arrays are all reached; functions (header/footer) are wrapped.
 */
export function applyFallback(lookup: FontLookup, node: unknown): unknown {
  if (typeof node === 'string') return fit(lookup, node)
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = applyFallback(lookup, node[i])
    return node
  }
  if (typeof node === 'function') {
    return (...args: unknown[]) => applyFallback(lookup, Reflect.apply(node, undefined, args))
  }
  if (!isRecord(node)) return node
  if (typeof node.text === 'string' || Array.isArray(node.text)) node.text = applyFallback(lookup, node.text)
  for (const key of containerKeys) if (key in node) node[key] = applyFallback(lookup, node[key])
  return node
}
