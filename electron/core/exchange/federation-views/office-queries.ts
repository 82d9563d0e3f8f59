import { countAll } from '../../db/sql-helpers'
import type { Db } from '../../db/schema/index'
import { leftOutSides } from './left-out'

export function officeById(db: Db, id: string) {
  return db.selectFrom('exchange_office').select(['id', 'union_name']).where('id', '=', id).executeTakeFirst()
}

export async function officeNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('exchange_office').select(['id', 'union_name']).execute()
  return new Map(rows.map((r) => [r.id, r.union_name]))
}

export function registeredOffices(db: Db) {
  return db
    .selectFrom('exchange_office')
    .select(['id', 'union_name', 'credit_code', 'level', 'fingerprint', 'registered_at', 'last_sequence', 'last_kind', 'last_package_at', 'last_imported_at', 'audit_warning'])
    .orderBy('union_name')
    .execute()
}

/** Members per office and status (covering index federation_member_counts, in its order; the caller keeps 在会/保留). */
export function membersByOfficeAndStatus(db: Db) {
  return db.selectFrom('federation_member').select(['office_id', 'status', countAll().as('n')]).groupBy(['office_id', 'status']).execute()
}

export function leftOutCurrentByOffice(db: Db) {
  return db
    .selectFrom(leftOutSides(db).as('lo'))
    .innerJoin('federation_member as fm', (j) => j.onRef('fm.office_id', '=', 'lo.office_id').onRef('fm.member_id', '=', 'lo.member_id'))
    .select(['fm.office_id', countAll().as('n')])
    .where('fm.status', 'in', ['active', 'retained'])
    .groupBy('fm.office_id')
    .execute()
}

/** Open conflicts each office is a side of. */
export function openConflictsByOffice(db: Db) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('exchange_conflict')
        .select('first_office_id as office_id')
        .where('state', '=', 'open')
        .unionAll(eb.selectFrom('exchange_conflict').select('second_office_id as office_id').where('state', '=', 'open'))
        .as('s'),
    )
    .select(['s.office_id', countAll().as('n')])
    .groupBy('s.office_id')
    .execute()
}
