import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FilePayload } from '../../../shared/contract/types'

const dir = mkdtempSync(join(tmpdir(), 'uniondesk-print-'))
let n = 0

export function pdfPath(file: FilePayload): string {
  const path = join(dir, `${++n}.pdf`)
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'))
  return path
}

/** What a reader gets back from the PDF (poppler's pdftotext), page by page. */
export function pdfPages(file: FilePayload, layout = false): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdfPath(file), '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

/** pdffonts rows: name, embedded, subset. */
export function pdfFonts(file: FilePayload): Array<{ name: string; emb: boolean; sub: boolean }> {
  const out = execFileSync('pdffonts', [pdfPath(file)], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
  return out.map((l) => {
    const cols = l.trim().split(/\s+/)
    // name type... encoding emb sub uni objectId gen: read from the right.
    return { name: cols[0] ?? '', emb: cols.at(-5) === 'yes', sub: cols.at(-4) === 'yes' }
  })
}

/** pdftotext drops the spaces pdfmake puts between Chinese and figures (第 1 页 → 第1页); compare without them. */
export const compact = (text: string) => text.replace(/\s+/g, '')
