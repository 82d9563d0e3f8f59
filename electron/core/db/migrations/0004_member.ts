import { sql, type Kysely } from 'kysely'

/**
 * One row per person in this office; lifecycle events in member_event. The search columns (name_rest, name_pinyin,
 * name_initials, id_reversed) are computed in core at write time so every type-ahead query is an index range scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprise.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) > 0`))
    .addColumn('id_number', 'text', (c) => c.notNull().check(sql`length(id_number) > 0`))
    .addColumn('id_kind', 'text', (c) => c.notNull().check(sql`id_kind in ('resident','hkmo','taiwan','foreign','other')`))
    .addColumn('gender', 'text', (c) => c.check(sql`gender in ('男','女')`))
    .addColumn('birth_date', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('employment_status', 'text')
    .addColumn('education', 'text')
    .addColumn('skill_level', 'text')
    .addColumn('phone', 'text')
    .addColumn('hukou_type', 'text')
    .addColumn('hukou_place', 'text')
    .addColumn('political_status', 'text')
    .addColumn('employer_name', 'text')
    .addColumn('native_place', 'text')
    .addColumn('is_migrant', 'integer', (c) => c.notNull().defaultTo(0).check(sql`is_migrant in (0,1)`))
    .addColumn('new_form_type', 'text', (c) => c.check(sql`new_form_type in ('快递员','外卖送餐员','网约车司机','货车司机','网约家政','其他')`))
    .addColumn('bank_name', 'text')
    .addColumn('bank_account', 'text')
    .addColumn('notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','retained','transferred_out','expelled','withdrawn')`))
    .addColumn('name_rest', 'text', (c) => c.notNull())
    .addColumn('name_pinyin', 'text', (c) => c.notNull())
    .addColumn('name_initials', 'text', (c) => c.notNull())
    .addColumn('id_reversed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  // Domain §3.3.3: at most one 在会/保留 membership per person; mapped to MEMBER_ACTIVE_ELSEWHERE by name.
  await sql`create unique index member_one_active_per_id on member(id_number) where status in ('active','retained')`.execute(db)
  await sql`create index member_id_number on member(id_number)`.execute(db)
  await sql`create index member_id_reversed on member(id_reversed)`.execute(db)
  await sql`create index member_name on member(name)`.execute(db)
  await sql`create index member_name_rest on member(name_rest)`.execute(db)
  await sql`create index member_name_pinyin on member(name_pinyin)`.execute(db)
  await sql`create index member_name_initials on member(name_initials)`.execute(db)
  await sql`create index member_phone on member(phone)`.execute(db)
  await sql`create index member_birth_date on member(birth_date)`.execute(db)
  // The list: filter by union and/or status, sorted by pinyin; counts per union for the org tree.
  await sql`create index member_org_status_pinyin on member(org_id, status, name_pinyin)`.execute(db)
  await sql`create index member_status_pinyin on member(status, name_pinyin)`.execute(db)
  await sql`create index member_org_counts on member(org_id, status, gender, is_migrant, new_form_type)`.execute(db)
  await sql`create index member_enterprise on member(enterprise_id)`.execute(db)

  await db.schema
    .createTable('member_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('join','transfer_in','retain','transfer_out','expel','withdraw')`))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index member_event_member on member_event(member_id, date, created_at)`.execute(db)
  await sql`create index member_event_org on member_event(org_id, date)`.execute(db)

  await db.schema
    .createTable('member_import_mapping')
    .addColumn('header', 'text', (c) => c.primaryKey())
    .addColumn('field', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_import_mapping').execute()
  await db.schema.dropTable('member_event').execute()
  await db.schema.dropTable('member').execute()
}
