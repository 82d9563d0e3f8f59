import type { Selectable } from 'kysely'

/** One carried row of one office as it was sent (JSON), with the facts statistics count by pulled out as columns. */
export interface ExchangeRecordTable {
  office_id: string
  table_name: string
  row_key: string
  data: string
  org_key: string | null
  on_date: string | null
  kind: string | null
  status: string | null
  amount_fen: number | null
  head_count: number | null
}
export type ExchangeRecordRow = Selectable<ExchangeRecordTable>
export interface PartialDB {
  exchange_record: ExchangeRecordTable
}
