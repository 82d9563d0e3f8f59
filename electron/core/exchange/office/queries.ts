import { sql } from 'kysely'
import { rowKeySeparator, type ExchangedTable } from '../../../../shared/exchange/exchanged-tables'
import type { Db, Trx } from '../../db/schema/index'
import type { ExchangeOutboundTable } from '../../db/schema/exchange_outbound'
import type { ExchangeUpstreamTable } from '../../db/schema/exchange_upstream'

// The office's exchange tables (migration 0130). Carried tables are named by shared/exchange/exchanged-tables.ts, so
// their reads go through the sql tag with sql.table/sql.ref; row values `(a, b) > (?, ?)` are standard SQL (PostgreSQL
// reads them the same way).

export function getUpstream(db: Db) {
  return db.selectFrom('exchange_upstream').selectAll().where('id', '=', 'self').executeTakeFirst()
}

export async function putUpstream(trx: Trx, row: ExchangeUpstreamTable): Promise<void> {
  const { id: _id, ...changes } = row
  await trx.insertInto('exchange_upstream').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute()
}

export function listOutbound(db: Db, limit: number) {
  return db.selectFrom('exchange_outbound').selectAll().orderBy('sequence', 'desc').limit(limit).execute()
}

export function getOutbound(db: Db, sequence: number) {
  return db.selectFrom('exchange_outbound').selectAll().where('sequence', '=', sequence).executeTakeFirst()
}

export async function nextSequence(trx: Trx): Promise<number> {
  const row = await trx.selectFrom('exchange_outbound').select((eb) => eb.fn.max('sequence').as('last')).executeTakeFirst()
  return (row?.last ?? 0) + 1
}

export async function insertOutbound(trx: Trx, row: ExchangeOutboundTable): Promise<void> {
  await trx.insertInto('exchange_outbound').values(row).execute()
}

export async function markDelivered(trx: Trx, sequence: number, deliveredAt: string, receiptJson: string): Promise<void> {
  await trx.updateTable('exchange_outbound').set({ state: 'delivered', delivered_at: deliveredAt, receipt_json: receiptJson }).where('sequence', '=', sequence).execute()
}

/** The last package the federation with this card acknowledged: incremental packages build on it. */
export function baselineFor(db: Db, recipientFingerprint: string) {
  return db
    .selectFrom('exchange_outbound')
    .select(['sequence', 'change_seq', 'delivered_at', 'audit_rows'])
    .where('recipient_fingerprint', '=', recipientFingerprint)
    .where('state', '=', 'delivered')
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** Packages addressed to a card other than this one: the federation's card was changed since. */
export async function sentToOtherCard(db: Db, fingerprint: string): Promise<boolean> {
  const row = await db.selectFrom('exchange_outbound').select('sequence').where('recipient_fingerprint', '!=', fingerprint).limit(1).executeTakeFirst()
  return row !== undefined
}

export async function lastChangeSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('exchange_change').select((eb) => eb.fn.max('seq').as('last')).executeTakeFirst()
  return row?.last ?? 0
}

export async function countChangesAfter(db: Db, seq: number): Promise<number> {
  const row = await db.selectFrom('exchange_change').select((eb) => eb.fn.countAll<number>().as('n')).where('seq', '>', seq).executeTakeFirst()
  return Number(row?.n ?? 0)
}

export async function countRows(db: Db, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)
  return Number(r.rows[0]?.n ?? 0)
}

export type PlainRow = Record<string, unknown>

const keyTuple = (t: ExchangedTable) => sql`(${sql.join(t.key.map((c) => sql.ref(c)))})`
const keyOrder = (t: ExchangedTable) => sql.join(t.key.map((c) => sql.ref(c)))

/** One page of a carried table in key order, after the key `after` (null: from the start). */
export async function pageOfTable(db: Db, t: ExchangedTable, after: readonly unknown[] | null, limit: number): Promise<PlainRow[]> {
  const where = after === null ? sql`` : sql`where ${keyTuple(t)} > (${sql.join(after.map((v) => sql`${v}`))})`
  const r = await sql<PlainRow>`select * from ${sql.table(t.table)} ${where} order by ${keyOrder(t)} limit ${limit}`.execute(db)
  return r.rows
}

/** One page of the change log of a table after a change sequence, in sequence order. */
export function pageOfChanges(db: Db, table: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('exchange_change')
    .select(['seq', 'row_key', 'op'])
    .where('table_name', '=', table)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute()
}

/**
 * The current rows of a table for change-log row keys (key columns joined by U+001F, as text). Looked up by the first
 * key column, which every carried table indexes (its primary key or the key's leading column); rows of a composite key
 * are then matched on the whole key as the log writes it.
 */
export async function rowsByKeys(db: Db, t: ExchangedTable, rowKeys: readonly string[]): Promise<PlainRow[]> {
  if (rowKeys.length === 0) return []
  const [first = 'id'] = t.key
  const firsts = [...new Set(rowKeys.map((k) => k.split(rowKeySeparator)[0] ?? ''))]
  const r = await sql<PlainRow>`select * from ${sql.table(t.table)} where ${sql.ref(first)} in (${sql.join(firsts.map((v) => sql`${v}`))})`.execute(db)
  if (t.key.length === 1) return r.rows
  const wanted = new Set(rowKeys)
  return r.rows.filter((row) => wanted.has(rowKeyOf(t, row)))
}

/** A row's key as the change log writes it: the key columns as text, joined by U+001F. */
export function rowKeyOf(t: ExchangedTable, row: PlainRow): string {
  return t.key.map((c) => String(row[c])).join(rowKeySeparator)
}
