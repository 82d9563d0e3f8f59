import type { Generated, Selectable } from 'kysely'

/** The latest change of one record of a carried table (migration 0130); written only by triggers. */
export interface ExchangeChangeTable {
  seq: Generated<number>
  table_name: string
  /** The row's key columns joined by U+001F (shared/exchange/exchanged-tables.ts). */
  row_key: string
  op: 'upsert' | 'delete'
}
export type ExchangeChangeRow = Selectable<ExchangeChangeTable>
export interface PartialDB {
  exchange_change: ExchangeChangeTable
}
