import { createGzip, gunzipSync } from 'node:zlib'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { exchangedTable, type ExchangedTableName } from '../../../shared/exchange/exchanged-tables'

/**
 * The plaintext inside a `.udx` package: gzip over one JSON object per line (NDJSON), tables in the order of
 * `exchangedTables` so a receiver meets a parent before the rows that point at it.
 *
 *   {"t":"member","k":"<row key>","op":"upsert","row":{…columns…}}
 *   {"t":"member","k":"<row key>","op":"delete"}
 *
 * Lines, not one document: the writer streams rows out of the database and the reader walks them one at a time, so
 * neither holds a second copy of a 200,000-member register as objects.
 */
export type PayloadRow =
  | { t: ExchangedTableName; k: string; op: 'upsert'; row: Record<string, unknown> }
  | { t: ExchangedTableName; k: string; op: 'delete' }

/** An upsert whose row is already JSON text (a full export has SQLite write it): the same line, without a JS object. */
export interface PreparedUpsert {
  t: ExchangedTableName
  k: string
  op: 'upsert'
  rowJson: string
}

export interface EncodedPayload {
  bytes: Buffer
  /** Lines per table (upserts and deletes), for the manifest's row counts. */
  counts: Record<string, number>
}

const NEWLINE = 0x0a

/** Gzips the rows as they come; an async source lets the writer page through the database. */
export async function encodePayload(rows: Iterable<PayloadRow | PreparedUpsert> | AsyncIterable<PayloadRow | PreparedUpsert>): Promise<EncodedPayload> {
  const gzip = createGzip({ level: 6 })
  const chunks: Buffer[] = []
  gzip.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve, reject) => {
    gzip.once('end', resolve)
    gzip.once('error', reject)
  })
  const counts: Record<string, number> = {}
  let pending: string[] = []
  let pendingLength = 0
  const flush = async () => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    pendingLength = 0
    if (!gzip.write(text)) await new Promise((r) => gzip.once('drain', r))
  }
  for await (const row of rows) {
    counts[row.t] = (counts[row.t] ?? 0) + 1
    // Key order as JSON.stringify writes a PayloadRow, so both kinds make the same line.
    const line = 'rowJson' in row ? `{"t":${JSON.stringify(row.t)},"k":${JSON.stringify(row.k)},"op":"upsert","row":${row.rowJson}}\n` : `${JSON.stringify(row)}\n`
    pending.push(line)
    pendingLength += line.length
    if (pendingLength > 1 << 20) await flush()
  }
  await flush()
  gzip.end()
  await done
  return { bytes: Buffer.concat(chunks), counts }
}

/** A decompressed payload larger than this is refused rather than risk exhausting the PC's memory. */
export const maxPayloadBytes = 1536 * 1024 * 1024

const lineSchema = z.discriminatedUnion('op', [
  z.object({ t: z.string(), k: z.string().min(1), op: z.literal('upsert'), row: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.unknown()) }).strict(),
  z.object({ t: z.string(), k: z.string().min(1), op: z.literal('delete') }).strict(),
])

const corrupt = (why: string) => new AppError('EXCHANGE_PAYLOAD_CORRUPT', `内容校验失败：${why}，未导入`, { field: 'file' })

/** Unzips a verified payload; the rows are parsed one line at a time as the caller walks them. */
export function unzipPayload(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxPayloadBytes })
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw corrupt(`解压后超过 ${Math.round(maxPayloadBytes / 1024 / 1024)} MB`)
    }
    throw corrupt('数据无法解压')
  }
}

/** Walks the lines of an unzipped payload; a line that is not a row of a carried table stops the walk with its number. */
export function* payloadRows(plain: Buffer): Generator<PayloadRow> {
  let start = 0
  let lineNo = 0
  while (start < plain.length) {
    let end = plain.indexOf(NEWLINE, start)
    if (end < 0) end = plain.length
    lineNo += 1
    const text = plain.toString('utf8', start, end)
    start = end + 1
    if (text.length === 0) continue
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw corrupt(`第 ${lineNo} 行不是完整的 JSON`)
    }
    const parsed = lineSchema.safeParse(json)
    if (!parsed.success) throw corrupt(`第 ${lineNo} 行格式不正确`)
    const table = exchangedTable(parsed.data.t)
    if (!table) throw corrupt(`第 ${lineNo} 行的表「${parsed.data.t.slice(0, 40)}」不在交换范围内`)
    yield parsed.data as PayloadRow
  }
}
