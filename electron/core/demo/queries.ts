import { sql } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { DemoMarkerTable } from '../db/schema/demo_marker'
import { countAll } from '../db/sql-helpers'
import { clearedTables, recordTableNames, type RecordTable } from './tables'

export function getDemoMarker(db: Db) {
  return db.selectFrom('demo_marker').selectAll().where('id', '=', 'self').executeTakeFirst()
}

export async function insertDemoMarker(trx: Trx, row: DemoMarkerTable): Promise<void> {
  await trx.insertInto('demo_marker').values(row).execute()
}

/** Rows in each record table now. */
export async function recordCounts(db: Db): Promise<Map<RecordTable, number>> {
  const out = new Map<RecordTable, number>()
  for (const table of recordTableNames) {
    const row = await db.selectFrom(table).select(countAll().as('n')).executeTakeFirstOrThrow()
    out.set(table, Number(row.n))
  }
  return out
}

/**
 * Empties the demo's tables in the call's transaction. Foreign keys are checked at commit (defer_foreign_keys ends
 * with the transaction), so the order only matters for the member tally trigger.
 */
export async function deleteDemoTables(trx: Trx): Promise<void> {
  await sql`pragma defer_foreign_keys = on`.execute(trx)
  for (const table of clearedTables) await trx.deleteFrom(table).execute()
}
