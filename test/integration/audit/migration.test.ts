import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { legacyAuditHash } from '../../../electron/core/audit/hash-chain'
import { readAuditKey } from '../../../electron/core/audit/key'
import type { Caller, Core } from '../../../electron/core/context'
import { migrations } from '../../../electron/core/db/migrations/index'
import { openSqliteFile, Sqlite3Dialect } from '../../../electron/core/db/sqlite3-dialect'
import { dispatchTyped } from '../../../electron/core/dispatch'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { fixedClock, sequentialIds } from '../../helpers/test-core'

// Migration 0100: rows written before the keyed chain keep verifying (re-chained once after their personal numbers and
// scans are scrubbed), the first keyed row chains onto them, and the legacy part cannot be altered afterwards.

const fullId = '469023198808080096'
const scan = Buffer.from('旧的扫描件内容，整份存在日志里').toString('base64')
const caller: Caller = { user: { name: '测试员', role: 'admin' }, transport: 'cli' }

let dir: string
let path: string
let core: Core | undefined
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'uniondesk-audit-mig-'))
  path = join(dir, 'old.db')
})
afterEach(async () => {
  await core?.close()
  core = undefined
  rmSync(dir, { recursive: true, force: true })
})

/** A database as the program before issue 14 left it: migrated up to 0090, with audit rows in the old unkeyed shape. */
async function oldDatabase(): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new Sqlite3Dialect(await openSqliteFile(path, { create: true })) })
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0100'))
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => before }, allowUnorderedMigrations: true }).migrateToLatest()
  if (error) throw error
  let prev = '0'.repeat(64)
  const rows = [
    { id: 'old-1', at: '2026-01-01T00:00:00.000Z', actor: '本机@cli', method: 'members.save', input_json: JSON.stringify({ name: '张三', idNumber: fullId, phone: '13800138000', bankAccount: '6222021234567890' }), outcome_json: '{}' },
    { id: 'old-2', at: '2026-01-02T00:00:00.000Z', actor: '本机@ipc', method: 'aid.attachFile', input_json: JSON.stringify({ applicationId: 'a1', file: { fileName: '表.jpg', contentBase64: scan } }), outcome_json: '{}' },
  ]
  for (const r of rows) {
    const hash = legacyAuditHash(prev, r)
    await sql`insert into audit_log (id, at, actor, method, input_json, outcome_json, prev_hash, hash) values (${r.id}, ${r.at}, ${r.actor}, ${r.method}, ${r.input_json}, ${r.outcome_json}, ${prev}, ${hash})`.execute(db)
    prev = hash
  }
  await db.destroy()
}

describe('migration 0100_audit_trail', () => {
  it('scrubs old rows, keeps them verifiable, chains the first keyed row onto them, and catches a later edit of one', async () => {
    await oldDatabase()
    core = await openCore({ dbPath: path, dataDir: dir, now: fixedClock(), newId: sequentialIds(), log: memoryLogger() })
    const text = JSON.stringify(await core.db.selectFrom('audit_log').selectAll().execute())
    expect(text).not.toContain(fullId)
    expect(text).not.toContain('13800138000')
    expect(text).not.toContain('6222021234567890')
    expect(text).not.toContain(scan)
    expect(text).toContain('469023********0096')
    expect(await dispatchTyped(core, caller, 'audit.verify', {})).toMatchObject({ ok: true, result: { intact: true, rows: 2 } })

    // The first write makes the key, which records the two legacy rows; the keyed row chains onto them.
    await dispatchTyped(core, caller, 'profile.save', { name: '甲镇总工会', level: '乡镇总工会' })
    expect(readAuditKey(core)).toMatchObject({ legacyRows: 2 })
    const list = await dispatchTyped(core, caller, 'audit.list', {})
    expect(list.ok && list.result.items.map((r) => r.legacy)).toEqual([false, true, true])
    expect(await dispatchTyped(core, caller, 'audit.verify', {})).toMatchObject({ ok: true, result: { intact: true, rows: 3 } })

    // Editing a legacy row and recomputing the unkeyed chain from the database alone is caught at the keyed row.
    await sql`update audit_log set actor = '别人' where id = 'old-1'`.execute(core.db)
    let prev = '0'.repeat(64)
    for (const r of await core.db.selectFrom('audit_log').selectAll().where('chain', '=', 'sha256').orderBy('seq').execute()) {
      const hash = legacyAuditHash(prev, r)
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(core.db)
      prev = hash
    }
    expect(await dispatchTyped(core, caller, 'audit.verify', {})).toMatchObject({ ok: true, result: { intact: false, broken: { position: 2 } } })
  })
})
