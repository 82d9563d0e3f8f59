import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { withoutTables } from './sfnt'

/** One font file the printer can use, parsed once per process. */
export interface PrintFont {
  /** pdfmake family name used in document definitions. */
  family: string
  /** Where it came from, for the error message and the report. */
  source: string
  bytes: Uint8Array
  /** Set for a face taken out of a .ttc collection. */
  postscriptName?: string
  face: fontkit.Font
}

interface Candidate {
  family: string
  /** Name of the copy in resources/fonts (packaged app), and where it lives in node_modules during development. */
  fileName?: string
  devPath?: string
  systemPath?: string
  postscriptName?: string
}

const mainRegular: Candidate = {
  family: 'Main',
  fileName: 'NotoSerifSC-Regular.ttf',
  devPath: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
}
const mainBold: Candidate = {
  family: 'MainBold',
  fileName: 'NotoSerifSC-Bold.ttf',
  devPath: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
}

/**
 * Fallbacks in the order they are tried for a glyph the main font lacks. Noto Serif SC (Google Fonts build) lacks
 * Extension B names such as 𠮷; the bundled Noto Serif JP has them. System fonts come last: SimSun-ExtB ships with
 * every Windows, Noto CJK and Hanazono with most Linux desktops.
 */
const fallbackCandidates: Candidate[] = [
  { family: 'Fb0', fileName: 'NotoSerifJP-Regular.ttf', devPath: '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf' },
  { family: 'Fb1', systemPath: 'C:/Windows/Fonts/simsunb.ttf' },
  { family: 'Fb2', systemPath: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular' },
  { family: 'Fb3', systemPath: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  { family: 'Fb4', systemPath: '/usr/share/fonts/truetype/hanazono/HanaMinA.ttf' },
  { family: 'Fb5', systemPath: '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf' },
]

/** The bundled files scripts/copy-fonts.mjs copies into resources/fonts (name there ← path in node_modules). */
export const bundledFontFiles = [mainRegular, mainBold, fallbackCandidates[0]].flatMap((c) =>
  c?.fileName && c.devPath ? [{ fileName: c.fileName, devPath: c.devPath }] : [],
)

/**
 * A font file inside an installed package, found the way Node finds modules from this file, so printing from the CLI
 * works whatever folder the clerk runs it in. A CommonJS bundle (the desktop shell) has no import.meta.url; it is
 * given fontsDir when packaged and runs from the project folder otherwise.
 */
function packagedFile(devPath: string): string | undefined {
  const from = typeof import.meta.url === 'string' ? import.meta.url : join(process.cwd(), 'package.json')
  try {
    return createRequire(from).resolve(devPath)
  } catch {
    return undefined
  }
}

function locate(c: Candidate, fontsDir: string | undefined): string | undefined {
  const paths = [
    c.fileName && fontsDir ? join(fontsDir, c.fileName) : undefined,
    c.fileName ? join(process.cwd(), 'resources', 'fonts', c.fileName) : undefined,
    c.devPath ? packagedFile(c.devPath) : undefined,
    c.systemPath,
  ]
  return paths.find((p): p is string => p !== undefined && existsSync(p))
}

function isFont(x: fontkit.Font | fontkit.FontCollection): x is fontkit.Font {
  return 'hasGlyphForCodePoint' in x
}

function load(c: Candidate, path: string): PrintFont {
  // Shaping tables are dropped from plain TrueType files (see sfnt.ts); collections are used as they are.
  const bytes = withoutTables(readFileSync(path), ['GSUB', 'GPOS', 'GDEF'])
  const parsed = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), c.postscriptName)
  if (!isFont(parsed)) throw new Error(`字体文件 ${path} 是字体集合，需要指定字体名`)
  const font: PrintFont = { family: c.family, source: path, bytes, face: parsed }
  if (c.postscriptName) font.postscriptName = c.postscriptName
  return font
}

export interface FontSet {
  regular: PrintFont
  bold: PrintFont
  /** Loaded lazily: a system CJK collection is 20–60 MB, and most documents never need it. */
  fallback(index: number): PrintFont | undefined
  readonly fallbackCount: number
}

export function loadFontSet(fontsDir: string | undefined): FontSet {
  const need = (c: Candidate) => {
    const path = locate(c, fontsDir)
    if (!path) throw new Error(`找不到打印字体 ${c.fileName ?? c.family}（应在 resources/fonts 或 node_modules 中）`)
    return load(c, path)
  }
  const regular = need(mainRegular)
  const bold = need(mainBold)
  const cache = new Map<number, PrintFont | null>()
  return {
    regular,
    bold,
    fallbackCount: fallbackCandidates.length,
    fallback(index) {
      if (!cache.has(index)) {
        const c = fallbackCandidates[index]
        const path = c ? locate(c, fontsDir) : undefined
        cache.set(index, c && path ? load(c, path) : null)
      }
      return cache.get(index) ?? undefined
    },
  }
}

/** The loaded fallback font registered under a pdfmake family name. */
export function fallbackFace(fonts: FontSet, family: string | null | undefined): PrintFont | undefined {
  for (let i = 0; family && i < fonts.fallbackCount; i++) {
    const fb = fonts.fallback(i)
    if (fb?.family === family) return fb
  }
  return undefined
}
