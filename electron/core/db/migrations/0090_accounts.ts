import { sql, type Kysely } from 'kysely'

/** Local accounts and their sign-in settings (issue 14). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','clerk','reviewer','viewer')`))
    .addColumn('password_hash', 'text', (c) => c.notNull().check(sql`password_hash like 'scrypt$%'`))
    .addColumn('active', 'integer', (c) => c.notNull().check(sql`active in (0, 1)`))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0).check(sql`failed_logins >= 0`))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  // Names are typed at a prompt: 'Wang' and 'wang' are one account.
  await sql`create unique index user_account_name on user_account(name collate nocase)`.execute(db)
  await db.schema
    .createTable('account_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('idle_lock_minutes', 'integer', (c) => c.notNull().check(sql`idle_lock_minutes between 1 and 480`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_setting').execute()
  await db.schema.dropTable('user_account').execute()
}
