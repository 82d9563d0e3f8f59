import type { Generated, Selectable } from 'kysely'

/** One row per write call, hash-chained so that a removed or edited row breaks the chain. */
export interface AuditLogTable {
  seq: Generated<number>
  id: string
  at: string
  actor: string
  method: string
  input_json: string
  outcome_json: string
  prev_hash: string
  hash: string
}
export type AuditLogRow = Selectable<AuditLogTable>
export interface PartialDB {
  audit_log: AuditLogTable
}
