import type { Content, ContentTable, DynamicContent, Margins, TDocumentDefinitions } from 'pdfmake/interfaces'
import { chineseDate } from '../../../../shared/dates'
import { fen, fenToChineseUpper, formatFen } from '../../../../shared/money'

/** 1 mm in PDF points. */
export const MM = 72 / 25.4

/** A4 with 20 mm side margins and room for the footer. */
export const portraitMargins: Margins = [56, 56, 56, 64]
export const landscapeMargins: Margins = [42, 42, 42, 56]

export const styles: TDocumentDefinitions['styles'] = {
  union: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 4] },
  title: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 6, 0, 14], characterSpacing: 2 },
  label: { fontSize: 11, alignment: 'center', fillColor: '#f2f2f2' },
  cell: { fontSize: 11 },
  small: { fontSize: 9, color: '#333333' },
  th: { fontSize: 10, bold: true, alignment: 'center', fillColor: '#eeeeee' },
  td: { fontSize: 10 },
}

export const money = (amountFen: number) => formatFen(fen(amountFen), { symbol: true })
export const moneyPlain = (amountFen: number) => formatFen(fen(amountFen))
export const upper = (amountFen: number) => fenToChineseUpper(fen(amountFen), { prefix: true })

/** The union's name over a thin rule: the first thing a reader checks on any form. */
export function letterhead(unionName: string): Content {
  return {
    stack: [
      { text: unionName, style: 'union' },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.6 }] },
    ],
  }
}

/** 编号 at the top right; a reprint says 补打 next to it so it cannot pass for the original. */
export function serialLine(serial: string, reprint: boolean): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        text: [{ text: `编号：${serial}`, fontSize: 10 }, ...(reprint ? [{ text: '  【补打】', fontSize: 10, bold: true, color: '#b00000' }] : [])],
      },
    ],
    margin: [0, 6, 0, 0],
  }
}

/** Issuer, Chinese date and an empty framed 盖章处 for the physical seal. */
export function sealArea(unionName: string, date: string): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 210,
        stack: [
          {
            table: { widths: [200], heights: [80], body: [[{ text: '盖章处', color: '#999999', alignment: 'center', margin: [0, 30, 0, 0] }]] },
            layout: { hLineColor: () => '#999999', vLineColor: () => '#999999', hLineStyle: () => ({ dash: { length: 3 } }), vLineStyle: () => ({ dash: { length: 3 } }) },
          },
          { text: `${unionName}（盖章）`, alignment: 'center', margin: [0, 8, 0, 2] },
          { text: chineseDate(date), alignment: 'center' },
        ],
      },
    ],
    margin: [0, 24, 0, 0],
    unbreakable: true,
  }
}

/** 第 x 页 共 y 页, centred under the page. */
export const pageNumbers: DynamicContent = (current, total) => ({
  text: `第 ${current} 页 共 ${total} 页`,
  alignment: 'center',
  fontSize: 9,
  margin: [0, 20, 0, 0],
})

/** A two-column label/value grid, the shape of every 证明 and 登记表. */
export function fieldGrid(rows: Array<[string, string | Content]>, widths: [number | string, number | string] = [110, '*']): ContentTable {
  return {
    table: {
      widths,
      body: rows.map(([label, value]) => [
        { text: label, style: 'label', margin: [0, 5, 0, 5] },
        typeof value === 'string' ? { text: value || '—', style: 'cell', margin: [4, 5, 4, 5] } : value,
      ]),
    },
  }
}

/** 套打: shifts the whole page by the calibrated offset for this template and printer. */
export function shiftMargins(margins: Margins, offset: { xMm: number; yMm: number }): Margins {
  const [l, t, r, b] = Array.isArray(margins) && margins.length === 4 ? margins : [56, 56, 56, 64]
  const dx = offset.xMm * MM
  const dy = offset.yMm * MM
  return [l + dx, t + dy, r - dx, b - dy]
}
