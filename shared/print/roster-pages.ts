/** One row of a 签领表 as the paginator needs it: only the amount matters for the totals. */
export interface AmountRow {
  amountFen: number
}

export interface RosterPage<R extends AmountRow> {
  /** 1-based number of the first row on the page (序号 continues across pages). */
  firstIndex: number
  rows: R[]
  subtotalFen: number
}

/**
 * Cuts the roster into pages of a fixed number of rows, so every page's 本页小计 is exactly the rows printed on it
 * (pdfmake's own page breaking cannot report which rows landed where). Integer fen: the subtotals add up exactly.
 */
export function paginateRoster<R extends AmountRow>(rows: readonly R[], perPage: number): RosterPage<R>[] {
  if (perPage < 1) throw new Error('perPage must be at least 1')
  const pages: RosterPage<R>[] = []
  for (let i = 0; i < rows.length || (i === 0 && pages.length === 0); i += perPage) {
    const slice = rows.slice(i, i + perPage)
    pages.push({ firstIndex: i + 1, rows: slice, subtotalFen: slice.reduce((s, r) => s + r.amountFen, 0) })
  }
  return pages
}
