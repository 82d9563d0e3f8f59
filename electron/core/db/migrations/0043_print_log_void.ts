import { sql, type Kysely } from 'kysely'

/**
 * A numbered print whose PDF could not be made after its serial was committed is kept in the log as 作废 (voided),
 * with the reason, and no longer counts as the original: the next print takes a new serial instead of calling
 * itself 补打 of a document that never existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('print_log').addColumn('voided_at', 'text').execute()
  await db.schema.alterTable('print_log').addColumn('void_reason', 'text', (c) => c.check(sql`(voided_at is null) = (void_reason is null)`)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('print_log').dropColumn('void_reason').execute()
  await db.schema.alterTable('print_log').dropColumn('voided_at').execute()
}
