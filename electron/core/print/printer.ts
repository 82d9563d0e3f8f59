import pdfmake from 'pdfmake'
import pdfDocumentModule from 'pdfmake/js/PDFDocument.js'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { applyFallback, fontLookup, type FontLookup } from './fallback'
import { fallbackFace, loadFontSet, type FontSet, type PrintFont } from './fonts'
import type { Measure } from './docs/text-lines'

/** What pdfmake's PDFDocument keeps per document; only these fields are touched. */
interface PdfDocumentState {
  fontCache: Record<string, Record<string, unknown> | undefined>
  _fontFamilies: Record<string, unknown>
  _fontCount: number
}

function isConstructor(x: unknown): x is abstract new (...args: never[]) => unknown {
  return typeof x === 'function' && typeof Reflect.get(x, 'prototype') === 'object'
}

/** Node's ESM loader hands over module.exports; a bundler hands over its `default`. Accept both. */
function pdfDocumentClass(): abstract new (...args: never[]) => unknown {
  const candidate: unknown = isConstructor(pdfDocumentModule) ? pdfDocumentModule : Reflect.get(Object(pdfDocumentModule), 'default')
  if (!isConstructor(candidate)) throw new Error('pdfmake 的 PDFDocument 结构与预期不符')
  return candidate
}

function fitted(lookup: FontLookup, content: Content | null | undefined): Content {
  const holder: Content[] = [content ?? '']
  applyFallback(lookup, holder)
  return holder
}

export interface Printer {
  fonts: FontSet
  lookup: FontLookup
  /** Width in points as pdfkit will print it (advance widths; shaping tables are dropped, see fonts.ts). */
  measure: Measure
  /** Renders a document definition to PDF bytes, after routing missing glyphs to fallback fonts. */
  render(dd: TDocumentDefinitions): Promise<Buffer>
}

/** Per code point advance in em, from the face that will print it: the main font, else its fallback. */
function measurer(fonts: FontSet, lookup: FontLookup): Measure {
  const widths = (main: PrintFont) => {
    const memo = new Map<number, number>()
    return (cp: number): number => {
      let em = memo.get(cp)
      if (em === undefined) {
        const family = main.face.hasGlyphForCodePoint(cp) ? main.family : lookup.fontFor(cp)
        const face = family === main.family ? main.face : fallbackFace(fonts, family)?.face
        em = face ? face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm : 1
        memo.set(cp, em)
      }
      return em
    }
  }
  const regular = widths(fonts.regular)
  const bold = widths(fonts.bold)
  return (text, size, isBold = false) => {
    const width = isBold ? bold : regular
    let em = 0
    for (const ch of text) em += width(ch.codePointAt(0) ?? 0)
    return em * size
  }
}

let instance: Printer | undefined
let instanceDir: string | undefined

/**
 * One printer per process. pdfkit would otherwise parse each font again for every document (measured: 120 ms a
 * file with three fonts); here every document's font is an EmbeddedFont around one shared, already parsed fontkit
 * face, so a thousand separate files cost a thousand layouts, not a thousand font parses.
 */
export function getPrinter(fontsDir: string | undefined): Printer {
  if (instance && instanceDir === fontsDir) return instance
  const fonts = loadFontSet(fontsDir)
  const lookup = fontLookup(fonts)
  const PdfDocument = pdfDocumentClass()
  const faceFor = (family: string, bold: boolean): PrintFont => {
    if (family === 'Main') return bold ? fonts.bold : fonts.regular
    const fb = fallbackFace(fonts, family)
    if (!fb) throw new Error(`未登记的打印字体 ${family}`)
    return fb
  }
  // The EmbeddedFont class is not exported by pdfkit; take it from one font opened the ordinary way.
  const probe: unknown = Reflect.construct(PdfDocument, [{}, {}, {}, {}, { autoFirstPage: false, font: null }])
  const opened: unknown = Reflect.apply(Reflect.get(Object(probe), 'font'), probe, [Buffer.from(fonts.regular.bytes)])
  const EmbeddedFont: unknown = Reflect.get(Object(Reflect.get(Object(opened), '_font')), 'constructor')
  if (!isConstructor(EmbeddedFont)) throw new Error('pdfkit 的 EmbeddedFont 结构与预期不符')
  const EmbeddedFontClass = EmbeddedFont

  function provideFont(this: PdfDocumentState, family: string, bold: boolean): unknown {
    const type = bold ? 'bold' : 'normal'
    const byType = (this.fontCache[family] ??= {})
    const cached = byType[type]
    if (cached) return cached
    const id = `F${++this._fontCount}`
    const embedded: unknown = Reflect.construct(EmbeddedFontClass, [this, faceFor(family, bold).face, id])
    // Registered under its id so pdfkit finalises (subsets and embeds) it when the document ends.
    this._fontFamilies[id] = embedded
    byType[type] = embedded
    return embedded
  }
  Reflect.set(Object(Reflect.get(PdfDocument, 'prototype')), 'provideFont', provideFont)

  // Fonts are served from memory by provideFont; nothing may be read from disk or fetched for a document.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  const families = ['Main', ...Array.from({ length: fonts.fallbackCount }, (_, i) => `Fb${i}`)]
  pdfmake.setFonts(Object.fromEntries(families.map((f) => [f, { normal: f, bold: f, italics: f, bolditalics: f }])))

  instance = {
    fonts,
    lookup,
    measure: measurer(fonts, lookup),
    async render(dd) {
      // The walk edits in place; a holder array lets it replace even a top-level string.
      const body: Content[] = [dd.content]
      applyFallback(lookup, body)
      dd.content = body
      const { header, footer } = dd
      if (typeof header === 'function') dd.header = (...args) => fitted(lookup, header(...args))
      if (typeof footer === 'function') dd.footer = (...args) => fitted(lookup, footer(...args))
      dd.defaultStyle = { font: 'Main', ...dd.defaultStyle }
      return pdfmake.createPdf(dd).getBuffer()
    },
  }
  instanceDir = fontsDir
  return instance
}

/**
 * Loads the fonts (through 𠮷 also the bundled Extension B fallback) and lays out one small page, so the first
 * preview a clerk opens does not pay for font parsing and a cold layout engine. Transports call it right after
 * opening the core, without awaiting it. It yields to the event loop before anything else, so the code that follows the
 * call (registering the IPC handler, creating the window) runs first; the font parsing itself is synchronous and
 * still occupies this thread for its duration once it starts.
 */
export async function warmPrinter(fontsDir: string | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  const printer = getPrinter(fontsDir)
  await printer.render({ content: [{ text: '预热 0123 ¥', bold: true }, '张王李赵 壹贰叁 二〇二六年 𠮷'] })
}
