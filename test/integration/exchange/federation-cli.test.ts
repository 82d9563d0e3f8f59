import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/core/db/schema/index'
import { openSqliteFile, Sqlite3Dialect } from '../../../electron/core/db/sqlite3-dialect'
import type { LocalIdentity } from '../../../electron/core/exchange/package-format'
import type { PayloadRow } from '../../../electron/core/exchange/payload'
import { createTestAdmin } from '../../helpers/accounts'
import { cliEnv, runCli, runCliUntilKilled } from '../members/cli-helpers'
import { creditCode, federationCore, joinEvent, memberRow, officeIdentity, officeRows, orgRow, sealOfficePackage } from './federation-fixtures'

/**
 * `uniondesk exchange register` and `exchange import` as a clerk runs them, and a SIGKILL in the middle of a large
 * import: the merge is one transaction, so a killed run leaves the database exactly as it was, and it opens clean.
 */
const BIG = 40_000
const RUNS = 6

let dir: string
let db: string
let office: LocalIdentity
let federationCard: LocalIdentity['card']

async function withDb<T>(path: string, use: (k: Kysely<Database>) => Promise<T>): Promise<T> {
  // Opened read-write: the first connection after a crash replays or discards the -wal, as the app would.
  const k = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(path, { create: false })) })
  try {
    return await use(k)
  } finally {
    await k.destroy()
  }
}

/** Every row of every table but the ones a sign-in touches (accounts' last login, the audit trail of the login). */
async function dumpOf(path: string): Promise<string> {
  return withDb(path, async (k) => {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(k)
    const parts: string[] = []
    for (const { name } of tables.rows) {
      if (name === 'account' || name.startsWith('audit_log')) continue
      const rows = await sql`select * from ${sql.table(name)} order by rowid`.execute(k)
      parts.push(`${name}:${JSON.stringify(rows.rows)}`)
    }
    return parts.join('\n')
  })
}

/** A database with the files that belong beside it: its exchange keys and its audit key. */
function copyDb(from: string, to: string): void {
  copyFileSync(from, to)
  for (const side of ['.exchange-keys', '.audit-key']) if (existsSync(`${from}${side}`)) copyFileSync(`${from}${side}`, `${to}${side}`)
}

beforeAll(async () => {
  const fed = await federationCore({ file: true })
  dir = fed.t.dir
  federationCard = fed.me.card
  await createTestAdmin(fed.t.core)
  await fed.t.core.close()
  db = join(dir, 'test.db')
  office = officeIdentity('木棠镇总工会', creditCode(1))
  writeFileSync(join(dir, 'card.json'), JSON.stringify(office.card, null, 2))
  // The first command after a source edit rebuilds the CLI bundle.
  runCli(['--help'])
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('uniondesk exchange register / import', () => {
  it('registers the card, imports with --json, answers a refusal with accepted:false and exit 1', async () => {
    const reg = runCli(['--db', db, 'exchange', 'register', join(dir, 'card.json'), '--json'])
    expect(reg.stderr).toBe('')
    expect(JSON.parse(reg.stdout)).toMatchObject({ unionName: '木棠镇总工会', fingerprint: expect.stringMatching(/^\d{5}( \d{5}){7}$/) })

    writeFileSync(join(dir, 'p1.udx'), await sealOfficePackage(office, federationCard, { sequence: 1, rows: officeRows('a', 3) }))
    const ok = runCli(['--db', db, 'exchange', 'import', join(dir, 'p1.udx'), '--json'])
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    const out = JSON.parse(ok.stdout) as Record<string, unknown>
    expect(out).toMatchObject({ accepted: true, sender: '木棠镇总工会', sequence: 1, inserted: 7, updated: 0, deleted: 0, conflicts: [], receipt: join(dir, '回执-木棠镇总工会-第1号.udx') })
    expect(existsSync(String(out['receipt']))).toBe(true)

    const before = await dumpOf(db)
    const gap = await sealOfficePackage(office, federationCard, { sequence: 5, baseSequence: 4, rows: [] })
    writeFileSync(join(dir, 'p5.udx'), gap)
    const refused = runCli(['--db', db, 'exchange', 'import', join(dir, 'p5.udx'), '--json'])
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout)).toMatchObject({ accepted: false, code: 'EXCHANGE_SEQUENCE_GAP', message: expect.stringContaining('缺少第2至第4号包') })
    expect(refused.stderr).toContain('错误：缺包')
    expect(await dumpOf(db)).toBe(before)
  }, 60_000)
})

const runUntilKilled = (args: string[], afterMs: number | null) => runCliUntilKilled(args, afterMs, cliEnv())

describe('SIGKILL during a large exchange import', () => {
  it(`a package of ${BIG} members is merged wholly or not at all`, async () => {
    const rows: PayloadRow[] = [orgRow('big-org', '大镇联合工会')]
    for (let i = 0; i < BIG; i++) rows.push(memberRow({ id: `big-m${i}`, orgId: 'big-org', name: `会员${i % 500}`, idNumber: String(460000199001010000n + BigInt(i)) }))
    for (let i = 0; i < BIG; i++) rows.push(joinEvent(`big-e${i}`, `big-m${i}`, 'big-org'))
    writeFileSync(join(dir, 'big.udx'), await sealOfficePackage(office, federationCard, { sequence: 2, rows }))
    const baseline = join(dir, 'baseline.db')
    copyDb(db, baseline)
    const before = await dumpOf(baseline)
    const args = (path: string) => ['--db', path, 'exchange', 'import', join(dir, 'big.udx'), '--receipt-dir', join(dir, 'receipts'), '--json']

    const probe = join(dir, 'probe.db')
    copyDb(baseline, probe)
    const started = Date.now()
    const full = await runUntilKilled(args(probe), null)
    const fullMs = Date.now() - started
    expect(full.stderr).toBe('')
    const stateOf = (k: Kysely<Database>) => k.selectFrom('federation_member').select((eb) => eb.fn.countAll<number>().as('n')).where('office_id', 'is not', null).executeTakeFirstOrThrow()
    expect((await withDb(probe, stateOf)).n).toBe(BIG + 3)

    let killed = 0
    for (let i = 0; i < RUNS; i++) {
      const path = join(dir, `crash-${i}.db`)
      copyDb(baseline, path)
      const delay = Math.round(fullMs * (0.3 + (0.6 * i) / RUNS))
      const r = await runUntilKilled(args(path), delay)
      if (r.killed) killed++
      const check = await withDb(path, async (k) => (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(k)).rows.map((x) => x.integrity_check))
      expect(check, `run ${i} killed after ${delay} ms`).toEqual(['ok'])
      const n = (await withDb(path, stateOf)).n
      if (n === 3) expect(await dumpOf(path), `run ${i}: absent must mean exactly as before`).toBe(before)
      else expect(n, `run ${i}: all or nothing`).toBe(BIG + 3)
      for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true })
    }
    console.log(`exchange import crash: one run ${fullMs} ms; ${RUNS} runs, ${killed} killed mid-run`)
    expect(killed).toBeGreaterThan(0)
  }, 600_000)
})
