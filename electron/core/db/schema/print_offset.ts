import type { Selectable } from 'kysely'

/** 套打 calibration: how far to shift a template on one printer, in millimetres. */
export interface PrintOffsetTable {
  template: string
  printer: string
  x_mm: number
  y_mm: number
  updated_at: string
}
export type PrintOffsetRow = Selectable<PrintOffsetTable>
export interface PartialDB {
  print_offset: PrintOffsetTable
}
