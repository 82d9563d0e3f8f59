import type { Kysely } from 'kysely'

/**
 * The audit-trail heads packages vouch for (issue 14's open end: rows cut from the end of an office's trail, or its
 * database put back from an older copy, cannot be seen from that database and its key alone). The office records the
 * head each package carried (exchange_outbound.audit_rows); the federation records the head of each package it merged
 * (exchange_inbound) and, on the office, what it found when a later package contradicted an earlier one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exchange_outbound').addColumn('audit_rows', 'integer').execute()
  await db.schema.alterTable('exchange_inbound').addColumn('audit_rows', 'integer').execute()
  await db.schema.alterTable('exchange_inbound').addColumn('audit_hash', 'text').execute()
  await db.schema.alterTable('exchange_office').addColumn('audit_warning', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exchange_office').dropColumn('audit_warning').execute()
  await db.schema.alterTable('exchange_inbound').dropColumn('audit_hash').execute()
  await db.schema.alterTable('exchange_inbound').dropColumn('audit_rows').execute()
  await db.schema.alterTable('exchange_outbound').dropColumn('audit_rows').execute()
}
