import { sql, type Kysely } from 'kysely'

/**
 * Index set tuned for writes (issue 4 bench): the per-union counts now come from member_tally, so the wide
 * member_org_counts index only cost every insert; the list filtered by gender + migrant gets an index that serves its
 * WHERE and its pinyin ORDER BY, so the first page is read in order instead of sorting every match.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists member_org_counts`.execute(db)
  await sql`create index member_gender_migrant_pinyin on member(gender, is_migrant, name_pinyin)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index member_gender_migrant_pinyin`.execute(db)
  await sql`create index member_org_counts on member(org_id, status, gender, is_migrant, new_form_type)`.execute(db)
}
