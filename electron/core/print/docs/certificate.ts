import type { CanvasElement, Content, Margins, TDocumentDefinitions } from 'pdfmake/interfaces'
import { chineseDate } from '../../../../shared/dates'
import { MM, money, upper } from './common'
import { breakLines, type Measure } from './text-lines'
import type { CertificateData, PrintMeta } from './types'

/** 套打 offset in millimetres (right and down positive). */
export interface Offset {
  xMm: number
  yMm: number
}

const LEFT = 56
const WIDTH = 483
const LABEL_W = 110
const ROW_H = 26
const VALUE_W = WIDTH - LABEL_W - 16
const FONT = 11

/** Height of one line of the main font in em (Noto Serif SC: ascent 1.151 + descent 0.286). */
const LINE_EM = 1.437

/** Labels are centred in the 110 pt column with ideographic spaces (a text block has one left edge). */
function centredLabel(label: string): string {
  const room = Math.floor((LABEL_W - 20) / FONT) - [...label].length
  return room > 1 ? '\u3000'.repeat(Math.floor(room / 2)) + label : label
}

/**
 * Every text on the page is broken into lines here and printed unbroken (noWrap). pdfmake would otherwise split CJK
 * text into one piece per character and look up two dozen style properties for each: most of a batch's render time.
 */
const line = (text: string) => ({ text, noWrap: true, preserveLeadingSpaces: true })
const lines = (texts: readonly string[]): Content =>
  texts.flatMap((t, i): Content[] => (i === 0 ? [line(t)] : ['\n', line(t)]))

/**
 * One 发放证明 page, laid out on fixed coordinates: the grid is one canvas and every text is placed absolutely.
 * A pdfmake table costs about 0.2 ms a cell; this keeps a thousand-page batch within the speed target, and the fixed
 * geometry is what 套打 needs anyway (the offset moves everything).
 */
