import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profile')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'self'`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) > 0`))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('parent_name', 'text')
    .addColumn('address', 'text')
    .addColumn('contact_person', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('chairman', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('profile').execute()
}
