import { sql, type Kysely } from 'kysely'

/**
 * The office's side of the upstream exchange (issue 15).
 *
 * exchange_change is the change log an incremental package is cut from: one row per record of a carried table
 * (shared/exchange/exchanged-tables.ts) with the sequence of its latest change. Triggers (electron/core/db/
 * change-triggers.ts, kept in step with that list at every open) write it inside the transaction of the change
 * itself; a change replaces the record's row, so AUTOINCREMENT gives it a sequence above every earlier one and the log
 * never grows beyond one row per record. A package carries the rows whose seq is above its baseline.
 *
 * exchange_upstream is the federation this office reports to (its key card); exchange_outbound every package sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table exchange_change (
    seq integer primary key autoincrement,
    table_name text not null,
    row_key text not null,
    op text not null check (op in ('upsert', 'delete')),
    unique (table_name, row_key)
  ) strict`.execute(db)

  await db.schema
    .createTable('exchange_upstream')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'self'`))
    .addColumn('union_name', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('card_json', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('exchange_outbound')
    .addColumn('sequence', 'integer', (c) => c.primaryKey().check(sql`sequence >= 1`))
    .addColumn('recipient_fingerprint', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('full','incremental')`))
    .addColumn('base_sequence', 'integer', (c) => c.notNull().check(sql`base_sequence >= 0`))
    /** The highest exchange_change.seq the package holds: the baseline once a receipt acknowledges it. */
    .addColumn('change_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('row_counts_json', 'text', (c) => c.notNull())
    .addColumn('payload_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('generated','delivered')`))
    .addColumn('delivered_at', 'text')
    /** What the receipt said: counts merged, conflicts found, when the federation imported it. */
    .addColumn('receipt_json', 'text')
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create index exchange_outbound_state on exchange_outbound(recipient_fingerprint, state, sequence)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exchange_outbound').execute()
  await db.schema.dropTable('exchange_upstream').execute()
  await db.schema.dropTable('exchange_change').execute()
}
