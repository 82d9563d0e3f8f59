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

/**
 * Style ids in styles.xml below: 1 is text, 2 is bold text (the header row), 3 is a number shown as 0.00 (money);
 * 4 is a report's title (bold, larger), 5 a bold number and 6 bold money (a totals row).
 */
const textStyle = 1
const headerStyle = 2
const moneyStyle = 3
const titleStyle = 4
const strongNumberStyle = 5
const strongMoneyStyle = 6

const font = (bold: boolean, size = 11) => `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`

const styles = `${head}<styleSheet xmlns="${main}"><fonts count="3">${font(false)}${font(true)}${font(true, 14)}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

/** The zip path of the workbook's sheet number `index` (0-based). */
export const sheetPartNameAt = (index: number) => `xl/worksheets/sheet${index + 1}.xml`

/** Every part of the package except the sheets themselves, as [path in the zip, content]; one sheet per name, in order. */
export function packageParts(sheetNames: string | readonly string[]): Array<[string, string]> {
  const names = typeof sheetNames === 'string' ? [sheetNames] : sheetNames
  const sheetTypes = names.map((_, i) => `<Override PartName="/${sheetPartNameAt(i)}" ContentType="${ct}.worksheet+xml"/>`).join('')
  const sheets = names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  const sheetRels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
  return [
    [
      '[Content_Types].xml',
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
    ],
    ['_rels/.rels', `${head}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets}</sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      `${head}<Relationships xmlns="${pkgRel}">${sheetRels}<Relationship Id="rId${names.length + 1}" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', styles],
  ]
}

/** A, B, … Z, AA, AB, … */
export function columnLetters(count: number): string[] {
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
export type Cell = string | number | MoneyCell | FormulaCell | StrongText

export interface MoneyCell {
  yuan: number
}

export interface FormulaCell {
  /** Without the leading =, e.g. SUM(E2:E9); built by core from row numbers, never from data. */
  formula: string
  result: number
  money?: boolean
  /** Bold, as a totals row is. */
  strong?: boolean
}

/** Bold text (the label of a totals row). */
export interface StrongText {
  strong: string
}

/** A cell as the text a CSV (or any reader of values) holds. */
export function cellText(c: Cell): string {
  if (typeof c === 'string') return c
  if (typeof c === 'number') return String(c)
  if ('yuan' in c) return c.yuan.toFixed(2)
  if ('formula' in c) return c.money ? c.result.toFixed(2) : String(c.result)
  return c.strong
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
      else if ('formula' in v) {
        const s = v.strong ? (v.money ? strongMoneyStyle : strongNumberStyle) : v.money ? moneyStyle : undefined
        xml += `<c r="${letters[i] ?? ''}${r}"${s === undefined ? '' : ` s="${s}"`}><f>${xmlText(v.formula)}</f><v>${v.result}</v></c>`
      } else xml += textCell(`${letters[i] ?? ''}${r}`, v.strong, headerStyle)
      continue
    }
    if (v === undefined || v === '') continue
    xml += textCell(`${letters[i] ?? ''}${r}`, v, style)
  }
  return `${xml}</row>`
}

function textCell(ref: string, text: string, style: number): string {
  const space = edgeSpace.test(text) ? ' xml:space="preserve"' : ''
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`
}

export interface SheetColumn {
  header: string
  /** In characters; Excel's default is about 9. */
  width?: number
}

/** What a report sheet adds around its table; a plain export needs none of it. */
export interface SheetLayout {
  /**
   * Lines above the header row, each merged across the table: the first is the title (bold, larger), the rest plain
   * (reporting period, units). The header row follows them, so data rows start at row `preamble.length + 2`.
   */
  preamble?: readonly string[]
  /** Columns kept in view when scrolling sideways (the row's name). */
  freezeColumns?: number
  /** Printed across an A4 sheet (a wide table). */
  landscape?: boolean
}

/** The sheet part in chunks of about 64 KB, pulled as the zip consumes them: header row frozen, columns text. */
export async function* sheetXml(columns: readonly SheetColumn[], rows: AsyncIterable<readonly Cell[]>, layout: SheetLayout = {}): AsyncGenerator<string> {
  const letters = columnLetters(columns.length)
  const preamble = layout.preamble ?? []
  const headerRow = preamble.length + 1
  const xSplit = layout.freezeColumns ?? 0
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 12}" style="${textStyle}" customWidth="1"/>`).join('')
  const pane = `<pane${xSplit ? ` xSplit="${xSplit}"` : ''} ySplit="${headerRow}" topLeftCell="${letters[xSplit] ?? 'A'}${headerRow + 1}" activePane="${xSplit ? 'bottomRight' : 'bottomLeft'}" state="frozen"/>`
  const titleRows = preamble.map((line, i) => rowXml(letters, i + 1, [line], i === 0 ? titleStyle : textStyle)).join('')
  let chunk =
    `${head}<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${titleRows}${rowXml(letters, headerRow, columns.map((c) => c.header), headerStyle)}`
  let r = headerRow
  for await (const cells of rows) {
    chunk += rowXml(letters, ++r, cells, textStyle)
    if (chunk.length >= 1 << 16) {
      yield chunk
      chunk = ''
    }
  }
  const last = letters[letters.length - 1] ?? 'A'
  const merges = preamble.length && letters.length > 1 ? `<mergeCells count="${preamble.length}">${preamble.map((_, i) => `<mergeCell ref="A${i + 1}:${last}${i + 1}"/>`).join('')}</mergeCells>` : ''
  const page = layout.landscape ? '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>' : ''
  yield `${chunk}</sheetData>${merges}${page}</worksheet>`
}
