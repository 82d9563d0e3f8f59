import type { CanvasElement, Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { chineseDate } from '../../../../shared/dates'
import { paginateRoster } from '../../../../shared/print/roster-pages'
import { landscapeMargins, MM, moneyPlain, pageNumbers, upper } from './common'
import type { Offset } from './certificate'
import type { PrintMeta, RosterData, RosterRow } from './types'

/** Rows per landscape page with a signing-height row, so the last page still has room for totals and signatures. */
export const ROSTER_ROWS_PER_PAGE = 11
const ROW_H = 28
const HEAD_H = 20
const SUM_H = 20
/** landscapeMargins' left and top: everything is placed absolutely from there. */
const LEFT = 42
const TOP = 42
const WIDTHS = [34, 90, 110, 78, 170, 120, 70, 85]
const WIDTH = WIDTHS.reduce((a, b) => a + b, 0)
const EDGES = WIDTHS.reduce<number[]>((xs, w) => [...xs, (xs.at(-1) ?? 0) + w], [0])
const edge = (i: number) => EDGES[i] ?? 0
const GRID_TOP = TOP + 56
/** Height of one line of the main font in em (Noto Serif SC: ascent 1.151 + descent 0.286). */
const LINE_EM = 1.437
const PAD_X = 3

type Align = 'left' | 'center' | 'right'

/** One line spanning columns from..to, centred in a band of height h (header and sum rows). */
function band(cells: Array<{ text: string; from: number; to: number; align: Align; bold?: boolean }>, size: number): Column[] {
  const out: Column[] = []
  let at = 0
  for (const c of cells) {
    if (edge(c.from) > at) out.push({ width: edge(c.from) - at, text: '' })
    out.push({ width: PAD_X, text: '' }, { width: edge(c.to) - edge(c.from) - 2 * PAD_X, text: c.text, fontSize: size, alignment: c.align, bold: c.bold ?? false })
    at = edge(c.to) - PAD_X
  }
  return out
}

const headers = ['序号', '姓名', '身份证号', '金额（元）', '大写金额', '领取人签名', '领取日期', '备注']

function sumBand(label: string, amountFen: number, bold: boolean): Column[] {
  return band(
    [
      { text: label, from: 0, to: 3, align: 'center', bold },
      { text: moneyPlain(amountFen), from: 3, to: 4, align: 'right', bold },
      { text: upper(amountFen), from: 4, to: 8, align: 'left', bold },
    ],
    10,
  )
}

/** The page's grid as one canvas: header, data rows and the sum rows, whose first three columns are merged. */
function grid(dataRows: number, sumRows: number): CanvasElement[] {
  const dataBottom = HEAD_H + dataRows * ROW_H
  const h = dataBottom + sumRows * SUM_H
  const lines: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: WIDTH, h: HEAD_H, color: '#eeeeee' },
    { type: 'rect', x: 0, y: 0, w: WIDTH, h, lineWidth: 0.8, lineColor: '#000000' },
  ]
  for (let i = 1; i < WIDTHS.length; i++) lines.push({ type: 'line', x1: edge(i), y1: 0, x2: edge(i), y2: i === 3 || i === 4 ? h : dataBottom, lineWidth: 0.5 })
  for (let r = 0; r <= dataRows; r++) lines.push({ type: 'line', x1: 0, y1: HEAD_H + r * ROW_H, x2: WIDTH, y2: HEAD_H + r * ROW_H, lineWidth: 0.5 })
  for (let s = 1; s < sumRows; s++) lines.push({ type: 'line', x1: 0, y1: dataBottom + s * SUM_H, x2: WIDTH, y2: dataBottom + s * SUM_H, lineWidth: 0.5 })
  return lines
}

