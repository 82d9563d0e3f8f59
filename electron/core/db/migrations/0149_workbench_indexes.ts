import { sql, type Kysely } from 'kysely'

/**
 * 工作台 (issue 16): aid paid per month and program is counted from this index alone (it holds every column the query
 * reads, so the table is never visited). Joins and departures per month read 0141's member_event_type_date_org, which
 * starts with the same (type, voided_at, date). Not partial: SQLite does not count a partial index as covering when
 * its condition's column is in the query, and cannot match a condition against a bound parameter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index aid_application_paid on aid_application(status, paid_on, program_id, amount_fen)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index aid_application_paid`.execute(db)
}
