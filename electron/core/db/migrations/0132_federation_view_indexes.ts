import { sql, type Kysely } from 'kysely'

/**
 * Indexes for what a federation reads (issue 15, federation views), pinned by plan tests in
 * test/integration/exchange/federation-views.test.ts.
 *
 * - id_tail: the last four characters of the ID number, the way a clerk searches (尾号). A virtual generated column so
 *   the query is a plain equality on a column (PostgreSQL: a stored column `right(id_number, 4)`); only the migration
 *   knows SQLite's substr.
 * - (status, name) for a name search: without statistics SQLite takes an equality on status over a range on name, so
 *   the range has to sit behind status in one index to be searched rather than filtered.
 * - per grassroots union counts for the drill-down to one office (the 0131 counts index has no org_key).
 * - 入会 (and other dated, categorised facts) counted per office or per union over a period, covered by one index.
 * - the two sides of a conflict, so "left out by 保留一方" is a lookup by (office, member) from either side.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table federation_member add column id_tail text generated always as (substr(id_number, -4)) virtual`.execute(db)
  await sql`create index federation_member_id_tail on federation_member(id_tail)`.execute(db)
  await sql`create index federation_member_status_name on federation_member(status, name)`.execute(db)
  await sql`create index federation_member_org_counts on federation_member(office_id, org_key, status, gender, is_migrant, new_form_type)`.execute(db)
  await sql`create index exchange_record_period_counts on exchange_record(table_name, kind, status, on_date, office_id, org_key)`.execute(db)
  await sql`create index exchange_conflict_first_side on exchange_conflict(first_office_id, first_member_id)`.execute(db)
  await sql`create index exchange_conflict_second_side on exchange_conflict(second_office_id, second_member_id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of ['exchange_conflict_second_side', 'exchange_conflict_first_side', 'exchange_record_period_counts', 'federation_member_org_counts', 'federation_member_status_name', 'federation_member_id_tail']) await sql`drop index ${sql.id(i)}`.execute(db)
  await sql`alter table federation_member drop column id_tail`.execute(db)
}
