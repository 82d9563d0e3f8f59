import { sql, type Kysely } from 'kysely'

/** Applications with their computed amount and breakdown, their events, scans and disbursement batches. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('aid_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('program_id', 'text', (c) => c.notNull().references('aid_program.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft','notice','approved','paid')`))
    .addColumn('notice_start', 'text')
    .addColumn('notice_end', 'text')
    .addColumn('notice_days', 'integer')
    .addColumn('earliest_approval', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index aid_batch_program on aid_batch(program_id, created_at)`.execute(db)

  await db.schema
    .createTable('aid_application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('aid_program.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addColumn('self_paid_fen', 'integer', (c) => c.check(sql`self_paid_fen >= 0`))
    .addColumn('eligible', 'integer', (c) => c.notNull().check(sql`eligible in (0,1)`))
    .addColumn('breakdown_json', 'text', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('materials_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft','submitted','returned','reviewed','approved','paid','rejected')`),
    )
    .addColumn('batch_id', 'text', (c) => c.references('aid_batch.id'))
    .addColumn('payee_name', 'text', (c) => c.notNull())
    .addColumn('payee_relation', 'text')
    .addColumn('payee_id_number', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('bank_account', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('pay_method', 'text', (c) => c.check(sql`pay_method in ('bank','cash','goods')`))
    .addColumn('paid_on', 'text')
    .addColumn('pay_reference', 'text')
    .addColumn('paid_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  // History for the engine (a member's claims in date order), the lists, batches and budgets.
  await sql`create index aid_application_member on aid_application(member_id, date, created_at)`.execute(db)
  await sql`create index aid_application_program on aid_application(program_id, status, date)`.execute(db)
  await sql`create index aid_application_status on aid_application(status, date)`.execute(db)
  await sql`create index aid_application_batch on aid_application(batch_id) where batch_id is not null`.execute(db)

  await db.schema
    .createTable('aid_application_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('aid_application.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index aid_application_event_app on aid_application_event(application_id, at)`.execute(db)

  await db.schema
    .createTable('aid_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('aid_application.id'))
    .addColumn('material', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes >= 0`))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index aid_attachment_app on aid_attachment(application_id, added_at)`.execute(db)

  await db.schema
    .createTable('aid_objection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('aid_batch.id'))
    .addColumn('application_id', 'text', (c) => c.references('aid_application.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_on', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index aid_objection_batch on aid_objection(batch_id, created_at)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['aid_objection', 'aid_attachment', 'aid_application_event', 'aid_application', 'aid_batch']) {
    await db.schema.dropTable(t).execute()
  }
}
