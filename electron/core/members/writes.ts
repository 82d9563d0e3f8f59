import type { Insertable, Updateable } from 'kysely'
import type { MemberTable } from '../db/schema/member'
import type { MemberEventTable } from '../db/schema/member_event'
import type { Trx } from '../db/schema/index'
import { insertJsonRows } from '../db/sql-helpers'

/** Rows per statement; with one JSON parameter the 32,766-parameter bound no longer applies, 500 keeps statements small. */
const CHUNK = 500

const memberColumns = [
  'id', 'org_id', 'enterprise_id', 'name', 'id_number', 'id_kind', 'gender', 'birth_date', 'ethnicity', 'employment_status', 'education',
  'skill_level', 'phone', 'hukou_type', 'hukou_place', 'political_status', 'employer_name', 'native_place', 'is_migrant', 'new_form_type',
  'bank_name', 'bank_account', 'notes', 'status', 'name_rest', 'name_pinyin', 'name_initials', 'id_reversed', 'created_at', 'updated_at',
  'name_key', 'name_given',
] as const satisfies ReadonlyArray<keyof MemberTable>

const eventColumns = ['id', 'member_id', 'org_id', 'type', 'date', 'reason', 'operator', 'created_at', 'to_org_id', 'to_text'] as const satisfies ReadonlyArray<keyof MemberEventTable>

export async function insertMembers(trx: Trx, rows: Array<Insertable<MemberTable>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insertJsonRows('member', memberColumns, rows.slice(i, i + CHUNK)).execute(trx)
}

export async function insertEvents(trx: Trx, rows: Array<Insertable<MemberEventTable>>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insertJsonRows('member_event', eventColumns, rows.slice(i, i + CHUNK)).execute(trx)
}

export async function voidEvents(trx: Trx, ids: string[], v: { at: string; by: string; reason: string }): Promise<void> {
  await trx.updateTable('member_event').set({ voided_at: v.at, voided_by: v.by, void_reason: v.reason }).where('id', 'in', ids).execute()
}

/** A member entered by mistake: its history goes with it (the caller has checked nothing else refers to it). */
export async function deleteMemberRows(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('member_event').where('member_id', '=', id).execute()
  await trx.deleteFrom('member').where('id', '=', id).execute()
}

export async function updateMember(trx: Trx, id: string, changes: Updateable<MemberTable>): Promise<void> {
  await trx.updateTable('member').set(changes).where('id', '=', id).execute()
}

export async function saveImportMapping(trx: Trx, rows: Array<{ header: string; field: string | null; updated_at: string }>): Promise<void> {
  for (const row of rows) {
    await trx
      .insertInto('member_import_mapping')
      .values(row)
      .onConflict((oc) => oc.column('header').doUpdateSet({ field: row.field, updated_at: row.updated_at }))
      .execute()
  }
}

/**
 * At most one chunk write in flight while the caller prepares the next chunk on the main thread (SQLite runs in
 * node-sqlite3's worker thread, so parsing and writing overlap). `after` waits for the previous write before any other
 * query touches the connection, so statements never interleave; `drain` must run before the transaction ends.
 */
export function chunkPipeline() {
  let pending: Promise<void> = Promise.resolve()
  return {
    after: async () => pending,
    start: (write: () => Promise<void>) => {
      pending = write()
      // Handled when awaited in after()/drain(); this only keeps Node from reporting it as unhandled meanwhile.
      pending.catch(() => undefined)
    },
    drain: async () => pending,
    /** On failure: let the in-flight write settle before the rollback, whatever its outcome. */
    settle: async () => pending.catch(() => undefined),
  }
}
