import type { Generated, Selectable } from 'kysely'

/**
 * One row per write call and per unmasked view or export, chained: 'hmac' rows by an HMAC-SHA256 whose key lives
 * beside the database file (not in it), 'sha256' rows are the unkeyed chain written before issue 14 (migration 0100).
 */
export interface AuditLogTable {
  seq: Generated<number>
  id: string
  at: string
  /** The operator's name (before issue 14: name@transport). */
  actor: string
  transport: Generated<string>
  method: string
  /** JSON array of the record ids the call touched. */
  record_ids: Generated<string>
  /** JSON array of { field, before?, after } with personal fields masked and file contents replaced by their SHA-256. */
  changes_json: Generated<string>
  input_json: string
  outcome_json: string
  /** Why personal data was shown unmasked (members.reveal*, exportUnmasked); null for ordinary writes. */
  reason: string | null
  chain: Generated<'sha256' | 'hmac'>
  prev_hash: string
  hash: string
}
export type AuditLogRow = Selectable<AuditLogTable>
export interface PartialDB {
  audit_log: AuditLogTable
}
