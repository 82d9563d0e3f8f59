import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

/**
 * Issue 14: the audit trail records who, which records and which fields (before/after), with the reason of an unmasked
 * view, chained by an HMAC whose key lives beside the database. Rows written before this have no key: they are marked
 * 'sha256' (legacy), scrubbed of the personal numbers and file contents the old writer stored in full, and re-chained
 * once here with the old unkeyed formula. The first keyed row then chains onto the last legacy hash, and the key file
 * records how many legacy rows there were, so the legacy part cannot later be extended or rewritten unnoticed.
 * Frozen in time: the scrub and the hash formula are copied here, never imported.
 */

const genesis = '0'.repeat(64)

function legacyHash(prev: string, r: { id: string; at: string; actor: string; method: string; input_json: string; outcome_json: string }): string {
  return createHash('sha256').update([prev, r.id, r.at, r.actor, r.method, r.input_json, r.outcome_json].join('\u001f')).digest('hex')
}

/** What the pre-issue-14 writer kept in full: scans as base64, 18-character IDs, bank card numbers, mobiles. */
function scrubLegacyJson(text: string): string {
  return text
    .replace(/("contentBase64"\s*:\s*")[^"]*("?)/g, '$1（已删除：旧记录中的文件内容）$2')
    .replace(/(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g, '$1********$2')
    .replace(/(?<![0-9A-Za-z*])(\d{4})(\d{3,11})(\d{4})(?![0-9A-Za-z*])/g, (all: string, a: string, mid: string, b: string) =>
      all.length === 11 && /^1[3-9]/.test(all) ? `${all.slice(0, 3)}****${all.slice(-4)}` : `${a}${'*'.repeat(mid.length)}${b}`,
    )
}

interface LegacyRow {
  seq: number
  id: string
  at: string
  actor: string
  method: string
  input_json: string
  outcome_json: string
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column transport text not null default ''`.execute(db)
  await sql`alter table audit_log add column record_ids text not null default '[]'`.execute(db)
  await sql`alter table audit_log add column changes_json text not null default '[]'`.execute(db)
  await sql`alter table audit_log add column reason text`.execute(db)
  await sql`alter table audit_log add column chain text not null default 'sha256' check (chain in ('sha256', 'hmac'))`.execute(db)
  await db.schema.createIndex('audit_log_actor_seq').on('audit_log').columns(['actor', 'seq']).execute()
  await db.schema.createIndex('audit_log_method_seq').on('audit_log').columns(['method', 'seq']).execute()
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute()
  await db.schema
    .createTable('audit_log_record')
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('audit_seq', 'integer', (c) => c.notNull().references('audit_log.seq'))
    .addPrimaryKeyConstraint('audit_log_record_pk', ['record_id', 'audit_seq'])
    .modifyEnd(sql`strict`)
    .execute()

  const rows = await sql<LegacyRow>`select seq, id, at, actor, method, input_json, outcome_json from audit_log order by seq`.execute(db)
  let prev = genesis
  for (const r of rows.rows) {
    const scrubbed = { ...r, input_json: scrubLegacyJson(r.input_json), outcome_json: scrubLegacyJson(r.outcome_json) }
    const hash = legacyHash(prev, scrubbed)
    await sql`update audit_log set input_json = ${scrubbed.input_json}, outcome_json = ${scrubbed.outcome_json}, prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(db)
    prev = hash
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log_record').execute()
  await db.schema.dropIndex('audit_log_at').execute()
  await db.schema.dropIndex('audit_log_method_seq').execute()
  await db.schema.dropIndex('audit_log_actor_seq').execute()
  for (const column of ['chain', 'reason', 'changes_json', 'record_ids', 'transport']) await sql`alter table audit_log drop column ${sql.ref(column)}`.execute(db)
}
