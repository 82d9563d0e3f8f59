import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { DEFAULT_PRINTER } from '../../../shared/contract/print'
import type { ReadContext } from '../context'
import { shiftMargins } from './docs/common'
import type { Offset } from './docs/certificate'
import { findOffset } from './queries'

/** The 套打 offset calibrated for a template on a printer (absent: the default printer), if one was saved. */
export async function offsetFor(ctx: ReadContext, template: string, printer: string | undefined): Promise<Offset | undefined> {
  const found = await findOffset(ctx.db, template, printer ?? DEFAULT_PRINTER)
  return found ? { xMm: found.x_mm, yMm: found.y_mm } : undefined
}

/** 套打: shifts a flowing document by the offset calibrated for its template and printer. */
export async function applyOffset(ctx: ReadContext, dd: TDocumentDefinitions, template: string, printer: string | undefined): Promise<void> {
  const offset = await offsetFor(ctx, template, printer)
  if (offset && dd.pageMargins) dd.pageMargins = shiftMargins(dd.pageMargins, offset)
}
