import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The day `PRAGMA quick_check` last passed for a database is kept beside it in a small file, not inside it: a damaged
 * database cannot be trusted to say it was checked. The check reads every page (seconds on a large register), so it
 * runs at the first open of a day, and again after any call met SQLITE_CORRUPT (which removes the mark).
 */
function markPath(dbPath: string): string {
  return join(dirname(dbPath), `.${basename(dbPath)}.checked`)
}

export function checkedOn(dbPath: string): string | null {
  try {
    return readFileSync(markPath(dbPath), 'utf8').trim()
  } catch {
    // No mark (never checked, or removed after damage was met): the caller checks now.
    return null
  }
}

/** Best effort: in a read-only folder the mark cannot be written, and the check simply runs again at the next open. */
export function markChecked(dbPath: string, day: string): boolean {
  try {
    writeFileSync(markPath(dbPath), `${day}\n`)
    return true
  } catch {
    return false
  }
}

/** After damage was met, the next open checks again; where the mark cannot be removed, it expires with the day. */
export function forgetChecked(dbPath: string): void {
  if (dbPath === ':memory:') return
  try {
    rmSync(markPath(dbPath), { force: true })
  } catch {
    return
  }
}
