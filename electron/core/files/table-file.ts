import { Readable } from 'node:stream'
import type { GeneratedFile } from '../../../shared/contract/types'
import { csvField } from '../../../shared/members/csv'
import { writeOutboxFile } from './outbox'
import { cellText, packageParts, sheetPartName, sheetXml, type Cell, type SheetColumn } from './xlsx-sheet'

export interface TableFile {
  dataDir: string
  /** With its extension, which must match `format`. */
  fileName: string
  format: 'xlsx' | 'csv'
  sheetName: string
  columns: readonly SheetColumn[]
  /** Cells, text unless a number is meant; pulled only as fast as the file is written, so no more than a chunk is ever held. */
  rows: AsyncIterable<readonly Cell[]>
  /** The call's clock, stamped on the zip entries. */
  now: string
}

/** BOM so Excel opens UTF-8 Chinese correctly; CRLF as Excel writes it. */
async function* csvText(columns: readonly SheetColumn[], rows: AsyncIterable<readonly Cell[]>): AsyncGenerator<string> {
  let chunk = `\uFEFF${columns.map((c) => csvField(c.header)).join(',')}\r\n`
  for await (const cells of rows) {
    chunk += `${cells.map((c) => (typeof c === 'string' ? csvField(c) : cellText(c))).join(',')}\r\n`
    if (chunk.length >= 1 << 16) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk
}

/** yazl pipes each entry through node's zlib with backpressure all the way back to `rows`. Loaded only when used. */
async function xlsxBytes(spec: TableFile, rows: AsyncIterable<readonly Cell[]>): Promise<Readable> {
  const { ZipFile } = await import('yazl')
  const zip = new ZipFile()
  const mtime = new Date(spec.now)
  for (const [name, text] of packageParts(spec.sheetName)) zip.addBuffer(Buffer.from(text, 'utf8'), name, { mtime })
  const sheet = Readable.from(sheetXml(spec.columns, rows))
  const out = Readable.from(zip.outputStream, { objectMode: false })
  // A failing query (or zip) must fail the file, not leave the pipeline waiting for bytes that never come.
  sheet.once('error', (err) => out.destroy(err))
  zip.once('error', (err: Error) => out.destroy(err))
  // When the writer gives up (a full disk, an unwritable folder), the sheet stops reading the register as well.
  out.once('close', () => sheet.destroy())
  // Level 3: as small as the default 6 on sheet XML (17.6 against 17.4 MB for 200,000 members), in a third less time.
  zip.addReadStream(sheet, sheetPartName, { mtime, compressionLevel: 3 })
  zip.end()
  return out
}

/** Streams a header row and text rows into the outbox as .xlsx or .csv; the result says how many rows it holds. */
export async function writeTableFile(spec: TableFile): Promise<Omit<GeneratedFile, 'rows'> & { rows: number }> {
  let rows = 0
  async function* counted() {
    for await (const cells of spec.rows) {
      rows++
      yield cells
    }
  }
  const source = spec.format === 'csv' ? Readable.from(csvText(spec.columns, counted())) : await xlsxBytes(spec, counted())
  return { ...(await writeOutboxFile(spec.dataDir, spec.fileName, source)), rows }
}
