import type { Selectable } from 'kysely'

/** An office registered at this federation by its key card (migration 0131). */
export interface ExchangeOfficeTable {
  id: string
  union_name: string
  credit_code: string | null
  level: string
  fingerprint: string
  card_json: string
  registered_at: string
  registered_by: string
  last_sequence: number
  last_kind: 'full' | 'incremental' | null
  last_package_at: string | null
  last_imported_at: string | null
  /** Set when a package's head showed the office's trail cut or rewritten since an earlier one; kept as found. */
  audit_warning: string | null
}
export type ExchangeOfficeRow = Selectable<ExchangeOfficeTable>
export interface PartialDB {
  exchange_office: ExchangeOfficeTable
}
