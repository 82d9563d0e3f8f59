import { AppError } from '../../../shared/errors'

/**
 * SQLite constraint failures become AppErrors here, keyed by the index or constraint name the migration gave them.
 * sqlite3 reports the name only inside the message, so this is the one place that reads it, by exact name.
 */
const byConstraint: Record<string, (detail: string) => AppError> = {}

export function registerConstraintError(name: string, make: (detail: string) => AppError): void {
  byConstraint[name] = make
}

export function constraintError(err: unknown): AppError | null {
  if (!(err instanceof Error) || !('code' in err) || err.code !== 'SQLITE_CONSTRAINT') return null
  for (const [name, make] of Object.entries(byConstraint)) {
    if (err.message.includes(name)) return make(err.message)
  }
  return null
}

export function isDiskFull(err: unknown): boolean {
  return err instanceof Error && 'code' in err && (err.code === 'SQLITE_FULL' || err.code === 'ENOSPC')
}
