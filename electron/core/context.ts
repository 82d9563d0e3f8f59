import { v7 as uuidv7 } from 'uuid'
import type { Operator } from './access'
import type { Db, Trx } from './db/schema/index'
import type { Logger } from './log'

/** What outlives a single call: the open database and the process-wide services. */
export interface Core {
  db: Db
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
  /** Side effects (files, pushes) that must happen only if the transaction commits. */
  afterCommit(effect: () => void | Promise<void>): void
}

export const systemClock = (): string => new Date().toISOString()
export const uuidV7 = (): string => uuidv7()
