import { join } from 'node:path'
import type { Core } from './context'
import { systemClock, uuidV7 } from './context'
import { openDatabase } from './db/open'
import { fileLogger, type Logger } from './log'
import { dataDirFor } from './paths'
import { appVersion } from './version'

export interface CoreOptions {
  dbPath: string
  /** Injected in tests so results are deterministic. */
  now?: () => string
  newId?: () => string
  log?: Logger
  dataDir?: string
  /** Where the print fonts are when packaged; core never asks Electron for it. */
  fontsDir?: string
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const db = await openDatabase({ path: opts.dbPath })
  const dataDir = opts.dataDir ?? dataDirFor(opts.dbPath)
  return {
    db,
    dbPath: opts.dbPath,
    dataDir,
    appVersion,
    ...(opts.fontsDir ? { fontsDir: opts.fontsDir } : {}),
    now: opts.now ?? systemClock,
    newId: opts.newId ?? uuidV7,
    log: opts.log ?? fileLogger(join(dataDir, 'logs')),
    close: () => db.destroy(),
  }
}
