import { createHash, createHmac } from 'node:crypto'

export const genesisHash = '0'.repeat(64)

/** The fields a keyed row's HMAC covers: everything in the row but the hash itself. */
export interface AuditEntry {
  seq: number
  id: string
  at: string
  actor: string
  transport: string
  method: string
  record_ids: string
  changes_json: string
  input_json: string
  outcome_json: string
  reason: string | null
}

/**
 * Each row's HMAC covers the previous row's hash and its own position, so an edited, removed, inserted or reordered row
 * breaks the chain; the key lives beside the database, so a chain rewritten from the database alone does not verify.
 */
export function auditHmac(key: Buffer, prevHash: string, e: AuditEntry): string {
  const fields = [prevHash, String(e.seq), e.id, e.at, e.actor, e.transport, e.method, e.record_ids, e.changes_json, e.input_json, e.outcome_json, e.reason ?? '\u0000']
  return createHmac('sha256', key).update(fields.join('\u001f')).digest('hex')
}

/** The unkeyed chain of rows written before issue 14 (migration 0100 marks them 'sha256'). */
export function legacyAuditHash(prevHash: string, e: Pick<AuditEntry, 'id' | 'at' | 'actor' | 'method' | 'input_json' | 'outcome_json'>): string {
  return createHash('sha256')
    .update([prevHash, e.id, e.at, e.actor, e.method, e.input_json, e.outcome_json].join('\u001f'))
    .digest('hex')
}