export function certificatePage(meta: PrintMeta, d: CertificateData, measure: Measure, offset: Offset = { xMm: 0, yMm: 0 }): Content[] {
  // x that centres a line in a box (absolutely placed text has no box of its own to centre in).
  const centred = (text: string, size: number, left: number, width: number, { bold = false, spacing = 0 } = {}) =>
    left + (width - measure(text, size, bold) - spacing * [...text].length) / 2
  const dx = offset.xMm * MM
  const dy = offset.yMm * MM
  const at = (x: number, y: number) => ({ x: x + dx, y: y + dy })
  const rows: Array<[string, string]> = [
    ['受助人姓名', d.recipient],
    ['身份证号', d.idNumber],
    ['工作单位', d.unit ?? '—'],
    ['救助项目', d.programName],
    ['发放事由', d.reason],
    ['金额（小写）', money(d.amountFen)],
    ['金额（大写）', upper(d.amountFen)],
  ]
  if (d.payee) rows.push(['领款人', d.payee.relation ? `${d.payee.name}（与受助人关系：${d.payee.relation}）` : d.payee.name])
  rows.push(['发放日期', d.paymentDate ? chineseDate(d.paymentDate) : '—'], ['发放方式', d.paymentMethod ?? '—'])

  const out: Content[] = [
    { ...line(meta.unionName), fontSize: 12, absolutePosition: at(centred(meta.unionName, 12, LEFT, WIDTH), 54) },
    { ...line(`编号：${d.serial}`), fontSize: 10, absolutePosition: at(LEFT + WIDTH - 132, 80) },
    { ...line(`${d.title}发放证明`), fontSize: 20, bold: true, characterSpacing: 2, absolutePosition: at(centred(`${d.title}发放证明`, 20, LEFT, WIDTH, { bold: true, spacing: 2 }), 102) },
  ]
  if (d.reprint) out.push({ ...line('【补打】'), fontSize: 10, bold: true, color: '#b00000', absolutePosition: at(LEFT + WIDTH - 186, 80) })

  // The grid's labels and values are two text blocks of equal line pitch (one node each instead of two a row).
  // Values are wrapped here, so both blocks have the same number of lines.
  const top = 146
  const lh = ROW_H / (FONT * LINE_EM)
  const labelLines: string[] = []
  const valueLines: string[] = []
  const rules: number[] = []
  for (const [label, value] of rows) {
    const wrapped = breakLines(value, VALUE_W, FONT, measure)
    labelLines.push(label, ...wrapped.slice(1).map(() => ''))
    valueLines.push(...wrapped)
    rules.push(valueLines.length)
  }
  const gridHeight = valueLines.length * ROW_H
  const gridLines: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: LABEL_W, h: gridHeight, color: '#f2f2f2' },
    { type: 'rect', x: 0, y: 0, w: WIDTH, h: gridHeight, lineWidth: 0.8, lineColor: '#000000' },
    { type: 'line', x1: LABEL_W, y1: 0, x2: LABEL_W, y2: gridHeight, lineWidth: 0.5 },
    ...rules.slice(0, -1).map((n): CanvasElement => ({ type: 'line', x1: 0, y1: n * ROW_H, x2: WIDTH, y2: n * ROW_H, lineWidth: 0.5 })),
  ]
  const pad = (ROW_H - FONT * LINE_EM) / 2
  out.unshift(
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: WIDTH, y2: 0, lineWidth: 0.6 }], absolutePosition: at(LEFT, 74) },
    { canvas: gridLines, absolutePosition: at(LEFT, top) },
  )
  out.push(
    { text: lines(labelLines.map((l) => centredLabel(l))), fontSize: FONT, lineHeight: lh, absolutePosition: at(LEFT + 10, top + pad) },
    { text: lines(valueLines), fontSize: FONT, lineHeight: lh, absolutePosition: at(LEFT + LABEL_W + 6, top + pad) },
  )
  let y = top + gridHeight
  const statement = `兹证明 ${d.recipient} 同志经本会审核，符合“${d.programName}”发放条件，已发放${d.title}${upper(d.amountFen)}（${money(d.amountFen)}）。`
  y += 16
  const statementLines = breakLines(statement, WIDTH, FONT, measure)
  out.push({ text: lines(statementLines), fontSize: FONT, lineHeight: 1.5, absolutePosition: at(LEFT, y) })
  y += statementLines.length * FONT * 1.5 + 8
  out.push({ ...line('特此证明。'), fontSize: FONT, absolutePosition: at(LEFT + 24, y) })
  // Seal area: a dashed box for the physical seal, issuer and date under it.
  const sealY = y + 40
  const sealX = LEFT + WIDTH - 210
  out.push(
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 80, dash: { length: 3 }, lineWidth: 0.6, lineColor: '#999999' }], absolutePosition: at(sealX, sealY) },
    { ...line('盖章处'), color: '#999999', fontSize: FONT, absolutePosition: at(centred('盖章处', FONT, sealX, 200), sealY + 32) },
    { ...line(`${meta.unionName}（盖章）`), fontSize: FONT, absolutePosition: at(centred(`${meta.unionName}（盖章）`, FONT, sealX, 200), sealY + 90) },
    { ...line(chineseDate(meta.date)), fontSize: FONT, absolutePosition: at(centred(chineseDate(meta.date), FONT, sealX, 200), sealY + 108) },
  )
  return out
}

// Everything is placed absolutely; the right margin only bounds how far a paragraph may run.
const margins: Margins = [0, 0, LEFT, 0]
const page = { pageSize: 'A4' as const, pageMargins: margins }

export function certificateDoc(meta: PrintMeta, d: CertificateData, measure: Measure, offset?: Offset): TDocumentDefinitions {
  return { ...page, content: certificatePage(meta, d, measure, offset), info: { title: `${d.title}发放证明 ${d.serial}` } }
}

/** All certificates of a batch, one per page. */
export function certificatesDoc(meta: PrintMeta, items: CertificateData[], measure: Measure, offset?: Offset): TDocumentDefinitions {
  const content: Content[] = items.map((d, i) => ({ stack: certificatePage(meta, d, measure, offset), ...(i > 0 ? { pageBreak: 'before' as const } : {}) }))
  return { ...page, content, info: { title: `发放证明（${items.length} 份）` } }
}
