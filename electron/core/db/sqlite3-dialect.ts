import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'
import sqlite3 from 'sqlite3'

/**
 * SQLite can roll back DDL, so the Migrator may wrap each run in one transaction; the stock adapter says it cannot.
 * It also reports a single connection, which makes Kysely serialise every call and transaction on it.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

function run(db: sqlite3.Database, sql: string, params: readonly unknown[]): Promise<{ changes: number; lastID: number }> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err)
      else resolve({ changes: this.changes, lastID: this.lastID })
    })
  })
}

function all(db: sqlite3.Database, sql: string, params: readonly unknown[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (err: Error | null, rows: unknown[]) => (err ? reject(err) : resolve(rows)))
  })
}

/** A statement returns rows when it is a select, has a RETURNING clause, or is raw SQL (pragmas, EXPLAIN). */
function returnsRows(query: CompiledQuery['query']): boolean {
  if (SelectQueryNode.is(query) || query.kind === 'RawNode') return true
  return 'returning' in query && query.returning !== undefined
}

class Sqlite3Connection implements DatabaseConnection {
  constructor(private readonly db: sqlite3.Database) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiled
    if (returnsRows(query)) {
      const rows: R[] = await all(this.db, sql, parameters).then((r) => r.filter(isRow<R>))
      return { rows }
    }
    const { changes, lastID } = await run(this.db, sql, parameters)
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastID) }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('此数据库驱动不支持流式查询')
  }
}

/** sqlite3 hands back plain objects; this guard lets the rows flow into Kysely's typed results without a cast. */
function isRow<R>(value: unknown): value is R {
  return typeof value === 'object' && value !== null
}

class Sqlite3Driver implements Driver {
  private connection: Sqlite3Connection | undefined

  constructor(private readonly db: sqlite3.Database) {}

  async init(): Promise<void> {
    this.connection = new Sqlite3Connection(this.db)
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.connection) throw new Error('数据库尚未打开')
    return this.connection
  }
  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('begin immediate'))
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'))
  }
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('rollback'))
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())))
  }
}

export class Sqlite3Dialect implements Dialect {
  constructor(private readonly db: sqlite3.Database) {}
  createAdapter() {
    return new TransactionalDdlSqliteAdapter()
  }
  createDriver() {
    return new Sqlite3Driver(this.db)
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db)
  }
}

/** Opens the file (or ':memory:'); the only place that knows the sqlite3 package. */
export function openSqliteFile(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => (err ? reject(err) : resolve(db)))
  })
}
