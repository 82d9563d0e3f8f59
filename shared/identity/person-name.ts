/**
 * Person names (domain.md §4.5). No Unicode normalisation (NFC/NFKC) is applied on purpose: it would fold CJK
 * compatibility ideographs into other code points and silently change rare characters in real names.
 */

export interface NormalizedName {
  value: string
  warnings: string[]
}

const MIDDLE_DOT = '\u00B7'
/** ・ ･ • ‧ ． and the correct · itself, which may also have stray spaces around it. */
const DOTS = '\u00B7\u30FB\uFF65\u2022\u2027\uFF0E'
// A dot only separates name parts when there is a letter (Han or Latin) on both sides.
const DOT_BETWEEN_PARTS = new RegExp(`(?<=\\p{L}|\\p{M})\\s*[${DOTS}]\\s*(?=\\p{L})`, 'gu')
const MISPLACED_DOT = new RegExp(`(?<!\\p{L}|\\p{M})[${DOTS}]|[${DOTS}](?!\\p{L})`, 'gu')
const ALLOWED = new RegExp(`[\\p{L}\\p{M} .'${DOTS}-]`, 'u')
// An ASCII full stop between two Han characters is a mistyped middle dot; in Latin names (J. Smith) it is kept.
const PERIOD_BETWEEN_HAN = /(?<=\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu

export function normalizePersonName(raw: string): NormalizedName {
  const value = raw
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(DOT_BETWEEN_PARTS, MIDDLE_DOT)
    .replace(PERIOD_BETWEEN_HAN, MIDDLE_DOT)
    .replace(SPACE_BETWEEN_HAN, '')
  return { value, warnings: nameWarnings(value) }
}

/** Length in code points, so 𠮷 (U+20BB7, two UTF-16 units) counts as one character. */
export function nameLength(s: string): number {
  return Array.from(s).length
}

function nameWarnings(value: string): string[] {
  if (value === '') return ['姓名为空']
  const warnings = new Set<string>()
  for (const [dot] of value.matchAll(MISPLACED_DOT)) warnings.add(`姓名中的「${dot}」不在两个字之间，请核对`)
  for (const c of Array.from(value)) {
    const problem = characterProblem(c)
    if (problem) warnings.add(problem)
  }
  return [...warnings]
}

function characterProblem(c: string): string | null {
  if (/\p{Co}/u.test(c)) {
    const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase()
    return `姓名含有私用区字符 U+${hex}（多为旧系统造字），请改用 GB 18030-2022 标准汉字`
  }
  if (/\p{N}/u.test(c)) return '姓名含有数字，请核对'
  if (ALLOWED.test(c)) return null
  return `姓名含有符号「${c}」，请核对`
}
