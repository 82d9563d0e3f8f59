import { sql } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { AidBatchTable } from '../db/schema/aid_batch'
import type { AidObjectionTable } from '../db/schema/aid_objection'
import type { BatchListRow } from './mappers'

function batchBase(db: Db) {
  return db
    .selectFrom('aid_batch as b')
    .innerJoin('aid_program as p', 'p.id', 'b.program_id')
    .selectAll('b')
    .select([
      'p.code as program_code',
      'p.name as program_name',
      'p.year as program_year',
      sql<number>`(select count(*) from aid_application a where a.batch_id = b.id and a.status != 'rejected')`.as('application_count'),
      sql<number>`(select coalesce(sum(a.amount_fen), 0) from aid_application a where a.batch_id = b.id and a.status != 'rejected')`.as('total_fen'),
    ])
}

export function findBatch(db: Db, id: string): Promise<BatchListRow | undefined> {
  return batchBase(db).where('b.id', '=', id).executeTakeFirst()
}

export function listBatchRows(db: Db, f: { programId?: string | undefined; status?: AidBatchTable['status'] | undefined }) {
  let q = batchBase(db)
  if (f.programId !== undefined) q = q.where('b.program_id', '=', f.programId)
  if (f.status !== undefined) q = q.where('b.status', '=', f.status)
  return q.orderBy('b.created_at', 'desc').execute()
}

export async function countBatches(db: Db, programCode: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('aid_batch as b')
    .innerJoin('aid_program as p', 'p.id', 'b.program_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('p.code', '=', programCode)
    .where('p.year', '=', year)
    .executeTakeFirstOrThrow()
  return row.n
}

export async function insertBatch(trx: Trx, row: AidBatchTable): Promise<void> {
  await trx.insertInto('aid_batch').values(row).execute()
}

export async function updateBatch(trx: Trx, id: string, changes: Partial<Omit<AidBatchTable, 'id'>>): Promise<void> {
  await trx.updateTable('aid_batch').set(changes).where('id', '=', id).execute()
}

export function batchObjections(db: Db, batchId: string) {
  return db.selectFrom('aid_objection').selectAll().where('batch_id', '=', batchId).orderBy('created_at').execute()
}

export function findObjection(db: Db, id: string) {
  return db.selectFrom('aid_objection').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertObjection(trx: Trx, row: AidObjectionTable): Promise<void> {
  await trx.insertInto('aid_objection').values(row).execute()
}

export async function updateObjection(trx: Trx, id: string, changes: Partial<Omit<AidObjectionTable, 'id'>>): Promise<void> {
  await trx.updateTable('aid_objection').set(changes).where('id', '=', id).execute()
}

/** An approved batch whose applications are all paid or rejected is itself paid. */
export async function settleBatchIfDone(trx: Trx, batchId: string): Promise<void> {
  const open = await trx
    .selectFrom('aid_application')
    .select(sql<number>`count(*)`.as('n'))
    .where('batch_id', '=', batchId)
    .where('status', 'not in', ['paid', 'rejected'])
    .executeTakeFirstOrThrow()
  if (open.n === 0) await trx.updateTable('aid_batch').set({ status: 'paid' }).where('id', '=', batchId).where('status', '=', 'approved').execute()
}

/** When the last application of the batch passed review (an instant), or null for a batch with none reviewed. */
export async function latestReviewAt(db: Db, batchId: string): Promise<string | null> {
  const row = await db
    .selectFrom('aid_application_event as e')
    .innerJoin('aid_application as a', 'a.id', 'e.application_id')
    .select((eb) => eb.fn.max('e.at').as('at'))
    .where('a.batch_id', '=', batchId)
    .where('e.action', '=', 'approve_review')
    .executeTakeFirst()
  return row?.at ?? null
}
