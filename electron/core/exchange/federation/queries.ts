import { sql, type Insertable } from 'kysely'
import type { Db, Trx } from '../../db/schema/index'
import type { ExchangeConflictTable } from '../../db/schema/exchange_conflict'
import type { ExchangeInboundTable } from '../../db/schema/exchange_inbound'
import type { ExchangeOfficeRow, ExchangeOfficeTable } from '../../db/schema/exchange_office'
import type { ExchangeRecordTable } from '../../db/schema/exchange_record'
import type { FederationMemberTable } from '../../db/schema/federation_member'

/** Registered offices, and the rows an import merges; plain Kysely so that a federation can move to PostgreSQL. */

export function listOffices(db: Db): Promise<ExchangeOfficeRow[]> {
  return db.selectFrom('exchange_office').selectAll().execute()
}

export function officeByFingerprint(db: Db, fingerprint: string): Promise<ExchangeOfficeRow | undefined> {
  return db.selectFrom('exchange_office').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst()
}

export function officeByCreditCode(db: Db, creditCode: string): Promise<ExchangeOfficeRow | undefined> {
  return db.selectFrom('exchange_office').selectAll().where('credit_code', '=', creditCode).executeTakeFirst()
}

export async function insertOffice(trx: Trx, row: Insertable<ExchangeOfficeTable>): Promise<void> {
  await trx.insertInto('exchange_office').values(row).execute()
}

export async function updateOffice(trx: Trx, id: string, changes: Partial<ExchangeOfficeTable>): Promise<void> {
  await trx.updateTable('exchange_office').set(changes).where('id', '=', id).execute()
}

export async function insertInbound(trx: Trx, row: Insertable<ExchangeInboundTable>): Promise<void> {
  await trx.insertInto('exchange_inbound').values(row).execute()
}

/** A package number used again by an office whose card was replaced (a new PC starting at 1): the old row is history. */
/** What merging this package did when it was first imported, for the receipt of a replay. */
export function inboundOf(db: Db, officeId: string, sequence: number) {
  return db.selectFrom('exchange_inbound').select(['inserted', 'updated', 'deleted', 'conflicts', 'imported_at']).where('office_id', '=', officeId).where('sequence', '=', sequence).executeTakeFirst()
}

/** The audit heads of the office's merged packages since its card was registered, newest first. */
export function inboundAuditHeads(db: Db, officeId: string, since: string) {
  return db
    .selectFrom('exchange_inbound')
    .select(['sequence', 'audit_rows', 'audit_hash'])
    .where('office_id', '=', officeId)
    .where('imported_at', '>=', since)
    .where('audit_rows', 'is not', null)
    .orderBy('sequence', 'desc')
    .execute()
}

export async function dropInboundFrom(trx: Trx, officeId: string, sequence: number): Promise<void> {
  await trx.deleteFrom('exchange_inbound').where('office_id', '=', officeId).where('sequence', '>=', sequence).execute()
}

/** One page of an office's record keys, in primary-key order (keyset paging: no offset re-scan). */
export function recordKeyPage(db: Db, officeId: string, after: { table: string; key: string } | null, limit: number) {
  let q = db.selectFrom('exchange_record').select(['table_name', 'row_key']).where('office_id', '=', officeId)
  if (after) q = q.where((eb) => eb.or([eb('table_name', '>', after.table), eb.and([eb('table_name', '=', after.table), eb('row_key', '>', after.key)])]))
  return q.orderBy('table_name').orderBy('row_key').limit(limit).execute()
}

export async function deleteOfficeRecords(trx: Trx, officeId: string): Promise<void> {
  await trx.deleteFrom('federation_member').where('office_id', '=', officeId).execute()
  await trx.deleteFrom('exchange_record').where('office_id', '=', officeId).execute()
}

export async function existingRecordKeys(trx: Trx, officeId: string, table: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await trx.selectFrom('exchange_record').select('row_key').where('office_id', '=', officeId).where('table_name', '=', table).where('row_key', 'in', keys).execute()
  return new Set(rows.map((r) => r.row_key))
}

