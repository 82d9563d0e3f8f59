import { createHash } from 'node:crypto'
import { accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Core } from './context'
import { systemClock, uuidV7 } from './context'
import { todayIn } from '../../shared/dates'
import { AppError } from '../../shared/errors'
import { dailyBackupIfDue, takeAutomaticBackup } from './backup/service'
import { openDatabases } from './db/open'
import { sweepOutbox } from './files/outbox'
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
  /** false: refuse a database file that does not exist (a mistyped --db); web mode and the app create it at first run. */
  create?: boolean
  /** Force the read-only way in (otherwise chosen when the file or its folder is not writable). */
  readOnly?: boolean
  busyTimeoutMs?: number
  /** Take the once-a-day backup when due (the desktop app and web mode at start; not every CLI command). */
  dailyBackup?: boolean
}

/**
 * Logs, generated files and print output live beside the database. Beside a read-only one they cannot, so a read-only
 * database keeps them in a folder of its own under the system's temporary folder: lists and exports still work.
 */
function dataDirOf(dbPath: string, readOnly: boolean): string {
  const beside = dataDirFor(dbPath)
  if (!readOnly || canWrite(beside)) return beside
  return join(tmpdir(), 'uniondesk-readonly', createHash('sha256').update(resolve(dbPath)).digest('hex').slice(0, 16))
}

function canWrite(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK)
    return true
  } catch {
    return false
  }
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const now = opts.now ?? systemClock
  const opened = await openDatabases({
    path: opts.dbPath,
    // The integrity check's day is the machine's, not the injected business clock (tests' fixed clocks must not tick).
    today: todayIn(systemClock()),
    ...(opts.create === undefined ? {} : { create: opts.create }),
    ...(opts.readOnly === undefined ? {} : { readOnly: opts.readOnly }),
    ...(opts.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: opts.busyTimeoutMs }),
    // Migrations only run on a writable file, whose data folder is the one beside it (or the one given).
    beforeMigrate: (db) =>
      takeAutomaticBackup(db, opts.dataDir ?? dataDirFor(opts.dbPath), systemClock(), 'premigration').then(
        () => undefined,
        (err: unknown) => {
          const why = err instanceof AppError ? err.message : String(err)
          throw new AppError(err instanceof AppError ? err.code : 'FILE_UNWRITABLE', `数据库需要升级，但升级前的备份没有完成，因此没有升级，数据库保持原样。${why}`)
        },
      ),
  })
  const dataDir = opts.dataDir ?? dataDirOf(opts.dbPath, opened.readOnly)
  const log = opts.log ?? fileLogger(join(dataDir, 'logs'))
  // Generated files nobody collected within a day (their mtimes are the machine's clock, hence systemClock). A folder
  // that cannot be cleaned is logged and left for the next start: it must not keep the register from opening.
  await sweepOutbox(dataDir, systemClock()).catch((err: unknown) => log.error('outbox-sweep', err, { dataDir }))
  // The daily backup must not keep the register from opening either (a full disk, a folder made read-only): it is
  // logged, and the 备份与恢复 page shows the date of the last backup that did succeed, which is how the clerk notices.
  if (opts.dailyBackup && !opened.readOnly && opts.dbPath !== ':memory:') {
    await dailyBackupIfDue(opened.readDb, dataDir, systemClock()).catch((err: unknown) => log.error('daily-backup', err, { dataDir }))
  }
  return {
    db: opened.db,
    readDb: opened.readDb,
    readOnly: opened.readOnly,
    dbPath: opts.dbPath,
    dataDir,
    appVersion,
    ...(opts.fontsDir ? { fontsDir: opts.fontsDir } : {}),
    now,
    newId: opts.newId ?? uuidV7,
    log,
    close: () => opened.close(),
  }
}
