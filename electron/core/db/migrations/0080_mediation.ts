import { sql, type Kysely } from 'kysely'

/**
 * Labour-dispute mediation cases (domain §10): the case, its worker parties (members of the register or people outside
 * it) and its dated workflow steps. Status and outcome are one column: an ended case's status is its outcome.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mediation_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('受理','调解中','调解成功','调解不成','撤回')`))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('劳动报酬','劳动合同','社会保险','工伤','其他')`))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprise.id'))
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('mediator', 'text')
    .addColumn('claims', 'text')
    .addColumn('claim_fen', 'integer', (c) => c.check(sql`claim_fen >= 0`))
    .addColumn('legal_aid', 'integer', (c) => c.notNull().check(sql`legal_aid in (0, 1)`))
    .addColumn('legal_aid_kind', 'text', (c) => c.check(sql`legal_aid_kind in ('法律咨询','代写文书','代理仲裁','代理诉讼','其他')`))
    .addColumn('agreement', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mediation_case_dates', sql`accepted_on >= applied_on and (closed_on is null or closed_on >= accepted_on)`)
    .addCheckConstraint('mediation_case_closed', sql`(closed_on is null) = (status in ('受理','调解中'))`)
    .addCheckConstraint('mediation_case_aid', sql`(legal_aid = 1) = (legal_aid_kind is not null)`)
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index mediation_case_applied on mediation_case(applied_on, case_no)`.execute(db)
  await sql`create index mediation_case_status on mediation_case(status, applied_on)`.execute(db)
  await sql`create index mediation_case_closed on mediation_case(closed_on) where closed_on is not null`.execute(db)
  await sql`create index mediation_case_enterprise on mediation_case(enterprise_id)`.execute(db)

  await db.schema
    .createTable('mediation_worker')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('mediation_case.id'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('member_id', 'text', (c) => c.references('member.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text')
    .addColumn('phone', 'text')
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create unique index mediation_worker_case on mediation_worker(case_id, position)`.execute(db)
  await sql`create index mediation_worker_name on mediation_worker(name)`.execute(db)
  await sql`create index mediation_worker_member on mediation_worker(member_id) where member_id is not null`.execute(db)

  await db.schema
    .createTable('mediation_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('mediation_case.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('受理','开始调解','调解成功','调解不成','撤回')`))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index mediation_event_case on mediation_event(case_id, at)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mediation_event').execute()
  await db.schema.dropTable('mediation_worker').execute()
  await db.schema.dropTable('mediation_case').execute()
}
