import type { SaxesParser } from 'saxes'
import type { AppError } from '../../../../shared/errors'
import { commonJs } from './commonjs'

/** What a part's reader does with the XML: handlers on the parser, and what it has finished since the last call. */
export interface XmlReader<T> {
  open(name: string, attributes: Record<string, string>): void
  close(name: string): void
  text(text: string): void
  /** Items completed so far; the feed empties the list after each chunk. */
  done: T[]
  /** The refusal when `limit` characters pass without a tag (a giant cell, attribute or text). */
  stalled(): AppError
  /** Called on malformed XML. */
  malformed(): AppError
}

/** `x:row` and `row` are the same element; some writers prefix the spreadsheet namespace. */
export function localName(name: string): string {
  const i = name.indexOf(':')
  return i < 0 ? name : name.slice(i + 1)
}

/** Excel's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function ooxmlText(raw: string): string {
  return raw.includes('_x') ? raw.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw
}

/**
 * Feeds decoded text into saxes and yields what the reader completes. saxes holds a text node until its closing tag,
 * so the feed counts the characters since the last event and stops a stretch longer than `limit` while it is still
 * small (a 300 MB cell is refused after a few hundred KB, not after holding it all).
 */
export async function* feedXml<T>(pieces: AsyncIterable<string>, reader: XmlReader<T>, limit: number): AsyncGenerator<T> {
  const { SaxesParser } = commonJs(await import('saxes'), 'SaxesParser')
  const parser: SaxesParser = new SaxesParser({ position: false })
  let fed = 0
  let lastEvent = 0
  parser.on('opentag', (tag) => {
    lastEvent = fed
    reader.open(localName(tag.name), tag.attributes)
  })
  parser.on('closetag', (tag) => {
    lastEvent = fed
    reader.close(localName(tag.name))
  })
  parser.on('text', (text) => {
    lastEvent = fed
    reader.text(text)
  })
  parser.on('cdata', (text) => {
    lastEvent = fed
    reader.text(text)
  })
  parser.on('error', () => {
    throw reader.malformed()
  })
  for await (const piece of pieces) {
    // Events raised while this piece is parsed record `fed` as it stands after it: an upper bound of their position.
    fed += piece.length
    parser.write(piece)
    if (fed - lastEvent > limit) throw reader.stalled()
    if (reader.done.length) {
      const done = reader.done
      reader.done = []
      yield* done
    }
  }
  parser.close()
  yield* reader.done
}
