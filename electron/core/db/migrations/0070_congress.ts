import { sql, type Kysely } from 'kysely'

/**
 * Workers' congresses (domain.md §9): one record per enterprise, its roster of representatives, and its sessions.
 * A session's agenda and votes are JSON on the session row: always read and written with it, never searched inside.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('congress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().unique().references('enterprise.id'))
    .addColumn('established', 'integer', (c) => c.notNull().check(sql`established in (0, 1)`))
    .addColumn('rules_on_file', 'integer', (c) => c.notNull().check(sql`rules_on_file in (0, 1)`))
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text', (c) => c.check(sql`term_end is null or term_start is null or term_end >= term_start`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('congress_representative')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('congress_id', 'text', (c) => c.notNull().references('congress.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) > 0`))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('一线职工','中层以上管理人员和领导人员','其他')`))
    .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('男','女')`))
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index congress_representative_congress on congress_representative(congress_id, seq)`.execute(db)

  await db.schema
    .createTable('congress_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('congress_id', 'text', (c) => c.notNull().references('congress.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull().check(sql`present >= 0`))
    .addColumn('items_json', 'text', (c) => c.notNull())
    .addColumn('votes_json', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index congress_session_congress on congress_session(congress_id, seq)`.execute(db)
  // The 六对标 table pages through the register by enterprise name, and names resolve enterprises (CLI files).
  // "if not exists": the collective-contract block may create the same index for its own name look-ups.
  await sql`create index if not exists enterprise_name on enterprise(name)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('congress_session').execute()
  await db.schema.dropTable('congress_representative').execute()
  await db.schema.dropTable('congress').execute()
}
