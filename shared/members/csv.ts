/**
 * CSV as Excel and WPS save it. The only CSV parser in node_modules (@fast-csv/parse) is a transitive dependency of
 * exceljs, not ours to rely on, and the format needs only this much: quotes, doubled quotes, commas and newlines
 * inside quotes, CRLF or LF.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true })
const gb18030 = new TextDecoder('gb18030')

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes)
    return true
  } catch {
    // Not valid UTF-8: the only answer this function gives.
    return false
  }
}

/** A line whose valid UTF-8 reading uses a 3- or 4-byte sequence (Chinese text does); GBK text is almost never that. */
function hasLongUtf8Sequence(line: Uint8Array): boolean {
  for (const b of line) if (b >= 0xe0) return true
  return false
}

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK), as Excel saves it in
 * China. A file that mixes the two (rows pasted together from different programs) is decoded line by line: a line that
 * is valid UTF-8 with Chinese in it is UTF-8, any other line GB18030. Without that, one UTF-8 line in a GBK file is
 * read as GBK and 王五 is stored as 鐜嬩簲. A line that is valid UTF-8 only in two-byte sequences (GBK 联通 is one) stays
 * GB18030, the file's own encoding. Line feeds and quotes are single bytes in both encodings, so lines split safely.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'mixed'; utf8Lines: number[] } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (isUtf8(body)) return { text: utf8.decode(body), encoding: 'utf-8', utf8Lines: [] }
  const parts: string[] = []
  const utf8Lines: number[] = []
  let start = 0
  for (let line = 1; start <= body.length; line++) {
    const lf = body.indexOf(0x0a, start)
    const end = lf < 0 ? body.length : lf + 1
    const bytesOfLine = body.subarray(start, end)
    if (hasLongUtf8Sequence(bytesOfLine) && isUtf8(bytesOfLine)) {
      parts.push(utf8.decode(bytesOfLine))
      utf8Lines.push(line)
    } else parts.push(gb18030.decode(bytesOfLine))
    if (lf < 0) break
    start = end
  }
  return { text: parts.join(''), encoding: utf8Lines.length ? 'mixed' : 'gb18030', utf8Lines }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Quotes a field when it has to be: commas, quotes, newlines, or a leading = + - @ (no formula injection in Excel). */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
