/** A piece of text printed in one font: `font` null means the main font. */
export interface TextRun {
  text: string
  font: string | null
}

/** What a font lookup answers for one code point: null = main font, a family name = fallback, undefined = none. */
export type FontFor = (codePoint: number) => string | null | undefined

export class MissingGlyph extends Error {
  constructor(
    readonly char: string,
    readonly codePoint: number,
    readonly text: string,
  ) {
    super(`no font has U+${codePoint.toString(16).toUpperCase()}`)
  }
}

/** U+XXXX in the form Unicode charts use. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Splits text into runs by the font that has each character, walking code points (so 𠮷, a surrogate pair, stays
 * whole). Layout characters (spaces, line breaks) stay with the run they are in. Throws MissingGlyph when no font
 * has a character: a blank or a box in a printed name is worse than a refusal.
 */
export function splitRuns(text: string, fontFor: FontFor): TextRun[] {
  const runs: TextRun[] = []
  let current: TextRun | undefined
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    let font: string | null
    if (cp <= 0x20 || cp === 0x3000) font = current?.font ?? null
    else {
      const found = fontFor(cp)
      if (found === undefined) throw new MissingGlyph(char, cp, text)
      font = found
    }
    if (current && current.font === font) current.text += char
    else {
      current = { text: char, font }
      runs.push(current)
    }
  }
  return runs
}

/** True when every character is in the main font, which is almost always: callers then keep the string as it is. */
export function needsFallback(text: string, inMain: (codePoint: number) => boolean): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (cp > 0x20 && cp !== 0x3000 && !inMain(cp)) return true
  }
  return false
}
