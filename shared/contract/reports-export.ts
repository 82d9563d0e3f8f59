import { reportsAnnualInput, reportsLabels } from './reports'
import { returns, type ContractSection, type GeneratedFile } from './types'

/**
 * The annual return (reports.annual) as files to hand in (issue 16): a formatted workbook whose totals are Excel
 * formulas over the per-union rows, and an A4 PDF from the print engine. Same input as reports.annual; the file waits
 * in the outbox (GeneratedFile). Aggregates only, no personal data: a read, not audited.
 */
export const reportsExportContract = {
  'reportsExport.annualXlsx': {
    input: reportsAnnualInput,
    labels: reportsLabels,
    result: returns<GeneratedFile>(),
    permission: 'members.read',
    writes: false,
  },
  'reportsExport.annualPdf': {
    input: reportsAnnualInput,
    labels: reportsLabels,
    result: returns<GeneratedFile & { pages: number }>(),
    permission: 'members.read',
    writes: false,
  },
} satisfies ContractSection<'reportsExport'>
