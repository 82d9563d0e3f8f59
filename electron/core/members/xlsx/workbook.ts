import { feedXml, type XmlReader } from './xml-feed'
import { builtInDateFormats } from './date-format'
import { refusedFile } from './limits'
import type { XlsxPackage } from './zip-parts'

interface Element {
  name: string
  attributes: Record<string, string>
  /** Names of the enclosing elements, outermost first. */
  path: string[]
}

/** Every element of a small part, in document order (relationships, workbook, styles: a few KB). */
async function elementsOf(pkg: XlsxPackage, part: string): Promise<Element[]> {
  const text = await pkg.text(part)
  const out: Element[] = []
  const path: string[] = []
  const reader: XmlReader<never> = {
    open(name, attributes) {
      out.push({ name, attributes, path: [...path] })
      path.push(name)
    },
    close() {
      path.pop()
    },
    text() {},
    done: [],
    stalled: () => refusedFile(pkg.fileName, `「${part}」已损坏`),
    malformed: () => refusedFile(pkg.fileName, `「${part}」已损坏，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`),
  }
  for await (const _ of feedXml(one(text), reader, Number.MAX_SAFE_INTEGER)) void _
  return out
}

async function* one(text: string): AsyncIterable<string> {
  yield text
}

/** The attribute whose local name is `local`, whatever prefix the writer gave its namespace (`r:id`, `ns1:id`). */
function prefixed(attributes: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(`:${local}`)) return value
  return undefined
}

/** A relationship target resolved against the folder of the part that owns it (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`). */
function resolve(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.' && seg !== '') parts.push(seg)
  }
  return parts.join('/')
}

function relsPath(part: string): string {
  const i = part.lastIndexOf('/')
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`
}

interface Relationship {
  id: string
  type: string
  target: string
}

async function relationships(pkg: XlsxPackage, part: string): Promise<Relationship[]> {
  const rels = relsPath(part)
  if (!pkg.has(rels)) return []
  return (await elementsOf(pkg, rels))
    .filter((e) => e.name === 'Relationship' && e.attributes.TargetMode !== 'External' && e.attributes.Target)
    .map((e) => ({ id: e.attributes.Id ?? '', type: e.attributes.Type ?? '', target: resolve(part, e.attributes.Target ?? '') }))
}

export interface WorkbookParts {
  sheetName: string
  sheetPart: string
  sharedStringsPart: string | null
  stylesPart: string | null
  date1904: boolean
}

/** The first worksheet as the workbook lists its tabs (not the zip's entry order), and the parts it needs. */
export async function locateParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const root = await relationships(pkg, '')
  const workbookPart = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  if (!pkg.has(workbookPart)) throw refusedFile(pkg.fileName, '不是 Excel 工作簿（缺少 workbook.xml），请在 Excel 或 WPS 中另存为 .xlsx 再导入')
  const rels = await relationships(pkg, workbookPart)
  const workbook = await elementsOf(pkg, workbookPart)
  const byId = new Map(rels.map((r) => [r.id, r]))
  let sheet: { name: string; part: string } | null = null
  for (const e of workbook) {
    if (e.name !== 'sheet') continue
    const rel = byId.get(prefixed(e.attributes, 'id') ?? '')
    // Chart sheets and dialog sheets hold no cells.
    if (rel && rel.type.endsWith('/worksheet') && pkg.has(rel.target)) {
      sheet = { name: e.attributes.name ?? 'Sheet1', part: rel.target }
      break
    }
  }
  if (!sheet) throw refusedFile(pkg.fileName, '工作簿中没有工作表')
  const pr = workbook.find((e) => e.name === 'workbookPr')?.attributes.date1904
  const partOf = (suffix: string) => rels.find((r) => r.type.endsWith(suffix) && pkg.has(r.target))?.target ?? null
  return {
    sheetName: sheet.name,
    sheetPart: sheet.part,
    sharedStringsPart: partOf('/sharedStrings'),
    stylesPart: partOf('/styles'),
    date1904: pr === '1' || pr === 'true',
  }
}

/** A format code shows a date when, outside quoted text, escapes and [brackets], it has a year, a day or a month (not minutes). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '')
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare))
}

/** Per cell style index (`s="3"`), its number format code when that format shows a date, else null. */
export async function dateStyles(pkg: XlsxPackage, part: string | null): Promise<Array<string | null>> {
  if (!part) return []
  const elements = await elementsOf(pkg, part)
  const custom = new Map<number, string>()
  for (const e of elements) if (e.name === 'numFmt') custom.set(Number(e.attributes.numFmtId), e.attributes.formatCode ?? '')
  return elements
    .filter((e) => e.name === 'xf' && e.path.at(-1) === 'cellXfs')
    .map((e) => {
      const id = Number(e.attributes.numFmtId ?? 0)
      const code = custom.get(id)
      if (code === undefined) return builtInDateFormats[id] ?? null
      return isDateFormat(code) ? code : null
    })
}
