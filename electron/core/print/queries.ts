import type { Insertable } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { PrintDocType, PrintLogTable } from '../db/schema/print_log'
import type { PrintOffsetTable } from '../db/schema/print_offset'

/**
 * Takes `n` serials for a year and category in one statement: the counter grows by n and the serials are
 * last - n + 1 … last. The counter only ever grows, so a serial is never handed out twice.
 */
export async function takeSerials(trx: Trx, year: number, category: string, n: number): Promise<number[]> {
  if (n <= 0) return []
  const row = await trx
    .insertInto('print_serial')
    .values({ year, category, last_seq: n })
    .onConflict((oc) => oc.columns(['year', 'category']).doUpdateSet((eb) => ({ last_seq: eb('print_serial.last_seq', '+', n) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return Array.from({ length: n }, (_, i) => row.last_seq - n + 1 + i)
}

export function originalPrints(db: Db, docType: PrintDocType, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return Promise.resolve([])
  return db.selectFrom('print_log').select(['subject_id', 'serial']).where('doc_type', '=', docType).where('reprint', '=', 0).where('voided_at', 'is', null).where('subject_id', 'in', subjectIds).execute()
}

export async function insertPrintLog(trx: Trx, rows: readonly Insertable<PrintLogTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('print_log').values(rows.slice(i, i + 500)).execute()
}

/** Marks logged prints as 作废: their serials stay used, and they no longer count as the original of their subject. */
export async function voidPrints(trx: Trx, ids: readonly string[], at: string, reason: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await trx.updateTable('print_log').set({ voided_at: at, void_reason: reason }).where('id', 'in', ids.slice(i, i + 500)).where('voided_at', 'is', null).execute()
  }
}

export function recentPrints(db: Db, limit: number) {
  return db.selectFrom('print_log').selectAll().orderBy('printed_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
}

export function listOffsets(db: Db) {
  return db.selectFrom('print_offset').selectAll().orderBy('template').orderBy('printer').execute()
}

export function findOffset(db: Db, template: string, printer: string) {
  return db.selectFrom('print_offset').selectAll().where('template', '=', template).where('printer', '=', printer).executeTakeFirst()
}

export async function upsertOffset(trx: Trx, row: PrintOffsetTable): Promise<void> {
  await trx
    .insertInto('print_offset')
    .values(row)
    .onConflict((oc) => oc.columns(['template', 'printer']).doUpdateSet({ x_mm: row.x_mm, y_mm: row.y_mm, updated_at: row.updated_at }))
    .execute()
}

const applicationColumns = [
  'a.id', 'a.amount_fen', 'a.reasons_json', 'a.breakdown_json', 'a.payee_name', 'a.payee_relation', 'a.pay_method', 'a.paid_on', 'a.status', 'a.batch_id',
  'p.name as program_name', 'p.code as program_code',
  'm.id as member_id', 'm.name as member_name', 'm.id_number', 'm.employer_name',
  'o.name as org_name', 'e.name as enterprise_name',
] as const

/** Read-only join over the aid and member tables (owned by those features) for certificates and rosters. */
export function applicationsForPrint(db: Db, by: { id: string } | { batchId: string }) {
  let q = db
    .selectFrom('aid_application as a')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .innerJoin('org as o', 'o.id', 'm.org_id')
    .leftJoin('enterprise as e', 'e.id', 'm.enterprise_id')
    .select(applicationColumns)
  q = 'id' in by ? q.where('a.id', '=', by.id) : q.where('a.batch_id', '=', by.batchId)
  return q.orderBy('m.name_pinyin').orderBy('a.id').execute()
}

export function batchForPrint(db: Db, id: string) {
  return db
    .selectFrom('aid_batch as b')
    .innerJoin('aid_program as p', 'p.id', 'b.program_id')
    .select(['b.id', 'b.title', 'b.status', 'b.notice_start', 'b.notice_end', 'p.name as program_name', 'p.definition_json'])
    .where('b.id', '=', id)
    .executeTakeFirst()
}
