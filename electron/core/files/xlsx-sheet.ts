/**
 * SpreadsheetML for one sheet of text cells, produced row by row. Written here rather than with exceljs's streaming
 * writer, which pipes into its zip without backpressure: measured on 200,000 × 26 cells it held 200 MB of unzipped
 * XML in memory by the end and would grow with the register. Every text cell is an inline string with the text format
 * (@), so ID numbers and accounts keep every digit and nothing typed is ever read as a formula; numbers, money and
 * formulas are only what core itself puts there (Cell).
 */

const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const pkgRel = 'http://schemas.openxmlformats.org/package/2006/relationships'
const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

/** Style ids in styles.xml below: 1 is text, 2 is bold text (the header row), 3 is a number shown as 0.00 (money). */
const textStyle = 1
const headerStyle = 2
const moneyStyle = 3

const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`

const styles = `${head}<styleSheet xmlns="${main}"><fonts count="2">${font(false)}${font(true)}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

export const sheetPartName = 'xl/worksheets/sheet1.xml'

/** Every part of the package except the sheet itself, as [path in the zip, content]. */
export function packageParts(sheetName: string): Array<[string, string]> {
  return [
    [
      '[Content_Types].xml',
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/${sheetPartName}" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
    ],
    ['_rels/.rels', `${head}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${head}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', styles],
  ]
}

/** A, B, … Z, AA, AB, … */
function columnLetters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let name = ''
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
    return name
  })
}

const needsEscape = /[&<>_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

/**
 * Text as XML character data. Control characters cannot appear in XML at all; Excel's own escape `_xHHHH_` keeps
 * them (and a literal `_xHHHH_` in the text is escaped in turn), so no character of the register is lost.
 */
export function xmlText(value: string): string {
  if (!needsEscape.test(value)) return value
  return value
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * A cell is text, or a number where the figure itself is the point (a row number to look up), or money in yuan shown
 * with two decimals (built-in format 2, 0.00), or a formula over the sheet's own cells with its result already worked
 * out (Excel shows the result without recalculating; a reader that does not calculate still sees the figure).
 */
export type Cell = string | number | MoneyCell | FormulaCell

export interface MoneyCell {
  yuan: number
}

export interface FormulaCell {
  /** Without the leading =, e.g. SUM(E2:E9); built by core from row numbers, never from data. */
  formula: string
  result: number
  money?: boolean
}

/** A cell as the text a CSV (or any reader of values) holds. */
export function cellText(c: Cell): string {
  if (typeof c === 'string') return c
  if (typeof c === 'number') return String(c)
  if ('yuan' in c) return c.yuan.toFixed(2)
  return c.money ? c.result.toFixed(2) : String(c.result)
}

const edgeSpace = /^\s|\s$/

function rowXml(letters: readonly string[], r: number, cells: readonly Cell[], style: number): string {
  let xml = `<row r="${r}">`
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]
    if (typeof v === 'number') {
      xml += `<c r="${letters[i] ?? ''}${r}"><v>${v}</v></c>`
      continue
    }
    if (typeof v === 'object') {
      if ('yuan' in v) xml += `<c r="${letters[i] ?? ''}${r}" s="${moneyStyle}"><v>${v.yuan}</v></c>`
      else xml += `<c r="${letters[i] ?? ''}${r}"${v.money ? ` s="${moneyStyle}"` : ''}><f>${xmlText(v.formula)}</f><v>${v.result}</v></c>`
      continue
    }
    if (v === undefined || v === '') continue
    const space = edgeSpace.test(v) ? ' xml:space="preserve"' : ''
    xml += `<c r="${letters[i] ?? ''}${r}" s="${style}" t="inlineStr"><is><t${space}>${xmlText(v)}</t></is></c>`
  }
  return `${xml}</row>`
}

export interface SheetColumn {
  header: string
  /** In characters; Excel's default is about 9. */
  width?: number
}

/** The sheet part in chunks of about 64 KB, pulled as the zip consumes them: header row frozen, columns text. */
export async function* sheetXml(columns: readonly SheetColumn[], rows: AsyncIterable<readonly Cell[]>): AsyncGenerator<string> {
  const letters = columnLetters(columns.length)
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 12}" style="${textStyle}" customWidth="1"/>`).join('')
  let chunk =
    `${head}<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rowXml(letters, 1, columns.map((c) => c.header), headerStyle)}`
  let r = 1
  for await (const cells of rows) {
    chunk += rowXml(letters, ++r, cells, textStyle)
    if (chunk.length >= 1 << 16) {
      yield chunk
      chunk = ''
    }
  }
  yield `${chunk}</sheetData></worksheet>`
}
