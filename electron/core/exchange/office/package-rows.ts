import { exchangedTables, rowKeySeparator, type ExchangedTable } from '../../../../shared/exchange/exchanged-tables'
import { jsonRowPage, maxJsonColumns, tableColumns } from '../../db/row-json'
import type { Db } from '../../db/schema/index'
import type { PayloadRow, PreparedUpsert } from '../payload'
import { pageOfChanges, pageOfTable, rowKeyOf, rowsByKeys, type PlainRow } from './queries'

/**
 * The rows of one package, as the payload writer pulls them: every carried table in the list's order (parents first),
 * paged by key so a 200,000-member register is never held as objects at once. The caller reads inside one snapshot
 * (the export's transaction), so the pages and the change-log cut agree.
 */
const pageSize = 5000

/** What leaves the office: the row minus the columns that stay (bank accounts). */
function carried(t: ExchangedTable, row: PlainRow): PlainRow {
  if (!t.omit) return row
  const out: PlainRow = {}
  for (const [column, value] of Object.entries(row)) if (!t.omit.includes(column)) out[column] = value
  return out
}

type CarriedTable = (typeof exchangedTables)[number]

const asPayloadRow = (t: CarriedTable, row: PlainRow): PayloadRow => ({ t: t.table, k: rowKeyOf(t, row), op: 'upsert', row: carried(t, row) })

/** Everything: every row of every carried table; SQLite writes each row's JSON (db/row-json.ts), less omitted columns. */
export async function* fullRows(db: Db): AsyncGenerator<PayloadRow | PreparedUpsert> {
  for (const t of exchangedTables) {
    const columns = await tableColumns(db, t.table, 'omit' in t ? t.omit : [])
    if (columns.length > maxJsonColumns) {
      yield* fullRowsAsObjects(db, t)
      continue
    }
    let after: unknown[] | null = null
    for (;;) {
      const page = await jsonRowPage(db, t.table, columns, t.key, after, pageSize)
      for (const row of page) yield { t: t.table, k: row.key.map(String).join(rowKeySeparator), op: 'upsert', rowJson: row.json }
      const last = page.at(-1)
      if (page.length < pageSize || last === undefined) break
      after = last.key
    }
  }
}

/** A table too wide for one json_object call: its rows as objects, serialised by the payload writer. */
async function* fullRowsAsObjects(db: Db, t: CarriedTable): AsyncGenerator<PayloadRow> {
  let after: unknown[] | null = null
  for (;;) {
    const page = await pageOfTable(db, t, after, pageSize)
    for (const row of page) yield asPayloadRow(t, row)
    const last = page.at(-1)
    if (page.length < pageSize || last === undefined) break
    after = t.key.map((c) => last[c])
  }
}

/**
 * Every record changed after the change-log sequence `afterSeq` and up to `uptoSeq`: a record still there travels as
 * its current row, a deleted one as a delete. The log keeps one row per record at its latest change, so a record
 * edited ten times travels once.
 */
export async function* changedRows(db: Db, afterSeq: number, uptoSeq: number): AsyncGenerator<PayloadRow> {
  for (const t of exchangedTables) {
    let after = afterSeq
    for (;;) {
      const changes = (await pageOfChanges(db, t.table, after, pageSize)).filter((c) => c.seq <= uptoSeq)
      const upserts = changes.filter((c) => c.op === 'upsert').map((c) => c.row_key)
      const current = new Map((await rowsByKeys(db, t, upserts)).map((row) => [rowKeyOf(t, row), row]))
      for (const c of changes) {
        const row = current.get(c.row_key)
        // An upsert whose row is gone cannot happen inside one snapshot (its delete would have replaced the log row);
        // were it to, the federation is told the record is gone rather than nothing.
        if (c.op === 'upsert' && row) yield asPayloadRow(t, row)
        else yield { t: t.table, k: c.row_key, op: 'delete' }
      }
      const last = changes.at(-1)
      if (changes.length < pageSize || last === undefined) break
      after = last.seq
    }
  }
}
