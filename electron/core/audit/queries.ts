import type { Db, Trx } from '../db/schema/index'
import type { AuditEntry } from './hash-chain'

/** The chain's last link: one step down the primary key, so an append costs the same on the first row and the millionth. */
export function lastAuditLink(trx: Trx) {
  return trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
}

export async function insertAuditRow(trx: Trx, row: AuditEntry & { chain: 'hmac'; prev_hash: string; hash: string }): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute()
  const ids: string[] = JSON.parse(row.record_ids)
  if (ids.length > 0) await trx.insertInto('audit_log_record').values(ids.map((record_id) => ({ record_id, audit_seq: row.seq }))).execute()
}

export interface AuditFilter {
  /** Inclusive instants (UTC ISO), or absent. */
  fromAt?: string
  toAt?: string
  actor?: string
  method?: string
  recordIds?: readonly string[]
}

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log')
  if (f.fromAt) q = q.where('at', '>=', f.fromAt)
  if (f.toAt) q = q.where('at', '<=', f.toAt)
  if (f.actor) q = q.where('actor', '=', f.actor)
  if (f.method) q = q.where('method', '=', f.method)
  if (f.recordIds) {
    const ids = f.recordIds
    q = q.where('seq', 'in', (eb) => eb.selectFrom('audit_log_record').select('audit_seq').where('record_id', 'in', ids.length > 0 ? [...ids] : ['']))
  }
  return q
}

/** Newest first, a page at a time (the query, for its plan test). */
export function auditPageQuery(db: Db, f: AuditFilter, page: { limit: number; offset: number }) {
  return filtered(db, f).selectAll().orderBy('seq', 'desc').limit(page.limit).offset(page.offset)
}

export function listAuditPage(db: Db, f: AuditFilter, page: { limit: number; offset: number }) {
  return auditPageQuery(db, f, page).execute()
}

export async function countAudit(db: Db, f: AuditFilter): Promise<number> {
  const row = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Rows in chain order after `afterSeq`, `limit` at a time: verification and export read the trail by key, never whole. */
export function auditRowsAfter(db: Db, afterSeq: number, limit: number, f: AuditFilter = {}) {
  return filtered(db, f).selectAll().where('seq', '>', afterSeq).orderBy('seq', 'asc').limit(limit).execute()
}

/** Everyone who appears in the trail, for the 操作人 filter. */
export async function auditActors(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('actor').distinct().orderBy('actor').execute()
  return rows.map((r) => r.actor)
}

/** The trail's last row (its number and chained hash), or undefined while it is empty: what a package vouches for. */
export async function auditHeadRow(db: Db): Promise<{ rows: number; hash: string } | undefined> {
  const row = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return row ? { rows: row.seq, hash: row.hash } : undefined
}

/** The hash of row `seq` as the trail holds it now, or null when that row is gone. */
export async function auditHashAt(db: Db, seq: number): Promise<string | null> {
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst()
  return row?.hash ?? null
}
