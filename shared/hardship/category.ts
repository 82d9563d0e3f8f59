import { fen, formatFen } from '../money'
import type { CategoryCalculation } from './types'

// Domain §5.1: M = (annual income − annual rigid expenses) ÷ 12 ÷ household size, compared with the 低保 line L as an
// exact fraction (M < L ⇔ numerator < L × 12 × size), so 604.166… never becomes 604.17 before the comparison.

export interface CategoryFigures {
  householdSize: number
  annualIncomeFen: number
  rigidExpensesFen: number
  dibaoLineFen: number
}

/** The household as a form or a file holds it; the calculation reads only these parts. */
export interface Household {
  familyMembers: readonly unknown[]
  incomes: readonly { annualFen: number }[]
  expenses: readonly { annualFen: number }[]
}

/** Size is the member (户主) plus each family member listed; income and rigid expenses are the listed yearly sums. */
export function householdFigures(h: Household): Omit<CategoryFigures, 'dibaoLineFen'> {
  return {
    householdSize: 1 + h.familyMembers.length,
    annualIncomeFen: h.incomes.reduce((s, i) => s + i.annualFen, 0),
    rigidExpensesFen: h.expenses.reduce((s, e) => s + e.annualFen, 0),
  }
}

function yuan(amountFen: number): string {
  return formatFen(fen(amountFen))
}

/** Half-up to the fen for display, also for a negative M (expenses above income). */
export function roundedQuotient(numerator: number, denominator: number): number {
  const twice = 2 * numerator + denominator
  return Math.floor(twice / (2 * denominator))
}

export function calculateCategory(f: CategoryFigures): CategoryCalculation {
  const numeratorFen = f.annualIncomeFen - f.rigidExpensesFen
  const denominator = 12 * f.householdSize
  const perCapitaMonthlyFen = roundedQuotient(numeratorFen, denominator)
  const line = f.dibaoLineFen
  const exact = numeratorFen % denominator === 0
  const shown = `${exact ? '' : '约 '}${yuan(perCapitaMonthlyFen)}`
  const suggested = numeratorFen < line * denominator ? '深度困难' : numeratorFen < 2 * line * denominator ? '相对困难' : null
  const verdict =
    suggested === '深度困难'
      ? `${shown} 元 < 低保标准 ${yuan(line)} 元 → 建议认定为「深度困难」`
      : suggested === '相对困难'
        ? `低保标准 ${yuan(line)} 元 ≤ ${shown} 元 < 两倍低保标准 ${yuan(2 * line)} 元 → 建议认定为「相对困难」`
        : `${shown} 元 ≥ 两倍低保标准 ${yuan(2 * line)} 元 → 按收入不符合困难职工条件（意外致困可人工认定并填写理由）`
  return {
    householdSize: f.householdSize,
    annualIncomeFen: f.annualIncomeFen,
    rigidExpensesFen: f.rigidExpensesFen,
    numeratorFen,
    denominator,
    perCapitaMonthlyFen,
    dibaoLineFen: line,
    suggested,
    steps: [
      `家庭年收入 ${yuan(f.annualIncomeFen)} 元 − 年刚性支出 ${yuan(f.rigidExpensesFen)} 元 = ${yuan(numeratorFen)} 元`,
      `${yuan(numeratorFen)} 元 ÷ 12 个月 ÷ ${f.householdSize} 人 = ${shown} 元/人·月`,
      verdict,
    ],
  }
}
