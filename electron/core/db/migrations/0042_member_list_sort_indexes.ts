import { sql, type Kysely } from 'kysely'

/**
 * The member list at 200,000 rows (issue 10): one index per sort the list offers (姓名拼音, 出生日期, 更新时间, 录入时间),
 * each holding the record id right after the sort key, so ORDER BY key, id (a total order, also when an import gave
 * 100,000 rows one timestamp) is read from the index in order, and the filter columns after it, so the union, status,
 * gender, migrant, new-form and age filters are checked in the index before any row is read. They replace the bare
 * name_pinyin and birth_date indexes (a search prefix on either is still a range on the leading column) and
 * member_gender_migrant_pinyin, which no list query uses any more. A narrow filter instead starts from its own index
 * (union, status, or the partial new-form index below) and sorts its few matches.
 */
const filterColumns = 'org_id, status, gender, is_migrant, new_form_type'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index member_name_pinyin`.execute(db)
  await sql`drop index member_birth_date`.execute(db)
  await sql`drop index member_gender_migrant_pinyin`.execute(db)
  await sql.raw(`create index member_list_pinyin on member(name_pinyin, id, ${filterColumns}, birth_date)`).execute(db)
  await sql.raw(`create index member_list_birth on member(birth_date, id, ${filterColumns})`).execute(db)
  await sql.raw(`create index member_list_updated on member(updated_at, id, ${filterColumns}, birth_date)`).execute(db)
  await sql.raw(`create index member_list_created on member(created_at, id, ${filterColumns}, birth_date)`).execute(db)
  await sql`create index member_new_form on member(new_form_type, status, org_id, gender, is_migrant, birth_date) where new_form_type is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['member_new_form', 'member_list_created', 'member_list_updated', 'member_list_birth', 'member_list_pinyin']) {
    await sql`drop index ${sql.id(name)}`.execute(db)
  }
  await sql`create index member_gender_migrant_pinyin on member(gender, is_migrant, name_pinyin)`.execute(db)
  await sql`create index member_birth_date on member(birth_date)`.execute(db)
  await sql`create index member_name_pinyin on member(name_pinyin)`.execute(db)
}