export async function upsertRecords(trx: Trx, rows: readonly Insertable<ExchangeRecordTable>[]): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('exchange_record')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['office_id', 'table_name', 'row_key']).doUpdateSet((eb) => ({
        data: eb.ref('excluded.data'),
        org_key: eb.ref('excluded.org_key'),
        on_date: eb.ref('excluded.on_date'),
        kind: eb.ref('excluded.kind'),
        status: eb.ref('excluded.status'),
        amount_fen: eb.ref('excluded.amount_fen'),
        head_count: eb.ref('excluded.head_count'),
      })),
    )
    .execute()
}

export async function deleteRecords(trx: Trx, officeId: string, table: string, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0
  const r = await trx.deleteFrom('exchange_record').where('office_id', '=', officeId).where('table_name', '=', table).where('row_key', 'in', keys).executeTakeFirst()
  return Number(r.numDeletedRows)
}

export async function upsertFederationMembers(trx: Trx, rows: readonly Insertable<FederationMemberTable>[]): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('federation_member')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['office_id', 'member_id']).doUpdateSet((eb) => ({
        org_key: eb.ref('excluded.org_key'),
        name: eb.ref('excluded.name'),
        name_pinyin: eb.ref('excluded.name_pinyin'),
        id_number: eb.ref('excluded.id_number'),
        gender: eb.ref('excluded.gender'),
        birth_date: eb.ref('excluded.birth_date'),
        status: eb.ref('excluded.status'),
        is_migrant: eb.ref('excluded.is_migrant'),
        new_form_type: eb.ref('excluded.new_form_type'),
        employer_name: eb.ref('excluded.employer_name'),
      })),
    )
    .execute()
}

export async function deleteFederationMembers(trx: Trx, officeId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return
  await trx.deleteFrom('federation_member').where('office_id', '=', officeId).where('member_id', 'in', memberIds).execute()
}

/**
 * 在会/保留, written as literals: SQLite uses the partial index federation_member_active_id only when the query states
 * its condition literally (a bound parameter cannot prove it), and without it the join scans every standing member
 * once per member, which made 500,000 members hours instead of seconds. The same text serves PostgreSQL.
 */
const standing = (alias: 'mine' | 'other') => sql<boolean>`${sql.ref(`${alias}.status`)} in ('active', 'retained')`

/** Members of other offices holding (在会/保留) an ID number that these members of `officeId` hold too. */
export function crossOfficeMatchesQuery(trx: Trx, officeId: string, memberIds: readonly string[]) {
  return trx
    .selectFrom('federation_member as mine')
    .innerJoin('federation_member as other', 'other.id_number', 'mine.id_number')
    .innerJoin('exchange_office as o', 'o.id', 'other.office_id')
    .select(['mine.member_id', 'mine.name', 'mine.id_number', 'other.office_id as other_office_id', 'other.member_id as other_member_id', 'o.union_name as other_office'])
    .where('mine.office_id', '=', officeId)
    .where('mine.member_id', 'in', memberIds)
    .where(standing('mine'))
    .where(standing('other'))
    .where('other.office_id', '!=', officeId)
}

export function crossOfficeMatches(trx: Trx, officeId: string, memberIds: readonly string[]) {
  return crossOfficeMatchesQuery(trx, officeId, memberIds).execute()
}

export function conflictsForIdNumbers(trx: Trx, idNumbers: readonly string[]) {
  return trx
    .selectFrom('exchange_conflict')
    .select(['id_number', 'first_office_id', 'first_member_id', 'second_office_id', 'second_member_id'])
    .where('id_number', 'in', idNumbers)
    .execute()
}

export async function insertConflicts(trx: Trx, rows: readonly Insertable<ExchangeConflictTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('exchange_conflict').values(rows.slice(i, i + 500)).execute()
}

export function conflictById(db: Db, id: string) {
  return db.selectFrom('exchange_conflict').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updateConflict(trx: Trx, id: string, changes: Partial<ExchangeConflictTable>): Promise<void> {
  await trx.updateTable('exchange_conflict').set(changes).where('id', '=', id).execute()
}
