import { sql, type Kysely } from 'kysely'

/**
 * 统计报表 (issue 16): the first day of the statistical year (domain §11.1: 1 October, a setting). One row, id 'self',
 * written here so every database has the default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_setting')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'self'`))
    .addColumn('year_start', 'text', (c) => c.notNull().check(sql`year_start glob '[01][0-9]-[0-3][0-9]'`))
    .addColumn('updated_at', 'text')
    .modifyEnd(sql`strict`)
    .execute()
  await sql`insert into report_setting (id, year_start) values ('self', '10-01')`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_setting').execute()
}
