import { printTemplateNames, type PrintLogEntry, type PrintOffset } from '../../../shared/contract/print'
import type { PrintLogRow } from '../db/schema/print_log'
import type { PrintOffsetRow } from '../db/schema/print_offset'

/** The numbered documents are the 套打 templates: one list of Chinese names for both. */
const docTypeNames: Record<PrintLogRow['doc_type'], string> = printTemplateNames

export function toPrintOffset(row: PrintOffsetRow): PrintOffset {
  return { template: row.template, printer: row.printer, xMm: row.x_mm, yMm: row.y_mm, updatedAt: row.updated_at }
}

export function toPrintLogEntry(row: PrintLogRow): PrintLogEntry {
  return {
    serial: row.serial,
    docType: docTypeNames[row.doc_type],
    subjectName: row.subject_name,
    reprint: row.reprint === 1,
    printedAt: row.printed_at,
    printedBy: row.printed_by,
    voidReason: row.void_reason,
  }
}
