import { sql, type Kysely } from 'kysely'

/**
 * 一户一档: one household file per member. Family members, incomes and expenses are stored as JSON lists on the file:
 * they are always read and written with the file, and nothing searches inside them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hardship_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().unique().references('member.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('申请','初审','入户调查','公示','建档','年度复核','脱困','返困','未通过')`),
    )
    .addColumn('category', 'text', (c) => c.check(sql`category in ('深度困难','相对困难','意外致困')`))
    .addColumn('category_reason', 'text')
    .addColumn('causes_json', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('bank_account', 'text')
    .addColumn('household_size', 'integer', (c) => c.notNull().check(sql`household_size >= 1`))
    .addColumn('annual_income_fen', 'integer', (c) => c.notNull().check(sql`annual_income_fen >= 0`))
    .addColumn('rigid_expenses_fen', 'integer', (c) => c.notNull().check(sql`rigid_expenses_fen >= 0`))
    .addColumn('family_json', 'text', (c) => c.notNull())
    .addColumn('incomes_json', 'text', (c) => c.notNull())
    .addColumn('expenses_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('registered_on', 'text')
    .addColumn('last_reviewed_on', 'text')
    .addColumn('next_review_due', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index hardship_file_status on hardship_file(status, updated_at)`.execute(db)
  await sql`create index hardship_file_review_due on hardship_file(next_review_due) where next_review_due is not null`.execute(db)

  await db.schema
    .createTable('hardship_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull().references('hardship_file.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index hardship_event_file on hardship_event(file_id, at)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('hardship_event').execute()
  await db.schema.dropTable('hardship_file').execute()
}
