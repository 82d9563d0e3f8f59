import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) > 0`))
    .addColumn('credit_code', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('org.id'))
    .addColumn('founded_on', 'text')
    .addColumn('chairman', 'text')
    .addColumn('contact_person', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('address', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active','merged','dissolved')`))
    .addColumn('merged_into', 'text', (c) => c.references('org.id'))
    .addColumn('dissolved_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  // Two active unions with one name would make imports by union name ambiguous.
  await sql`create unique index org_active_name on org(name) where status = 'active'`.execute(db)
  await sql`create index org_parent on org(parent_id)`.execute(db)

  await db.schema
    .createTable('enterprise')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) > 0`))
    .addColumn('credit_code', 'text')
    .addColumn('industry', 'text')
    .addColumn('economic_type', 'text')
    .addColumn('address', 'text')
    .addColumn('employee_count', 'integer', (c) => c.check(sql`employee_count >= 0`))
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index enterprise_org on enterprise(org_id, name)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enterprise').execute()
  await db.schema.dropTable('org').execute()
}
