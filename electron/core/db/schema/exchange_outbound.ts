import type { Selectable } from 'kysely'

/** One package this office generated (已生成), delivered (已送达) once the federation's receipt is imported. */
export interface ExchangeOutboundTable {
  sequence: number
  recipient_fingerprint: string
  kind: 'full' | 'incremental'
  base_sequence: number
  change_seq: number
  created_at: string
  created_by: string
  file_name: string
  bytes: number
  row_counts_json: string
  payload_hash: string
  state: 'generated' | 'delivered'
  delivered_at: string | null
  receipt_json: string | null
  /** The audit-trail head (last row number) this package vouched for (migration 0133). */
  audit_rows: number | null
}
export type ExchangeOutboundRow = Selectable<ExchangeOutboundTable>
export interface PartialDB {
  exchange_outbound: ExchangeOutboundTable
}
