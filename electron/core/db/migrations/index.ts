import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_profile'
import * as m0002 from './0002_audit_log'

/** Static list, so migrations survive bundling; a landed migration is never edited, only followed by a new one. */
export const migrations: Record<string, Migration> = {
  '0001_profile': m0001,
  '0002_audit_log': m0002,
}
