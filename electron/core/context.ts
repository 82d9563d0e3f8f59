import { randomFillSync } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { WireWarning } from '../../shared/errors'
import type { Operator } from './access'
import type { Db, Trx } from './db/schema/index'
import type { Logger } from './log'

/** What outlives a single call: the open database and the process-wide services. */
export interface Core {
  /** The write connection: write calls' transactions and anything that must see them. */
  db: Db
  /** Serves calls that do not write; a second, read-only connection on a file, so reads never queue behind a long write. */
  readDb: Db
  /** The file or its folder cannot be written: reads and exports work, writes are refused with DB_READONLY. */
  readOnly: boolean
  dbPath: string
  dataDir: string
  appVersion: string
  /** Folder with the bundled print fonts (process.resourcesPath/fonts when packaged); unset: resources/fonts or node_modules. */
  fontsDir?: string
  now(): string
  newId(): string
  log: Logger
  close(): Promise<void>
}

/** Who is calling and through which door. */
export interface Caller {
  user: Operator
  transport: 'ipc' | 'http' | 'cli'
}

export interface ReadContext {
  db: Db
  core: Core
  caller: Caller
  now(): string
  newId(): string
}

export interface WriteContext extends ReadContext {
  /** The call's one transaction; write queries take it, so a write cannot compile outside it. */
  trx: Trx
  /**
   * Side effects (files, pushes) that must happen only if the transaction commits. Once it commits the call has
   * succeeded: an effect that fails then reaches the caller as `ifFailed` beside the result (what did not happen and
   * what to do), never as an error, so nobody retries a write that already landed. Effects must be safe to run again.
   */
  afterCommit(effect: () => void | Promise<void>, ifFailed: WireWarning): void
}

/** For a handler that writes only in some calls (contract `writes: 'unlessDryRun'`): did the dispatcher open a transaction? */
export function isWriteContext(ctx: ReadContext | WriteContext): ctx is WriteContext {
  return 'trx' in ctx
}

export const systemClock = (): string => new Date().toISOString()

/**
 * Time-ordered ids (UUID v7, monotonic within a millisecond as uuid's own default) with the random bytes drawn from a
 * pool: uuid asks the system for 16 bytes per id, which was 2.2 s of a 100,000-member import.
 */
export function pooledUuidV7(): () => string {
  const pool = new Uint8Array(16 * 256)
  let used = pool.length
  let msecs = -Infinity
  let seq = 0
  return () => {
    if (used === pool.length) {
      randomFillSync(pool)
      used = 0
    }
    const random = pool.subarray(used, (used += 16))
    const now = Date.now()
    if (now > msecs) {
      // A fresh 31-bit counter start each millisecond, from the same bytes uuid would take it from.
      msecs = now
      seq = (((random[6] ?? 0) & 0x7f) << 24) | ((random[7] ?? 0) << 16) | ((random[8] ?? 0) << 8) | (random[9] ?? 0)
    } else {
      seq = (seq + 1) | 0
      if (seq === 0) msecs++
    }
    return uuidv7({ msecs, seq, random })
  }
}

export const uuidV7 = pooledUuidV7()
