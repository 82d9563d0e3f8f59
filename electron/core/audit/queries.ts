import type { Db, Trx } from '../db/schema/index'
import { auditHash, genesisHash, type AuditEntry } from './hash-chain'

export async function lastAuditHash(trx: Trx): Promise<string> {
  const row = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return row?.hash ?? genesisHash
}

export async function insertAudit(trx: Trx, entry: AuditEntry): Promise<void> {
  const prev_hash = await lastAuditHash(trx)
  await trx.insertInto('audit_log').values({ ...entry, prev_hash, hash: auditHash(prev_hash, entry) }).execute()
}

export function listAudit(db: Db, limit: number) {
  return db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit).execute()
}

export function allAuditInOrder(db: Db) {
  return db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute()
}
