import type { Selectable } from 'kysely'

/** Last serial number handed out per year and document category (年度-类别-序号). */
export interface PrintSerialTable {
  year: number
  category: string
  last_seq: number
}
export type PrintSerialRow = Selectable<PrintSerialTable>
export interface PartialDB {
  print_serial: PrintSerialTable
}
