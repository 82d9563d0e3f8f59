import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // Last serial handed out per year and category; serials come only from here, so none is ever reused.
  await db.schema
    .createTable('print_serial')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull().check(sql`last_seq > 0`))
    .addPrimaryKeyConstraint('print_serial_pk', ['year', 'category'])
    .modifyEnd(sql`strict`)
    .execute()
  // Every numbered print: what, for whom, when, by whom; a reprint repeats the serial with reprint = 1.
  await db.schema
    .createTable('print_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text', (c) => c.notNull().check(sql`doc_type in ('certificate', 'roster', 'member_certificate', 'member_transfer')`))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('reprint', 'integer', (c) => c.notNull().check(sql`reprint in (0, 1)`))
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .addColumn('printed_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await db.schema.createIndex('print_log_serial_original').unique().on('print_log').column('serial').where(sql.ref('reprint'), '=', 0).execute()
  await db.schema.createIndex('print_log_subject').on('print_log').columns(['doc_type', 'subject_id', 'reprint']).execute()
  await db.schema.createIndex('print_log_printed_at').on('print_log').column('printed_at').execute()
  // 套打 offsets per template and printer, in millimetres (right and down positive).
  await db.schema
    .createTable('print_offset')
    .addColumn('template', 'text', (c) => c.notNull().check(sql`length(template) > 0`))
    .addColumn('printer', 'text', (c) => c.notNull().check(sql`length(printer) > 0`))
    .addColumn('x_mm', 'real', (c) => c.notNull().check(sql`x_mm between -50 and 50`))
    .addColumn('y_mm', 'real', (c) => c.notNull().check(sql`y_mm between -50 and 50`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('print_offset_pk', ['template', 'printer'])
    .modifyEnd(sql`strict`)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('print_offset').execute()
  await db.schema.dropTable('print_log').execute()
  await db.schema.dropTable('print_serial').execute()
}
