import type { ApplicationStatus } from '../../../shared/aid/types'
import type { Db, Trx } from '../db/schema/index'
import { totalOf } from '../db/sql-helpers'
import type { AidApplicationTable } from '../db/schema/aid_application'
import type { AidApplicationEventTable } from '../db/schema/aid_application_event'
import type { AidAttachmentTable } from '../db/schema/aid_attachment'
import type { ApplicationListRow } from './mappers'

const CHUNK = 500

function listBase(db: Db) {
  return db
    .selectFrom('aid_application as a')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .selectAll('a')
    .select([
      'p.code as program_code',
      'p.name as program_name',
      'p.year as program_year',
      'm.name as member_name',
      'm.id_number as member_id_number',
      // The member's account as registered now: an application that names none is paid into it (payee-account.ts).
      'm.bank_name as member_bank_name',
      'm.bank_account as member_bank_account',
    ])
}

export function findApplication(db: Db, id: string): Promise<ApplicationListRow | undefined> {
  return listBase(db).where('a.id', '=', id).executeTakeFirst()
}

export function applicationsByIds(db: Db, ids: readonly string[]): Promise<ApplicationListRow[]> {
  return listBase(db).where('a.id', 'in', ids).execute()
}

export interface ApplicationFilter {
  programId?: string | undefined
  memberId?: string | undefined
  batchId?: string | undefined
  status?: ApplicationStatus | undefined
  unbatched?: boolean | undefined
  q?: string | undefined
  programCode?: string | undefined
  /** Paid on or after / on or before (an application not paid has no payment date and is left out). */
  paidFrom?: string | undefined
  paidTo?: string | undefined
}

function filtered(db: Db, f: ApplicationFilter) {
  let q = listBase(db)
  if (f.programId !== undefined) q = q.where('a.program_id', '=', f.programId)
  if (f.memberId !== undefined) q = q.where('a.member_id', '=', f.memberId)
  if (f.batchId !== undefined) q = q.where('a.batch_id', '=', f.batchId)
  if (f.status !== undefined) q = q.where('a.status', '=', f.status)
  if (f.unbatched === true) q = q.where('a.batch_id', 'is', null)
  if (f.programCode !== undefined) q = q.where('p.code', '=', f.programCode)
  if (f.paidFrom !== undefined) q = q.where('a.paid_on', '>=', f.paidFrom)
  if (f.paidTo !== undefined) q = q.where('a.paid_on', '<=', f.paidTo)
  if (f.q) q = q.where((eb) => eb.or([eb('m.name', '=', f.q ?? ''), eb('m.id_number', '=', (f.q ?? '').toUpperCase())]))
  return q
}

export async function listApplications(db: Db, f: ApplicationFilter, page: { limit: number; offset: number }) {
  // Newest first in claim order (shared/aid/claim-order.ts): ids break same-day ties, which created_at cannot.
  const items = await filtered(db, f).orderBy('a.date', 'desc').orderBy('a.id', 'desc').limit(page.limit).offset(page.offset).execute()
  return { items, total: await totalOf(filtered(db, f)) }
}

export function batchApplications(db: Db, batchId: string): Promise<ApplicationListRow[]> {
  return listBase(db).where('a.batch_id', '=', batchId).orderBy('m.name_pinyin').orderBy('a.date').orderBy('a.id').execute()
}

export async function insertApplication(trx: Trx, row: AidApplicationTable): Promise<void> {
  await trx.insertInto('aid_application').values(row).execute()
}

export async function insertApplications(trx: Trx, rows: readonly AidApplicationTable[]): Promise<void> {
  // 32 columns × 500 rows stays far below SQLite's 32,766 bound parameters.
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('aid_application').values(rows.slice(i, i + CHUNK)).execute()
}

export async function updateApplication(trx: Trx, id: string, changes: Partial<Omit<AidApplicationTable, 'id'>>): Promise<void> {
  await trx.updateTable('aid_application').set(changes).where('id', '=', id).execute()
}

export async function updateApplications(
  trx: Trx,
  ids: readonly string[],
  changes: Partial<Omit<AidApplicationTable, 'id'>>,
): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await trx.updateTable('aid_application').set(changes).where('id', 'in', ids.slice(i, i + CHUNK)).execute()
  }
}

/**
 * At a bank payment, an application that named no account records the member's account it was paid into, so the
 * record still says where the money went after the member's account changes.
 */
export async function recordMemberAccounts(trx: Trx, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await trx
      .updateTable('aid_application')
      .set((eb) => ({
        bank_name: eb.selectFrom('member').select('member.bank_name').whereRef('member.id', '=', 'aid_application.member_id'),
        bank_account: eb.selectFrom('member').select('member.bank_account').whereRef('member.id', '=', 'aid_application.member_id'),
      }))
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .where('bank_name', 'is', null)
      .where('bank_account', 'is', null)
      .where('payee_relation', 'is', null)
      .execute()
  }
}

export async function insertEvents(trx: Trx, rows: readonly AidApplicationEventTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('aid_application_event').values(rows.slice(i, i + CHUNK)).execute()
}

/** A draft and what hangs off it (its history and scan records); drafts are in no batch and have no objection. */
export async function deleteApplicationRow(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('aid_attachment').where('application_id', '=', id).execute()
  await trx.deleteFrom('aid_application_event').where('application_id', '=', id).execute()
  await trx.deleteFrom('aid_application').where('id', '=', id).execute()
}

export function applicationEvents(db: Db, applicationId: string) {
  // Ids break ties of one call's events (录入 and 提交 share a millisecond).
  return db.selectFrom('aid_application_event').selectAll().where('application_id', '=', applicationId).orderBy('at').orderBy('id').execute()
}

export function applicationAttachments(db: Db, applicationId: string) {
  return db.selectFrom('aid_attachment').selectAll().where('application_id', '=', applicationId).orderBy('added_at').execute()
}

/** The same scan already attached as the same material of the application (a retry), if any. */
export function findAttachment(db: Db, p: { applicationId: string; material: string; sha256: string }) {
  return db
    .selectFrom('aid_attachment')
    .selectAll()
    .where('application_id', '=', p.applicationId)
    .where('material', '=', p.material)
    .where('sha256', '=', p.sha256)
    .executeTakeFirst()
}

export async function insertAttachment(trx: Trx, row: AidAttachmentTable): Promise<void> {
  await trx.insertInto('aid_attachment').values(row).execute()
}
