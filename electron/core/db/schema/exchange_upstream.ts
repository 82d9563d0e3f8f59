import type { Selectable } from 'kysely'

/** The federation this office reports to: its key card, as registered here (one row, id 'self'). */
export interface ExchangeUpstreamTable {
  id: 'self'
  union_name: string
  fingerprint: string
  card_json: string
  set_at: string
  set_by: string
}
export type ExchangeUpstreamRow = Selectable<ExchangeUpstreamTable>
export interface PartialDB {
  exchange_upstream: ExchangeUpstreamTable
}
