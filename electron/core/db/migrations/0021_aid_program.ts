import { sql, type Kysely } from 'kysely'

/** Aid programs, one row per version; a version under which money was paid is never edited again. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('aid_program')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('fixed','graded','table','medical','in_kind')`))
    .addColumn('budget_fen', 'integer', (c) => c.notNull().check(sql`budget_fen >= 0`))
    .addColumn('cap_group', 'text')
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull().check(sql`is_current in (0,1)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create unique index aid_program_version on aid_program(code, year, version)`.execute(db)
  await sql`create unique index aid_program_current on aid_program(code, year) where is_current = 1`.execute(db)
  await sql`create index aid_program_year on aid_program(year, code)`.execute(db)
  await sql`create index aid_program_cap_group on aid_program(cap_group) where cap_group is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('aid_program').execute()
}
