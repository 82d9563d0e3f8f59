import { REGISTERED_STATUSES, type HardshipCategoryValue, type HardshipStatus } from '../../../shared/hardship/types'
import type { Db, Trx } from '../db/schema/index'
import { totalOf } from '../db/sql-helpers'
import type { HardshipEventTable } from '../db/schema/hardship_event'
import type { HardshipFileTable } from '../db/schema/hardship_file'

function base(db: Db) {
  return db
    .selectFrom('hardship_file as h')
    .innerJoin('member as m', 'm.id', 'h.member_id')
    .selectAll('h')
    .select(['m.name as member_name', 'm.id_number as member_id_number', 'm.birth_date as member_birth_date'])
}


export function findFile(db: Db, by: { id: string } | { memberId: string }) {
  const q = base(db)
  return ('id' in by ? q.where('h.id', '=', by.id) : q.where('h.member_id', '=', by.memberId)).executeTakeFirst()
}

export interface FileFilter {
  q?: string | undefined
  status?: HardshipStatus | undefined
  category?: HardshipCategoryValue | undefined
  reviewDueBy?: string | undefined
}

function filtered(db: Db, f: FileFilter) {
  let q = base(db)
  if (f.status !== undefined) q = q.where('h.status', '=', f.status)
  if (f.category !== undefined) q = q.where('h.category', '=', f.category)
  if (f.reviewDueBy !== undefined) q = q.where('h.next_review_due', '<=', f.reviewDueBy).where('h.status', 'in', REGISTERED_STATUSES)
  if (f.q) q = q.where((eb) => eb.or([eb('m.name', '=', f.q ?? ''), eb('m.id_number', '=', (f.q ?? '').toUpperCase())]))
  return q
}

export async function listFiles(db: Db, f: FileFilter, page: { limit: number; offset: number }) {
  const items = await filtered(db, f).orderBy('h.updated_at', 'desc').limit(page.limit).offset(page.offset).execute()
  return { items, total: await totalOf(filtered(db, f)) }
}

/** Registered files whose review falls due by `until`, earliest first (index hardship_file_review_due). */
export function dueFiles(db: Db, until: string, statuses: readonly HardshipStatus[]) {
  return base(db).where('h.next_review_due', '<=', until).where('h.status', 'in', statuses).orderBy('h.next_review_due').execute()
}

export function fileEvents(db: Db, fileId: string) {
  return db.selectFrom('hardship_event').selectAll().where('file_id', '=', fileId).orderBy('at').execute()
}

export async function insertFile(trx: Trx, row: HardshipFileTable): Promise<void> {
  await trx.insertInto('hardship_file').values(row).execute()
}

export async function updateFile(trx: Trx, id: string, changes: Partial<Omit<HardshipFileTable, 'id' | 'member_id'>>): Promise<void> {
  await trx.updateTable('hardship_file').set(changes).where('id', '=', id).execute()
}

export async function insertEvent(trx: Trx, row: HardshipEventTable): Promise<void> {
  await trx.insertInto('hardship_event').values(row).execute()
}
