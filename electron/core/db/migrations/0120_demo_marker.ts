import { sql, type Kysely } from 'kysely'

/**
 * Marks a database that holds demo data (issue 13 item 19): at most one row, written by demo.load, removed by
 * demo.clear. `counts_json` is how many rows each record table held right after the load, so clearing can tell
 * records a clerk added since (real work typed into a demo database) from the demo's own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('demo_marker')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'self'`))
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull().check(sql`members >= 0`))
    .addColumn('counts_json', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('demo_marker').execute()
}
