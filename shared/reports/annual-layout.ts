import type { AnnualReturn, Figure } from '../contract/reports'
import { formatChineseYmd } from '../dates'
import { fen, formatFen } from '../money'

/**
 * What the workbook, the PDF and the screen share about the annual return's shape: the figures in the return's groups, the
 * per-union table's columns and the row that reconciles its sum with the totals. Pure, so all three say the same.
 */

export interface FigureGroupRows {
  label: string
  figures: Figure[]
}

/** The figures under their group headings, in the return's order; empty groups are left out. */
export function groupedFigures(r: AnnualReturn): FigureGroupRows[] {
  return r.groups.map((g) => ({ label: g.label, figures: r.figures.filter((f) => f.group === g.key) })).filter((g) => g.figures.length > 0)
}

/**
 * A figure's label as a column heading, where the row above it is not in view: 其中：女性会员 reads 女性会员, and a
 * short label that only makes sense under its parent (覆盖企业, 快递员) takes the parent's name first.
 */
function headingOf(f: Figure, parents: readonly Figure[]): string {
  const own = f.label.replace(/^其中[：:]/, '')
  if (own !== f.label) return own
  const parent = f.level > 0 ? parents[f.level - 1] : undefined
  return parent && f.label.length <= 4 ? `${parent.label.replace(/^其中[：:]/, '')}：${f.label}` : f.label
}

export interface UnionColumn {
  figure: Figure
  /** Column heading with its unit, e.g. 年末会员数：女性（人）. */
  heading: string
  /** The group's label, for tables split by group. */
  groupLabel: string
}

/** The per-union table's columns: every figure the breakdown carries, in the return's order. */
export function unionColumns(r: AnnualReturn): UnionColumn[] {
  const keys = new Set(r.unions.flatMap((u) => Object.keys(u.values)))
  const columns: UnionColumn[] = []
  for (const g of groupedFigures(r)) {
    const parents: Figure[] = []
    for (const f of g.figures) {
      parents[f.level] = f
      parents.length = f.level + 1
      if (keys.has(f.key)) columns.push({ figure: f, heading: `${headingOf(f, parents)}（${f.unit}）`, groupLabel: g.label })
    }
  }
  return columns
}

/** A column's sum over the unions' rows, as the workbook's SUM formula will compute it (a union without a value adds 0). */
export function unionSum(r: AnnualReturn, key: string): number {
  return r.unions.reduce((s, u) => s + (u.values[key] ?? 0), 0)
}

/**
 * Whether some column's sum over the unions is not the return's total: a record without a union (a contract saved
 * without one) is in the total only, and a person or enterprise met in two unions counts once in the total. Then the
 * tables show the return's totals as a row of their own below the sum.
 */
export function totalsDifferFromSum(r: AnnualReturn, columns: readonly UnionColumn[]): boolean {
  return columns.some((c) => c.figure.value !== null && c.figure.value !== unionSum(r, c.figure.key))
}

export const sumLabel = '各基层工会合计'
export const returnTotalLabel = '本单位合计（同年报）'
export const totalsNote = `「${returnTotalLabel}」与「${sumLabel}」不同的栏目：未归属基层工会的记录只计入本单位合计，同一人或同一企业在几个基层工会出现时只计一次。`

/** A value as printed: counts as they are, money in yuan with two decimals. */
export function figureText(f: Pick<Figure, 'kind'>, value: number): string {
  return f.kind === 'fen' ? formatFen(fen(value)) : String(value)
}

/** Why a figure has no value, or its caveat: the 说明 of a row. */
export function figureNotes(f: Figure): string {
  return [
    f.value === null ? `本年无法计算：${f.reason ?? '数据不足'}` : null,
    f.previous === null && f.value !== null ? `上年无法计算：${f.previousReason ?? '数据不足'}` : null,
    f.note,
  ]
    .filter((x): x is string => x !== null && x !== '')
    .join('；')
}

/**
 * The one reason a whole group cannot be computed (尚未登记任何调解案件): said once on the group's heading instead of
 * on each of its rows. Null when the group's rows differ or have nothing to say.
 */
export function groupNote(figures: readonly Figure[]): string | null {
  const notes = figures.map(figureNotes)
  const first = notes[0] ?? ''
  return first !== '' && figures.every((f) => f.value === null) && notes.every((n) => n === first) ? first : null
}

/** 报告期：2025年10月1日至2026年9月30日 (the title already says the year). */
export function periodLine(r: AnnualReturn): string {
  return `报告期：${formatChineseYmd(r.period.from)}至${formatChineseYmd(r.period.to)}　上年同期：${formatChineseYmd(r.previousPeriod.from)}至${formatChineseYmd(r.previousPeriod.to)}`
}

/** The office and, when the return is one union's, that union. */
export function issuerLine(r: AnnualReturn): string {
  return `填报单位：${r.officeName ?? '（未填写本单位名称）'}${r.orgName ? `　基层工会：${r.orgName}` : ''}`
}

/** 工会统计年报-2026年度[-某某公司工会].xlsx */
export function annualFileName(r: AnnualReturn, ext: 'xlsx' | 'pdf'): string {
  return `工会统计年报-${r.year}年度${r.orgName ? `-${r.orgName}` : ''}.${ext}`
}
