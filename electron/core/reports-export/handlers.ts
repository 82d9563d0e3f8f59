import { Readable } from 'node:stream'
import type { FeatureHandlers } from '../handler-types'
import { writeOutboxFile } from '../files/outbox'
import { writeWorkbookFile } from '../files/table-file'
import { annualReturnDoc } from '../print/docs/annual-return'
import { checkNames, countPages, printerFor, printMeta } from '../print/service'
import { annualReturn } from '../statistics/report'
import { annualFileName } from '../../../shared/reports/annual-layout'
import { annualWorkbook } from './annual-workbook'

/**
 * The annual return as files: the figures come from reports.annual itself, so the files can never say something the
 * screen and `uniondesk report annual --json` do not. Both wait in the outbox for their transport.
 */
export const reportsExportHandlers = {
  'reportsExport.annualXlsx': async (ctx, input) => {
    const r = await annualReturn(ctx, input)
    return writeWorkbookFile({ dataDir: ctx.core.dataDir, fileName: annualFileName(r, 'xlsx'), now: ctx.now(), sheets: annualWorkbook(r) })
  },
  'reportsExport.annualPdf': async (ctx, input) => {
    const r = await annualReturn(ctx, input)
    // Issued and sealed in the office's name: without one nothing is printed (NOT_SET_UP), as with every document.
    const meta = await printMeta(ctx)
    await checkNames(ctx, r.unions.map((u) => u.orgName))
    const pdf = await (await printerFor(ctx)).render(annualReturnDoc(meta, r))
    const file = await writeOutboxFile(ctx.core.dataDir, annualFileName(r, 'pdf'), Readable.from([pdf]))
    return { ...file, pages: countPages(pdf) }
  },
} satisfies FeatureHandlers<'reportsExport'>
