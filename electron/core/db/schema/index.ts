import type { Kysely, Transaction } from 'kysely'
import type { PartialDB as AuditLogDB } from './audit_log'
import type { PartialDB as ProfileDB } from './profile'

export type Database = ProfileDB & AuditLogDB

export type Db = Kysely<Database>
export type Trx = Transaction<Database>
