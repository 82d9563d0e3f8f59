import fc from 'fast-check'

/**
 * Values a clerk, a damaged file or a hostile page could send in place of any field. Each group is a kind of trouble the
 * core must answer with a typed refusal (or accept as plain data), never with a crash.
 */
export const hostileStrings: readonly string[] = [
  // SQL fragments: every query is parameterised, so these must come back as data or a refusal.
  "'; DROP TABLE member;--",
  "'; DROP TABLE members;--",
  "' OR '1'='1",
  '" OR 1=1 --',
  '%',
  '_%',
  '\\',
  '*',
  '"',
  // Extension B and other astral characters (one character, two UTF-16 units).
  '𠀀',
  '𪚥',
  '𠮷𠮷𠮷',
  '王𪚥',
  '😀',
  // Paths where a name or a title could become a file name.
  '../../x',
  '..\\..\\x',
  'C:\\x',
  '/etc/passwd',
  'x/../../../escaped',
  'CON',
  'NUL.txt',
  // Control characters, separators a JSON or CSV writer must escape, a lone surrogate, a byte-order mark.
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m红\u001b[0m',
  '\r\n',
  '\t',
  '\u2028\u2029',
  '\uFEFF',
  '\uD800',
  '\uDFFF王',
  '\u202Eabc',
  // Blank in several ways.
  '',
  ' ',
  '\u3000',
  // Look like other types.
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  // Look like valid values but are not.
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '110101199003077777',
  '11010119900307651X ',
  '６２０１０２１９８００１０１０６２２',
]

export const hostileNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0,
  0.5,
  -2147483649,
  2 ** 31,
  2 ** 53,
  2 ** 63,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
]

/** An object nested deeper than any form: walking it must not overflow a stack. */
function deeplyNested(depth: number): unknown {
  let v: unknown = 'deep'
  for (let i = 0; i < depth; i++) v = { a: v }
  return v
}

/** A structured-clone input (Electron IPC carries these): a cycle, which JSON cannot write. */
function cyclic(): unknown {
  const o: Record<string, unknown> = { name: '循环' }
  o.self = o
  return o
}

/** Wrong types, huge values and odd objects, drawn fresh each time (a cyclic or nested object must not be shared). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 4, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false) },
  // Huge strings: past every max(), and one past the 32 KB SQLite and audit clips.
  { weight: 1, arbitrary: fc.constantFrom(300, 5_000, 200_000).chain((n) => fc.constantFrom('甲'.repeat(n), 'a'.repeat(n), '𠀀'.repeat(n), "'".repeat(n))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], [''], { '': '' }, { length: 1 }) },
  { weight: 1, arbitrary: fc.constant(null).map(() => deeplyNested(3_000)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => cyclic()) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(10n, new Date(Number.NaN), new Date(0), new Uint8Array([0, 1, 2])) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }) },
)
