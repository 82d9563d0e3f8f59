import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { AnnualReturn, Figure } from '../../../../shared/contract/reports'
import { chineseDate } from '../../../../shared/dates'
import { figureNotes, figureText, groupedFigures, groupNote, periodLine, returnTotalLabel, sumLabel, totalsDifferFromSum, totalsNote, unionColumns, unionSum, type UnionColumn } from '../../../../shared/reports/annual-layout'
import { letterhead, pageNumbers, portraitMargins, styles } from './common'
import type { PrintMeta } from './types'

/**
 * 工会统计年报 (issue 16): A4, the issuing office, the period, the summary paragraph, every figure this year against
 * last in the return's groups, then the per-union breakdown on landscape pages, split into tables of a few columns
 * so each heading stays legible. A figure that cannot be computed prints 无法计算 and its reason, never 0.
 */

const th = (text: string): TableCell => ({ text, style: 'th' })
const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold })
const grey = '#666666'

function valueCell(f: Figure, value: number | null): TableCell {
  return value === null ? { text: '无法计算', color: grey, alignment: 'right', fontSize: 9 } : num(figureText(f, value))
}

function changeCell(f: Figure): TableCell {
  if (f.value === null || f.previous === null) return { text: '—', color: grey, alignment: 'right' }
  const d = f.value - f.previous
  return num(d > 0 ? `+${figureText(f, d)}` : d < 0 ? `−${figureText(f, -d)}` : '0')
}

function figuresTable(r: AnnualReturn): Content {
  const body: TableCell[][] = [[th('指标'), th('单位'), th('本年'), th('上年'), th('增减')]]
  for (const g of groupedFigures(r)) {
    const shared = groupNote(g.figures)
    const heading = shared ? [{ text: g.label, bold: true }, { text: `　${shared}`, fontSize: 8, color: grey }] : [{ text: g.label, bold: true }]
    body.push([{ text: heading, colSpan: 5, fillColor: '#f5f5f5' }, '', '', '', ''])
    for (const f of g.figures) {
      const notes = shared ? '' : figureNotes(f)
      body.push([
        { stack: [{ text: f.label }, ...(notes ? [{ text: notes, fontSize: 8, color: grey }] : [])], margin: [f.level * 12, 0, 0, 0] },
        { text: f.unit, alignment: 'center' },
        valueCell(f, f.value),
        valueCell(f, f.previous),
        changeCell(f),
      ])
    }
  }
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 30, 72, 72, 62], body }, style: 'td' }
}

/** At most this many figure columns per table on a landscape page (beside 序号 and the union's name). */
const columnsPerTable = 7

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * One table of the breakdown: the group's name and the headings repeat on every page it runs onto, and are never left
 * alone at the foot of a page. The return's own totals get a row only where a column's sum is not the total.
 */
function unionTable(r: AnnualReturn, title: string, cols: readonly UnionColumn[]): Content {
  const cell = (c: UnionColumn, v: number | null | undefined): TableCell => (v === null || v === undefined ? { text: '—', color: grey, alignment: 'right' } : num(figureText(c.figure, v)))
  const width = cols.length + 2
  const body: TableCell[][] = [
    [{ text: title, bold: true, colSpan: width, fillColor: '#f5f5f5', fontSize: 10 }, ...Array.from({ length: width - 1 }, () => '')],
    [th('序号'), th('基层工会'), ...cols.map((c) => th(c.heading))],
    ...r.unions.map((u, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, u.orgName, ...cols.map((c) => cell(c, u.values[c.figure.key]))]),
    ['', { text: sumLabel, bold: true }, ...cols.map((c) => num(figureText(c.figure, unionSum(r, c.figure.key)), true))],
  ]
  if (totalsDifferFromSum(r, cols)) body.push(['', { text: returnTotalLabel, bold: true }, ...cols.map((c): TableCell => (c.figure.value === null ? { text: '无法计算', color: grey, alignment: 'right' } : num(figureText(c.figure, c.figure.value), true)))])
  return { table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [24, 150, ...cols.map(() => '*')], body }, style: 'td', fontSize: 9, margin: [0, 0, 0, 12] }
}

function unionPages(r: AnnualReturn): Content[] {
  const columns = unionColumns(r)
  if (r.unions.length === 0 || columns.length === 0) return []
  const groups = [...new Set(columns.map((c) => c.groupLabel))]
  const tables = groups.flatMap((label) =>
    chunks(
      columns.filter((c) => c.groupLabel === label),
      columnsPerTable,
    ).map((cols, i) => unionTable(r, i === 0 ? label : `${label}（续）`, cols)),
  )
  return [
    { text: '分基层工会情况（本年）', style: 'title', fontSize: 16, pageBreak: 'before', pageOrientation: 'landscape' },
    ...(totalsDifferFromSum(r, columns) ? [{ text: totalsNote, style: 'small', margin: [0, 0, 0, 6] } satisfies Content] : []),
    ...tables,
  ]
}

export function annualReturnDoc(meta: PrintMeta, r: AnnualReturn): TDocumentDefinitions {
  const content: Content[] = [
    letterhead(meta.unionName),
    { text: '工会统计年报', style: 'title' },
    { text: r.title, alignment: 'center', fontSize: 12 },
    ...(r.orgName ? [{ text: `基层工会：${r.orgName}`, alignment: 'center', fontSize: 11, margin: [0, 4, 0, 0] } satisfies Content] : []),
    { text: periodLine(r), style: 'small', alignment: 'center', margin: [0, 4, 0, 12] },
    { text: '综述', bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
    { text: r.summary, fontSize: 11, lineHeight: 1.6, leadingIndent: 22, margin: [0, 0, 0, 12] },
    { text: '主要指标', bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
    figuresTable(r),
    {
      stack: [
        { text: '单位负责人：____________　　统计负责人：____________　　填表人：____________' },
        { text: `报出日期：${chineseDate(meta.date)}`, alignment: 'right', margin: [0, 8, 0, 0] },
      ],
      fontSize: 10,
      margin: [0, 18, 0, 0],
      unbreakable: true,
    },
    ...unionPages(r),
  ]
  return {
    pageSize: 'A4',
    pageMargins: portraitMargins,
    styles,
    content,
    footer: pageNumbers,
    info: { title: `工会统计年报 ${r.title}` },
  }
}
