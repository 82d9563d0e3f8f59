import type { PrintLogEntry, PrintOffset } from '../../../shared/contract/print'
import type { PrintLogRow } from '../db/schema/print_log'
import type { PrintOffsetRow } from '../db/schema/print_offset'

const docTypeNames: Record<PrintLogRow['doc_type'], string> = {
  certificate: '发放证明',
  roster: '签领表',
  member_certificate: '会员证明',
  member_transfer: '组织关系接转函',
}

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
