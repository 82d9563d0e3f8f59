import type { AnnualReturn, Figure } from '../../../shared/contract/reports'
import { formatInstant } from '../../../shared/dates'
import { fen, fenToYuanString } from '../../../shared/money'
import type { WorkbookSheet } from '../files/table-file'
import { columnLetters, type Cell, type FormulaCell } from '../files/xlsx-sheet'
import { figureNotes, groupedFigures, issuerLine, periodLine, returnTotalLabel, sumLabel, totalsDifferFromSum, totalsNote, unionColumns, unionSum } from '../../../shared/reports/annual-layout'

/**
 * The annual return as a workbook: 年报 (every figure in its group, this year, last year and the change as a formula)
 * and 分工会 (one row per grassroots union, totals as SUM formulas over those rows). Numbers are numbers and money is
 * yuan with two decimals, so the federation's own sheets can add them up; a figure that cannot be computed is left
 * without a number and says why.
 */

const yuan = (amountFen: number) => Number(fenToYuanString(fen(amountFen)))
const notComputed = '—'

function valueCell(f: Pick<Figure, 'kind'>, value: number | null | undefined): Cell {
  if (value === null || value === undefined) return notComputed
  return f.kind === 'fen' ? { yuan: yuan(value) } : value
}

function titleLine(r: AnnualReturn): string {
  return `工会统计年报　${r.title}`
}

/** Rows before the header: title, issuer, period, units. The header is the row after them. */
function preamble(r: AnnualReturn, units: string): string[] {
  return [titleLine(r), issuerLine(r), periodLine(r), `${units}　生成时间：${formatInstant(r.generatedAt)}`]
}

async function* each(rows: readonly (readonly Cell[])[]): AsyncGenerator<readonly Cell[]> {
  yield* rows
}

function figuresSheet(r: AnnualReturn): WorkbookSheet {
  const lines = preamble(r, '计量单位：见「单位」栏，金额为元；增减＝本年－上年（公式）；无法计算的指标不填数字，原因见「说明」。')
  let row = lines.length + 1
  const rows: Cell[][] = []
  for (const g of groupedFigures(r)) {
    g.figures.forEach((f, i) => {
      row++
      const change: Cell =
        f.value !== null && f.previous !== null
          ? { formula: `D${row}-E${row}`, result: f.kind === 'fen' ? yuan(f.value) - yuan(f.previous) : f.value - f.previous, money: f.kind === 'fen' }
          : ''
      rows.push([i === 0 ? g.label : '', `${'　　'.repeat(f.level)}${f.label}`, f.unit, valueCell(f, f.value), valueCell(f, f.previous), change, figureNotes(f)])
    })
  }
  return {
    name: '年报',
    columns: [
      { header: '分组', width: 14 },
      { header: '指标', width: 36 },
      { header: '单位', width: 6 },
      { header: '本年', width: 14 },
      { header: '上年', width: 14 },
      { header: '增减', width: 12 },
      { header: '说明', width: 50 },
    ],
    rows: each(rows),
    layout: { preamble: lines, freezeColumns: 2 },
  }
}

function unionsSheet(r: AnnualReturn): WorkbookSheet {
  const columns = unionColumns(r)
  const differ = totalsDifferFromSum(r, columns)
  const lines = preamble(r, `计量单位：见各栏标题，金额为元；「${sumLabel}」为以上各行之和（公式）。${differ ? totalsNote : ''}`)
  const first = lines.length + 2
  const rows: Cell[][] = r.unions.map((u, i) => [i + 1, u.orgName, ...columns.map((c) => valueCell(c.figure, u.values[c.figure.key]))])
  if (rows.length > 0) {
    const last = first + rows.length - 1
    const letters = columnLetters(columns.length + 2).slice(2)
    rows.push([
      '',
      { strong: sumLabel },
      ...columns.map((c, i): Cell => {
        const letter = letters[i] ?? ''
        // The result is what Excel computes from the cells above, worked out in fen so money adds up exactly.
        const sum = unionSum(r, c.figure.key)
        const total: FormulaCell = { formula: `SUM(${letter}${first}:${letter}${last})`, result: c.figure.kind === 'fen' ? yuan(sum) : sum, strong: true }
        return c.figure.kind === 'fen' ? { ...total, money: true } : total
      }),
    ])
  }
  if (differ || rows.length === 0) rows.push(['', { strong: returnTotalLabel }, ...columns.map((c) => valueCell(c.figure, c.figure.value))])
  return {
    name: '分工会',
    columns: [
      { header: '序号', width: 6 },
      { header: '基层工会', width: 30 },
      ...columns.map((c) => ({ header: c.heading, width: Math.min(Math.max(Math.ceil(c.heading.length * 1.8) + 2, 10), 30) })),
    ],
    rows: each(rows),
    layout: { preamble: lines, freezeColumns: 2, landscape: true },
  }
}

export function annualWorkbook(r: AnnualReturn): WorkbookSheet[] {
  return [figuresSheet(r), unionsSheet(r)]
}
