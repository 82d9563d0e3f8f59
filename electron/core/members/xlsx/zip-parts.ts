import type { Entry, ZipFile } from 'yauzl'
import { AppError } from '../../../../shared/errors'
import { limitMessages, refusedFile, type ReadLimits } from './limits'
import { commonJs } from './commonjs'

/** The parts of an .xlsx package (a zip), looked up by name; part names are case-insensitive in OPC. */
export interface XlsxPackage {
  fileName: string
  limits: ReadLimits
  has(part: string): boolean
  /** A small part's whole text (workbook, relationships, styles). */
  text(part: string, budget?: number): Promise<string>
  /** A large part's text in decoded pieces, never splitting a character, within `budget` decompressed bytes. */
  stream(part: string, budget: number): AsyncIterable<string>
}

/** More parts than any workbook has; a zip with more is not a spreadsheet. */
const MAX_PARTS = 10_000

export async function openPackage(bytes: Buffer, fileName: string, limits: ReadLimits): Promise<XlsxPackage> {
  // Loaded on use, so the CLI's start-up does not pay for it.
  const { fromBufferPromise } = commonJs(await import('yauzl'), 'fromBufferPromise')
  const notXlsx = () => refusedFile(fileName, '不是有效的 .xlsx 文件，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入')
  const zip = await fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }).catch(() => {
    throw notXlsx()
  })
  if (zip.entryCount > MAX_PARTS) throw notXlsx()
  const entries = new Map<string, Entry>()
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName.toLowerCase(), entry)
  } catch {
    throw notXlsx()
  }
  const entryOf = (part: string) => {
    const entry = entries.get(part.toLowerCase())
    if (!entry) throw refusedFile(fileName, `缺少「${part}」，文件已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`)
    if (entry.isEncrypted()) throw refusedFile(fileName, '文件设置了密码，请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入')
    return entry
  }
  const stream = (part: string, budget: number) => decodedPart(zip, entryOf(part), { fileName, part, budget, limits })
  return {
    fileName,
    limits,
    has: (part) => entries.has(part.toLowerCase()),
    stream,
    async text(part, budget = limits.smallPartBytes) {
      let out = ''
      for await (const piece of stream(part, budget)) out += piece
      return out
    },
  }
}

/** The decoder the part's byte-order mark asks for: parts are UTF-8 unless they start with a UTF-16 BOM. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le')
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be')
  // Not fatal: a damaged byte becomes U+FFFD, which validation then refuses naming its row and field.
  return new TextDecoder('utf-8')
}

async function* decodedPart(zip: ZipFile, entry: Entry, at: { fileName: string; part: string; budget: number; limits: ReadLimits }): AsyncIterable<string> {
  const { fileName, part, budget, limits } = at
  const overRatio = (bytes: number) => bytes > limits.ratioGraceBytes && bytes > limits.inflateRatio * Math.max(entry.compressedSize, 1)
  // The sizes the zip states are checked first (cheap), then the bytes actually inflated (a zip may lie about them).
  if (entry.uncompressedSize > budget) throw refusedFile(fileName, limitMessages.partTooLarge(part, budget))
  if (overRatio(entry.uncompressedSize)) throw refusedFile(fileName, limitMessages.ratioTooHigh(part, limits))
  const damaged = () => refusedFile(fileName, `「${part}」已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`)
  const raw = await zip.openReadStreamPromise(entry).catch(() => {
    throw damaged()
  })
  let decoder: TextDecoder | null = null
  let bytes = 0
  try {
    // The decoder is fed in streaming mode, so a character whose bytes straddle two inflated chunks is kept whole.
    for await (const chunk of raw) {
      if (!(chunk instanceof Uint8Array)) throw damaged()
      bytes += chunk.length
      if (bytes > budget) throw refusedFile(fileName, limitMessages.partTooLarge(part, budget))
      if (overRatio(bytes)) throw refusedFile(fileName, limitMessages.ratioTooHigh(part, limits))
      decoder ??= decoderFor(chunk)
      const text = decoder.decode(chunk, { stream: true })
      if (text !== '') yield text
    }
  } catch (err) {
    if (err instanceof AppError) throw err
    throw damaged()
  } finally {
    raw.destroy()
  }
  const rest = decoder?.decode() ?? ''
  if (rest !== '') yield rest
}
