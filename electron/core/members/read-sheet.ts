import type { FilePayload } from '../../../shared/contract/types'
import { decodeCsv, parseCsv } from '../../../shared/members/csv'
import { columnName, defaultReadLimits, limitMessages, refusedFile, type ReadLimits } from './xlsx/limits'

export type Cell = string | number | Date | null
export interface SheetRow {
  /** The spreadsheet's own 1-based row number. */
  number: number
  cells: Cell[]
  /** Issue 13: per column, the text Excel shows where it differs from the value (a date cell's formatted text). */
  shown?: Array<string | undefined>
}
export interface Sheet {
  name: string
  rows: AsyncIterable<SheetRow>
}

export function fileBytes(file: FilePayload): Buffer {
  const bytes = Buffer.from(file.contentBase64, 'base64')
  if (bytes.length === 0) throw refusedFile(file.fileName, '文件是空的')
  return bytes
}

/** CSV fields obey the same cell cap as .xlsx cells, so both kinds of file are refused alike. */
async function* csvRows(rows: string[][], fileName: string, limits: ReadLimits): AsyncIterable<SheetRow> {
  for (const [i, cells] of rows.entries()) {
    const long = cells.findIndex((c) => c.length > limits.cellChars)
    if (long >= 0) throw refusedFile(fileName, limitMessages.cellTooLong(`第${i + 1}行${columnName(long)}列`, limits), i + 1)
    yield { number: i + 1, cells }
  }
}

/** The first worksheet of an .xlsx (streamed), or a CSV file. Anything else is refused with a Chinese reason. */
export async function openSheet(file: FilePayload, limits: ReadLimits = defaultReadLimits): Promise<Sheet> {
  const bytes = fileBytes(file)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw refusedFile(file.fileName, '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入')
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Loaded on use, with its zip and XML libraries, so the CLI's start-up does not pay for them.
    const { openXlsx } = await import('./xlsx/read-xlsx')
    return openXlsx(bytes, file.fileName, limits)
  }
  if (bytes.includes(0)) throw refusedFile(file.fileName, '不是 .xlsx 或 .csv 表格文件')
  const { text } = decodeCsv(bytes)
  return { name: file.fileName, rows: csvRows(parseCsv(text), file.fileName, limits) }
}
