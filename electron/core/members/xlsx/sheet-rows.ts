import type { SheetRow, Cell } from '../read-sheet'
import { formatDateCell } from './date-format'
import { columnName, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, limitMessages, refusedFile } from './limits'
import { feedXml, ooxmlText, type XmlReader } from './xml-feed'
import type { XlsxPackage } from './zip-parts'

export interface SheetContext {
  part: string
  sharedStrings: readonly string[]
  /** Per style index, its number format code when that shows a date, else null. */
  dateStyles: ReadonlyArray<string | null>
  date1904: boolean
}

const DAY_MS = 86_400_000
/** Serial 0 of the 1900 system is 1899-12-30 (Excel counts the 29th of February 1900 that never was). */
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)

/** `C5` → column index 2 (0-based) and row 5; null when the reference is not a cell address. */
function parseRef(ref: string): { col: number; row: number } | null {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64)
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96)
    else break
    if (col > EXCEL_MAX_COLUMNS) return null
  }
  const row = Number(ref.slice(i))
  if (i === 0 || !Number.isInteger(row) || row < 1) return null
  return { col: col - 1, row }
}

/**
 * The rows of one worksheet as cells the import reads: text, numbers, dates (by the cell's number format, as a UTC
 * Date like exceljs gave), 是/否 for booleans, null for empty and error cells. Cells may be sparse (`r="C5"`); a row's
 * gaps are filled with null.
 */
export function sheetRows(pkg: XlsxPackage, ctx: SheetContext): AsyncIterable<SheetRow> {
  const { limits, fileName } = pkg
  let rowNumber = 0
  let cells: Cell[] = []
  let col = -1
  let type = 'n'
  let style = 0
  let inCell = false
  let inInline = false
  let phonetic = 0
  let capture = false
  let text = ''
  /** The cell's text as Excel shows it, when that differs from its value (a date cell): see SheetRow.shown. */
  let shownText: string | null = null
  let shown: Array<string | undefined> | undefined

  const where = () => `第${rowNumber}行${columnName(Math.max(col, 0))}列`
  const value = (): Cell => {
    switch (type) {
      case 's': {
        const s = ctx.sharedStrings[Number(text)]
        return s === undefined || s === '' ? null : s
      }
      case 'inlineStr':
      case 'str':
        return text === '' ? null : ooxmlText(text)
      case 'b':
        return text === '' ? null : text === '1' || text === 'true' ? '是' : '否'
      case 'e':
        return null
      case 'd': {
        const d = new Date(text)
        return Number.isNaN(d.getTime()) ? text : d
      }
      default: {
        if (text === '') return null
        const n = Number(text)
        if (!Number.isFinite(n)) return text
        const format = ctx.dateStyles[style]
        if (!format) return n
        const date = new Date(Math.round((ctx.date1904 ? EPOCH_1904 : EPOCH_1900) + n * DAY_MS))
        shownText = formatDateCell(format, date)
        return date
      }
    }
  }

  const reader: XmlReader<SheetRow> = {
    open(name, a) {
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? rowNumber + 1 : Number(a.r)
          if (!Number.isInteger(r) || r < 1 || r > EXCEL_MAX_ROWS) throw refusedFile(fileName, limitMessages.outOfRange(`第 ${a.r ?? ''} 行`))
          rowNumber = r
          cells = []
          shown = undefined
          col = -1
          break
        }
        case 'c': {
          if (a.r === undefined) col++
          else {
            const ref = parseRef(a.r)
            if (!ref || ref.row > EXCEL_MAX_ROWS) throw refusedFile(fileName, limitMessages.outOfRange(a.r), rowNumber)
            col = ref.col
          }
          if (col >= EXCEL_MAX_COLUMNS) throw refusedFile(fileName, limitMessages.outOfRange(`${columnName(col)}${rowNumber}`), rowNumber)
          type = a.t ?? 'n'
          style = a.s === undefined ? 0 : Number(a.s)
          inCell = true
          text = ''
          shownText = null
          break
        }
        case 'v':
          capture = inCell
          break
        case 'is':
          inInline = inCell
          break
        case 'rPh':
          phonetic++
          break
        case 't':
          capture = inInline && phonetic === 0
          break
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = false
          break
        case 'rPh':
          phonetic--
          break
        case 'is':
          inInline = false
          break
        case 'c': {
          const v = value()
          if (v !== null) {
            while (cells.length < col) cells.push(null)
            cells[col] = v
            if (shownText !== null) (shown ??= [])[col] = shownText
          }
          inCell = false
          break
        }
        case 'row':
          reader.done.push(shown ? { number: rowNumber, cells, shown } : { number: rowNumber, cells })
          cells = []
          shown = undefined
          break
      }
    },
    text(t) {
      if (!capture) return
      text += t
      if (text.length > limits.cellChars) throw refusedFile(fileName, limitMessages.cellTooLong(where(), limits), rowNumber)
    },
    done: [],
    stalled: () =>
      inCell ? refusedFile(fileName, limitMessages.cellTooLong(where(), limits), rowNumber) : refusedFile(fileName, limitMessages.runTooLong(ctx.part, limits)),
    malformed: () => refusedFile(fileName, `工作表「${ctx.part}」在第 ${rowNumber} 行附近已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`),
  }
  return feedXml(pkg.stream(ctx.part, limits.sheetBytes), reader, limits.cellXmlChars)
}
