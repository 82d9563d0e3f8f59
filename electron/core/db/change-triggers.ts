import { sql } from 'kysely'
import { exchangedTables, rowKeySeparator, type ExchangedTable } from '../../../shared/exchange/exchanged-tables'
import type { Db } from './schema'

/**
 * Keeps the change log's triggers (migration 0130) in step with shared/exchange/exchanged-tables.ts at every open,
 * so carrying a new table upstream is one entry in that list and no migration. Each trigger records the changed
 * record in exchange_change inside the same statement, hence the same transaction, as the change: an import, a
 * merge or a correction rolled back leaves no trace in the log, and none can write a record without one.
 *
 * Triggers are SQLite's dialect (a PostgreSQL federation would get the same from a plpgsql trigger function); they
 * live here, beside the migrations, and nowhere else in core.
 */
const prefix = 'exchange_change_'

function keyExpression(t: ExchangedTable, row: 'NEW' | 'OLD'): string {
  // Columns are concatenated as text; char(31) is rowKeySeparator.
  return t.key.map((c) => `${row}."${c}"`).join(` || char(${rowKeySeparator.charCodeAt(0)}) || `)
}

function triggerSql(t: ExchangedTable): Record<string, string> {
  const name = `'${t.table}'`
  const upsert = (row: 'NEW' | 'OLD', op: 'upsert' | 'delete') =>
    `insert or replace into exchange_change (table_name, row_key, op) values (${name}, ${keyExpression(t, row)}, '${op}');`
  return {
    [`${prefix}${t.table}_insert`]: `CREATE TRIGGER ${prefix}${t.table}_insert AFTER INSERT ON "${t.table}" BEGIN ${upsert('NEW', 'upsert')} END`,
    // A key that changed (a merge moving a row) is the old record gone and a new one there.
    [`${prefix}${t.table}_update`]:
      `CREATE TRIGGER ${prefix}${t.table}_update AFTER UPDATE ON "${t.table}" BEGIN ` +
      `insert or replace into exchange_change (table_name, row_key, op) select ${name}, ${keyExpression(t, 'OLD')}, 'delete' where ${keyExpression(t, 'OLD')} is not ${keyExpression(t, 'NEW')}; ` +
      `${upsert('NEW', 'upsert')} END`,
    [`${prefix}${t.table}_delete`]: `CREATE TRIGGER ${prefix}${t.table}_delete AFTER DELETE ON "${t.table}" BEGIN ${upsert('OLD', 'delete')} END`,
  }
}

/** The triggers the list asks for, by name. */
export function wantedChangeTriggers(): Map<string, string> {
  return new Map(exchangedTables.flatMap((t) => Object.entries(triggerSql(t))))
}

/** Creates missing triggers, replaces changed ones and drops those of tables no longer carried; writes only when due. */
export async function syncChangeTriggers(db: Db): Promise<void> {
  const existing = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'trigger' and name like ${`${prefix}%`}`.execute(db)
  const have = new Map(existing.rows.map((r) => [r.name, r.sql]))
  const wanted = wantedChangeTriggers()
  const drop = [...have.keys()].filter((n) => wanted.get(n) !== have.get(n))
  const create = [...wanted.entries()].filter(([n, text]) => have.get(n) !== text)
  if (drop.length === 0 && create.length === 0) return
  await db.transaction().execute(async (trx) => {
    for (const n of drop) await sql.raw(`DROP TRIGGER IF EXISTS "${n}"`).execute(trx)
    for (const [, text] of create) await sql.raw(text).execute(trx)
  })
}
