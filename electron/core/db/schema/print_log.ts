import type { Selectable } from 'kysely'

export type PrintDocType = 'certificate' | 'roster' | 'member_certificate' | 'member_transfer'

/** One numbered print; reprints (补打) repeat the original's serial with reprint = 1. */
export interface PrintLogTable {
  id: string
  serial: string
  doc_type: PrintDocType
  subject_id: string
  subject_name: string
  reprint: 0 | 1
  printed_at: string
  printed_by: string
  /** Set when the PDF could not be made after the serial was committed: the serial is used up, nothing was printed. */
  voided_at: string | null
  void_reason: string | null
}
export type PrintLogRow = Selectable<PrintLogTable>
export interface PartialDB {
  print_log: PrintLogTable
}
