import { createHash } from 'node:crypto'

export const genesisHash = '0'.repeat(64)

export interface AuditEntry {
  id: string
  at: string
  actor: string
  method: string
  input_json: string
  outcome_json: string
}

/** Each row's hash covers the previous hash, so an edited, removed or reordered row breaks every hash after it. */
export function auditHash(prevHash: string, e: AuditEntry): string {
  return createHash('sha256')
    .update([prevHash, e.id, e.at, e.actor, e.method, e.input_json, e.outcome_json].join('\u001f'))
    .digest('hex')
}
