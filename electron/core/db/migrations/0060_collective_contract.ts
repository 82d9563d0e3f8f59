import { sql, type Kysely } from 'kysely'

/** Collective contracts (集体合同): the contract, the enterprises it covers, its negotiators, rounds and scans. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('collective_contract')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('综合','工资专项','女职工权益保护专项','劳动安全卫生专项','行业性','区域性')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('union_side', 'text')
    .addColumn('employer_side', 'text')
    .addColumn('org_id', 'text', (c) => c.references('org.id'))
    .addColumn('workers_computed', 'integer', (c) => c.notNull().check(sql`workers_computed >= 0`))
    .addColumn('workers_covered', 'integer', (c) => c.notNull().check(sql`workers_covered >= 0`))
    .addColumn('workers_reason', 'text')
    .addColumn('terms_json', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text')
    .addColumn('request_date', 'text')
    .addColumn('reply_date', 'text')
    .addColumn('vote_total', 'integer', (c) => c.check(sql`vote_total >= 0`))
    .addColumn('vote_present', 'integer', (c) => c.check(sql`vote_present >= 0 and vote_present <= vote_total`))
    .addColumn('vote_approve', 'integer', (c) => c.check(sql`vote_approve >= 0 and vote_approve <= vote_present`))
    .addColumn('vote_date', 'text')
    .addColumn('signed_date', 'text')
    .addColumn('filed_date', 'text')
    .addColumn('received_date', 'text')
    .addColumn('objected', 'integer', (c) => c.notNull().check(sql`objected in (0,1)`))
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text')
    .addColumn('emergency', 'integer', (c) => c.notNull().check(sql`emergency in (0,1)`))
    .addColumn('emergency_reason', 'text')
    .addColumn('renewal_started_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('collective_contract_emergency_reason', sql`emergency = 0 or emergency_reason is not null`)
    .modifyEnd(sql`strict`)
    .execute()
  // The list (newest signed first), the expiring filter and the reminder candidates each read a narrow index.
  await sql`create index collective_contract_signed on collective_contract(signed_date desc, id)`.execute(db)
  await sql`create index collective_contract_term_end on collective_contract(term_end) where term_end is not null`.execute(db)
  await sql`create index collective_contract_awaiting_reply on collective_contract(request_date) where request_date is not null and reply_date is null`.execute(db)
  await sql`create index collective_contract_awaiting_filing on collective_contract(signed_date) where signed_date is not null and filed_date is null`.execute(db)

  await db.schema
    .createTable('collective_contract_enterprise')
    .addColumn('contract_id', 'text', (c) => c.notNull().references('collective_contract.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprise.id'))
    .addColumn('workers', 'integer', (c) => c.check(sql`workers >= 0`))
    .addPrimaryKeyConstraint('collective_contract_enterprise_pk', ['contract_id', 'enterprise_id'])
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index collective_contract_enterprise_by_enterprise on collective_contract_enterprise(enterprise_id)`.execute(db)

  await db.schema
    .createTable('collective_contract_negotiator')
    .addColumn('contract_id', 'text', (c) => c.notNull().references('collective_contract.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('union','employer')`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('chief', 'integer', (c) => c.notNull().check(sql`chief in (0,1)`))
    .addColumn('expert', 'integer', (c) => c.notNull().check(sql`expert in (0,1)`))
    .addPrimaryKeyConstraint('collective_contract_negotiator_pk', ['contract_id', 'side', 'seq'])
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('collective_contract_round')
    .addColumn('contract_id', 'text', (c) => c.notNull().references('collective_contract.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'text')
    .addPrimaryKeyConstraint('collective_contract_round_pk', ['contract_id', 'seq'])
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('collective_contract_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('collective_contract.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create unique index collective_contract_attachment_once on collective_contract_attachment(contract_id, sha256)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['collective_contract_attachment', 'collective_contract_round', 'collective_contract_negotiator', 'collective_contract_enterprise', 'collective_contract']) {
    await db.schema.dropTable(t).execute()
  }
}
