import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ReadContext } from '../context'
import { shiftMargins } from './docs/common'
import { findOffset } from './queries'

export const defaultPrinter = '默认打印机'

/** 套打: shifts a flowing document by the offset calibrated for its template and printer. */
export async function applyOffset(ctx: ReadContext, dd: TDocumentDefinitions, template: string, printer: string | undefined): Promise<void> {
  const offset = await findOffset(ctx.db, template, printer ?? defaultPrinter)
  if (offset && dd.pageMargins) dd.pageMargins = shiftMargins(dd.pageMargins, { xMm: offset.x_mm, yMm: offset.y_mm })
}
