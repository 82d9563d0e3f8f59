import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { GeneratedFile } from '../../shared/contract/types'
import { findOutboxFile } from '../../electron/core/files/outbox'
import type { Core } from '../../electron/core/context'

/** The bytes of a file a call generated, read from the core's outbox as a transport would deliver them. */
export async function generatedBytes(core: Core, file: GeneratedFile): Promise<Buffer> {
  const found = await findOutboxFile(core.dataDir, file.ref)
  if (!found) throw new Error(`outbox has no file for ${file.ref}`)
  return readFile(found.path)
}

/** Every row of the first sheet as text cells (exceljs as an independent reader), header included. */
export async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([bytes]))
  const sheet = book.worksheets[0]
  const rows: string[][] = []
  // columnCount scans every row: read it once.
  const width = sheet?.columnCount ?? 0
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = []
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value
      cells.push(v === null || v === undefined ? '' : String(v))
    }
    rows.push(cells)
  })
  return rows
}

/** The number format and value type of one cell (1-based), to prove a cell is stored as text. */
export async function xlsxCellFormat(bytes: Buffer, row: number, col: number): Promise<{ numFmt: string | undefined; type: string }> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([bytes]))
  const cell = book.worksheets[0]?.getRow(row).getCell(col)
  return { numFmt: cell?.numFmt, type: cell?.type === ExcelJS.ValueType.String ? 'string' : String(cell?.type) }
}
