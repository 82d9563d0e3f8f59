import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { FilePayload } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { decodeCsv, parseCsv } from '../../../shared/members/csv'

export type Cell = string | number | Date | null
export interface SheetRow {
  /** The spreadsheet's own 1-based row number. */
  number: number
  cells: Cell[]
}
export interface Sheet {
  name: string
  rows: AsyncIterable<SheetRow>
}

const unreadable = (fileName: string, why: string) => new AppError('FILE_UNREADABLE', `无法读取文件「${fileName}」：${why}。数据库未做任何修改。`, { field: 'file' })

export function fileBytes(file: FilePayload): Buffer {
  const bytes = Buffer.from(file.contentBase64, 'base64')
  if (bytes.length === 0) throw unreadable(file.fileName, '文件是空的')
  return bytes
}

/** exceljs hands out rich text, formulas and hyperlinks as objects; the import needs what the cell shows. */
function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r: unknown) => (typeof r === 'object' && r && 'text' in r ? String(r.text) : '')).join('')
    if ('result' in value) return plain(value.result)
    if ('text' in value) return plain(value.text)
    if ('error' in value) return null
  }
  return String(value)
}

async function* xlsxRows(worksheet: AsyncIterable<ExcelJS.Row>, fileName: string): AsyncIterable<SheetRow> {
  try {
    for await (const row of rowsOf(worksheet)) yield row
  } catch (err) {
    if (err instanceof AppError) throw err
    throw unreadable(fileName, '文件已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入')
  }
}

async function* rowsOf(worksheet: AsyncIterable<ExcelJS.Row>): AsyncIterable<SheetRow> {
  for await (const row of worksheet) {
    const values = Array.isArray(row.values) ? row.values : []
    // exceljs rows are 1-based and sparse.
    const cells: Cell[] = []
    for (let i = 1; i < values.length; i++) cells.push(plain(values[i]))
    yield { number: row.number, cells }
  }
}

async function* csvRows(rows: string[][]): AsyncIterable<SheetRow> {
  for (const [i, r] of rows.entries()) yield { number: i + 1, cells: r }
}

/** The first worksheet of an .xlsx (streamed), or a CSV file. Anything else is refused with a Chinese reason. */
export async function openSheet(file: FilePayload): Promise<Sheet> {
  const bytes = fileBytes(file)
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw unreadable(file.fileName, '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入')
  if (zip) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' })
    // Only the first sheet is read; the iterator is not closed early because that would stop the zip stream.
    // The zip library's own words are English and mean nothing to a clerk; the message says what to do instead.
    const first = await reader[Symbol.asyncIterator]().next().catch(() => {
      throw unreadable(file.fileName, '不是有效的 .xlsx 文件，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入')
    })
    if (first.done) throw unreadable(file.fileName, '工作簿中没有工作表')
    const worksheet = first.value
    const name = 'name' in worksheet && typeof worksheet.name === 'string' ? worksheet.name : 'Sheet1'
    return { name, rows: xlsxRows(worksheet, file.fileName) }
  }
  if (bytes.includes(0)) throw unreadable(file.fileName, '不是 .xlsx 或 .csv 表格文件')
  const { text } = decodeCsv(bytes)
  return { name: file.fileName, rows: csvRows(parseCsv(text)) }
}
