import { sql, type Kysely } from 'kysely'

/**
 * The federation's side of the upstream exchange (issue 15): the offices it has registered, the packages it has
 * merged, and what they carried, kept per originating office and never mixed into its own register.
 *
 * exchange_record holds every carried row as the office sent it (JSON), under (office, table, row key), with a few
 * typed facts pulled out at merge time so that statistics across offices are plain aggregates over indexes:
 * org_key (the grassroots union it belongs to), on_date (the date the figure counts by), kind, status, amount_fen,
 * head_count. federation_member is the merged register: one typed row per member per office, indexed for the list,
 * for counts and for the cross-office conflict check on ID numbers. exchange_conflict is the 冲突清单.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exchange_office')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('union_name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('card_json', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull())
    /** The sequence of the last package merged (0: none yet, or the card was replaced and a full package is due). */
    .addColumn('last_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_kind', 'text')
    .addColumn('last_package_at', 'text')
    .addColumn('last_imported_at', 'text')
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('exchange_inbound')
    .addColumn('office_id', 'text', (c) => c.notNull().references('exchange_office.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('full','incremental')`))
    .addColumn('base_sequence', 'integer', (c) => c.notNull())
    .addColumn('package_created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('payload_hash', 'text', (c) => c.notNull())
    .addColumn('row_counts_json', 'text', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('conflicts', 'integer', (c) => c.notNull())
    .addColumn('receipt_file', 'text')
    .addPrimaryKeyConstraint('exchange_inbound_pk', ['office_id', 'sequence'])
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('exchange_record')
    .addColumn('office_id', 'text', (c) => c.notNull().references('exchange_office.id'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('org_key', 'text')
    .addColumn('on_date', 'text')
    .addColumn('kind', 'text')
    .addColumn('status', 'text')
    .addColumn('amount_fen', 'integer')
    .addColumn('head_count', 'integer')
    .addPrimaryKeyConstraint('exchange_record_pk', ['office_id', 'table_name', 'row_key'])
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index exchange_record_facts on exchange_record(table_name, office_id, kind, on_date)`.execute(db)
  await sql`create index exchange_record_dates on exchange_record(table_name, on_date)`.execute(db)

  await db.schema
    .createTable('federation_member')
    .addColumn('office_id', 'text', (c) => c.notNull().references('exchange_office.id'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('org_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_pinyin', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_migrant', 'integer', (c) => c.notNull())
    .addColumn('new_form_type', 'text')
    .addColumn('employer_name', 'text')
    .addPrimaryKeyConstraint('federation_member_pk', ['office_id', 'member_id'])
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index federation_member_active_id on federation_member(id_number) where status in ('active','retained')`.execute(db)
  await sql`create index federation_member_office_list on federation_member(office_id, status, name_pinyin)`.execute(db)
  await sql`create index federation_member_list on federation_member(status, name_pinyin)`.execute(db)
  await sql`create index federation_member_counts on federation_member(office_id, status, gender, is_migrant, new_form_type)`.execute(db)
  await sql`create index federation_member_name on federation_member(name)`.execute(db)

  await db.schema
    .createTable('exchange_conflict')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('first_office_id', 'text', (c) => c.notNull().references('exchange_office.id'))
    .addColumn('first_member_id', 'text', (c) => c.notNull())
    .addColumn('second_office_id', 'text', (c) => c.notNull().references('exchange_office.id'))
    .addColumn('second_member_id', 'text', (c) => c.notNull())
    .addColumn('detected_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('open','kept_one','kept_both')`))
    /** keep one: the office whose membership the federation counts; the other is left out of its figures. */
    .addColumn('kept_office_id', 'text')
    .addColumn('note', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index exchange_conflict_state on exchange_conflict(state, detected_at)`.execute(db)
  await sql`create index exchange_conflict_id_number on exchange_conflict(id_number)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['exchange_conflict', 'federation_member', 'exchange_record', 'exchange_inbound', 'exchange_office']) await db.schema.dropTable(t).execute()
}
