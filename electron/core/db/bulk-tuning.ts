import { sql } from 'kysely'
import type { Trx } from './schema/index'

/**
 * Runs a bulk write with a larger page cache on the write connection, then puts the usual size back. A federation's
 * merge inserts into indexes ordered by name and pinyin across every office's members: once those outgrow the usual
 * 32 MB, nearly every row re-reads index pages from the file (measured on a 370,000-member federation: 13.7 s of
 * system time for one 25,000-member package at 32 MB, 0.4 s at 256 MB). SQLite-only, so it lives here; on PostgreSQL
 * it would be shared_buffers, set by the server, and this would do nothing.
 */
export async function withPageCache<T>(trx: Trx, mib: number, run: () => Promise<T>): Promise<T> {
  const before = (await sql<{ cache_size: number }>`pragma cache_size`.execute(trx)).rows[0]?.cache_size ?? -32_768
  await sql.raw(`pragma cache_size = -${Math.round(mib * 1024)}`).execute(trx)
  try {
    return await run()
  } finally {
    await sql.raw(`pragma cache_size = ${Math.trunc(before)}`).execute(trx)
  }
}

/**
 * Refreshes the query planner's statistics of a table after a bulk write (SQLite's ANALYZE, sqlite_stat1). Without
 * them SQLite guesses every index equally selective, and a join asking for 1,000 members' ID numbers at once was
 * planned as a walk over every 在会 member by the (status, pinyin) index, once per chunk: the 20th package of the
 * 500,000-member bench took 27 s instead of 3. About 0.1 s per 100,000 rows. On PostgreSQL: autovacuum's ANALYZE.
 */
export async function refreshPlannerStats(trx: Trx, table: 'federation_member'): Promise<void> {
  await sql`analyze ${sql.table(table)}`.execute(trx)
}