function rowCells(rows: RosterRow[], firstIndex: number): Column[] {
  // One text block per column, its lines at the row pitch: a page costs a handful of text nodes, not a table's cells.
  const col = (i: number, lines: string[], size: number, align: Align): Column => ({
    width: edge(i + 1) - edge(i) - 2 * PAD_X,
    text: lines.join('\n'),
    fontSize: size,
    lineHeight: ROW_H / (size * LINE_EM),
    alignment: align,
    margin: [0, (ROW_H - size * LINE_EM) / 2, 0, 0],
  })
  return [
    col(0, rows.map((_, i) => String(firstIndex + i)), 9, 'center'),
    col(1, rows.map((r) => r.name), 10, 'left'),
    col(2, rows.map((r) => r.idNumber), 10, 'left'),
    col(3, rows.map((r) => moneyPlain(r.amountFen)), 10, 'right'),
    // The same wording as the subtotals and the certificate (domain §7.2: 人民币…元整 on documents).
    col(4, rows.map((r) => upper(r.amountFen)), 9, 'left'),
  ]
}

/**
 * 签领表, drawn on fixed coordinates like the certificate: one canvas for the grid and one text block per column per
 * page (a 2,000-row table was 16,000 pdfmake cells). Pages are cut here, a fixed number of rows each, so every page
 * prints its own 本页小计 and the last one the 合计 in figures and uppercase; heading and column titles repeat.
 */
export function rosterDoc(meta: PrintMeta, d: RosterData, offset: Offset = { xMm: 0, yMm: 0 }): TDocumentDefinitions {
  const dx = offset.xMm * MM
  const dy = offset.yMm * MM
  const at = (x: number, y: number) => ({ x: LEFT + x + dx, y: y + dy })
  const pages = paginateRoster(d.rows, ROSTER_ROWS_PER_PAGE)
  const grand = d.rows.reduce((s, r) => s + r.amountFen, 0)
  const content: Content[] = pages.map((page, p) => {
    const last = p === pages.length - 1
    const sumRows = last ? 2 : 1
    const dataBottom = GRID_TOP + HEAD_H + page.rows.length * ROW_H
    const stack: Content[] = [
      { columns: [{ width: WIDTH, text: `${d.programName}签领表`, fontSize: 18, bold: true, characterSpacing: 2, alignment: 'center' }], absolutePosition: at(0, TOP) },
      {
        columns: [
          { text: `发放单位：${meta.unionName}`, width: '*' },
          { text: `批次：${d.batchTitle}`, width: '*' },
          { text: `日期：${chineseDate(meta.date)}`, width: 'auto' },
          { text: [`编号：${d.serial}`, ...(d.reprint ? [{ text: ' 【补打】', color: '#b00000', bold: true }] : [])], width: 'auto' },
        ],
        columnGap: 18,
        fontSize: 10,
        absolutePosition: at(0, TOP + 32),
      },
      { canvas: grid(page.rows.length, sumRows), absolutePosition: at(0, GRID_TOP) },
      { columns: band(headers.map((text, i) => ({ text, from: i, to: i + 1, align: 'center', bold: true })), 10), absolutePosition: at(0, GRID_TOP + 3) },
      // Gaps of two paddings between the column blocks keep each one inside its cell.
      { columns: rowCells(page.rows, page.firstIndex), columnGap: 2 * PAD_X, absolutePosition: at(PAD_X, GRID_TOP + HEAD_H) },
      { columns: sumBand('本页小计', page.subtotalFen, false), absolutePosition: at(0, dataBottom + 3) },
    ]
    page.rows.forEach((r, i) => {
      if (r.note) stack.push({ columns: [{ width: edge(8) - edge(7) - 2 * PAD_X, text: r.note, fontSize: 8 }], absolutePosition: at(edge(7) + PAD_X, GRID_TOP + HEAD_H + i * ROW_H + 4) })
    })
    if (last) {
      stack.push(
        { columns: sumBand(`合计（共 ${d.rows.length} 人）`, grand, true), absolutePosition: at(0, dataBottom + SUM_H + 3) },
        { columns: ['经办人：', '审核人：', '负责人：', '（盖章）'].map((t) => ({ text: t, width: '*' })), absolutePosition: at(0, dataBottom + 2 * SUM_H + 18) },
      )
    }
    return p > 0 ? { stack, pageBreak: 'before' } : { stack }
  })
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: landscapeMargins,
    content,
    footer: pageNumbers,
    info: { title: `${d.programName}签领表 ${d.serial}` },
  }
}
