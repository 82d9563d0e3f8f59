import type { Kysely } from 'kysely'

/**
 * The member's earlier claims each application's amount was computed on, as they stood when it was saved, so review
 * can say which of them changed when its amount moves (issue 10). Null for applications saved before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('aid_application').addColumn('basis_json', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('aid_application').dropColumn('basis_json').execute()
}
