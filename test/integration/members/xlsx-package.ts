import { Readable } from 'node:stream'
import yazl from 'yazl'
import type { FilePayload } from '../../../shared/contract/types'

/**
 * .xlsx packages written part by part, so a test controls every byte of the XML: shared or inline strings, rich text,
 * styles, sparse cells, and hostile parts streamed through zlib without ever being held whole.
 */
export interface PackageParts {
  /** Worksheet XML, whole or as a stream of pieces. */
  sheets: Array<{ name: string; xml: string | (() => AsyncIterable<string>) }>
  sharedStrings?: string
  styles?: string
  date1904?: boolean
  /** Sheet order in workbook.xml when it differs from the order of the parts (indexes into `sheets`). */
  tabOrder?: number[]
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`
}

export function sharedStringsXml(strings: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`
}

export async function xlsxPackage(p: PackageParts): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const add = (name: string, text: string) => zip.addBuffer(Buffer.from(text, 'utf8'), name)
  const order = p.tabOrder ?? p.sheets.map((_, i) => i)
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${p.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${p.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${p.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ''}</Types>`)
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
  add('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><workbookPr${p.date1904 ? ' date1904="1"' : ''}/><sheets>${order.map((i) => `<sheet name="${escapeXml(p.sheets[i]?.name ?? '')}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join('')}</sheets></workbook>`)
  add('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${p.sharedStrings ? `<Relationship Id="rIdSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${p.styles ? `<Relationship Id="rIdST" Type="${REL}/styles" Target="styles.xml"/>` : ''}</Relationships>`)
  if (p.sharedStrings) add('xl/sharedStrings.xml', p.sharedStrings)
  if (p.styles) add('xl/styles.xml', p.styles)
  p.sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`
    if (typeof s.xml === 'string') add(name, s.xml)
    else zip.addReadStream(Readable.from(s.xml(), { objectMode: false }), name)
  })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

export const payload = (bytes: Buffer, fileName: string): FilePayload => ({ fileName, contentBase64: bytes.toString('base64') })
