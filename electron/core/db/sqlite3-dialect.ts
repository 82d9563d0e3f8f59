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
import { pathToFileURL } from 'node:url'
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
  /** The first statement error since BEGIN: what a failed ROLLBACK must not hide (see rollbackTransaction). */
  firstError: unknown

  constructor(private readonly db: sqlite3.Database) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters, query } = compiled
    try {
      if (returnsRows(query)) {
        const rows: R[] = await all(this.db, sql, parameters).then((r) => r.filter(isRow<R>))
        return { rows }
      }
      const { changes, lastID } = await run(this.db, sql, parameters)
      return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastID) }
    } catch (err) {
      this.firstError ??= err
      throw err
    }
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
    if (c instanceof Sqlite3Connection) c.firstError = undefined
    await c.executeQuery(CompiledQuery.raw('begin immediate'))
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'))
  }
  /**
   * After SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM or SQLITE_BUSY SQLite may already have rolled the transaction back
   * itself, and ROLLBACK then fails with "no transaction is active". Kysely would throw that second error in place of
   * the one that caused it (a full disk reached the clerk as 系统内部错误), so the cause is thrown instead.
   */
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    const cause = c instanceof Sqlite3Connection ? c.firstError : undefined
    try {
      await c.executeQuery(CompiledQuery.raw('rollback'))
    } catch (rollbackError) {
      throw cause ?? rollbackError
    }
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

/**
 * How a file is opened. `readOnly` never writes, and opened `immutable` it does not even create the -wal and -shm
 * files beside it (a read-only folder, or a file the user may only read): SQLite then assumes nobody else changes the
 * file while it is open, which holds when nobody may.
 */
export interface SqliteOpenMode {
  readOnly?: boolean
  immutable?: boolean
}

/** Opens the file (or ':memory:'); the only place that knows the sqlite3 package. It never creates a missing file
 *  unless asked to (the caller decides whether a missing file is a mistake). */
export function openSqliteFile(path: string, mode: SqliteOpenMode & { create?: boolean } = {}): Promise<sqlite3.Database> {
  const access = mode.readOnly ? sqlite3.OPEN_READONLY | sqlite3.OPEN_URI : sqlite3.OPEN_READWRITE | (mode.create === false ? 0 : sqlite3.OPEN_CREATE)
  const flags = access | sqlite3.OPEN_FULLMUTEX
  const name = mode.readOnly && mode.immutable ? `${pathToFileURL(path).href}?immutable=1` : path
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(name, flags, (err) => (err ? reject(err) : resolve(db)))
  })
}
