import { CompiledQuery, type Compilable } from 'kysely'
import type { Db } from '../../electron/core/db/schema/index'

/** SQLite's EXPLAIN QUERY PLAN for a query, its steps' details one a line: what plan tests assert an index search on. */
export async function queryPlan(db: Db, q: Compilable<unknown> | CompiledQuery): Promise<string> {
  const c = 'compile' in q ? q.compile() : q
  const r = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]))
  return r.rows.map((x) => x.detail).join('\n')
}
