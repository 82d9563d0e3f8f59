import { sql, type Kysely } from 'kysely'

/**
 * Marks the file as a UnionDesk database in SQLite's header (`PRAGMA application_id`, offset 68), so a restore, the
 * `file` command and other tools can tell it from any other SQLite file. 0x55444B31 is "UDK1" in ASCII. Frozen here:
 * core/backup/restore.ts keeps its own copy of the number, as migrations import nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`pragma application_id = 1430539057`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`pragma application_id = 0`.execute(db)
}
