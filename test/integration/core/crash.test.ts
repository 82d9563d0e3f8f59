import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/core/db/schema/index'
import { openSqliteFile, Sqlite3Dialect } from '../../../electron/core/db/sqlite3-dialect'
import { createTestCore } from '../../helpers/test-core'
import { runCliUntilKilled } from '../members/cli-helpers'
import { addDays } from '../../../shared/dates'
import { makeId } from '../members/fixtures'
import { seedAid } from '../print/fixtures'

/**
 * Issue 14: a `uniondesk` process killed with SIGKILL at a random moment of an import, a batch payment and a print
 * run with serials leaves a database that passes integrity_check and holds each operation wholly or not at all.
 * Every run starts from a copy of one prepared database; the kill comes after a random delay spread over the time one
 * uninterrupted run takes (measured first, start-up included), so kills land before, during and after the write.
 */
const RUNS = 20
const APPLICATIONS = 60
const IMPORT_ROWS = 1000
const account = { UNIONDESK_USER: 'crash-admin', UNIONDESK_PASSWORD: 'crash-test-1' }

interface Outcome {
  killed: number
  finishedFirst: number
  whole: number
  absent: number
}

let dir: string
let baseline: string

async function withDb<T>(path: string, use: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  // Opened read-write: the first connection after a crash replays or discards the -wal, as the app would.
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(path, { create: false })) })
  try {
    return await use(db)
  } finally {
    await db.destroy()
  }
}

async function count(db: Kysely<Database>, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  return (await query.execute(db)).rows[0]?.n ?? -1
}

const runUntilKilled = (args: string[], afterMs: number | null) => runCliUntilKilled(args, afterMs, { ...process.env, UNIONDESK_DB: '', ...account })

/**
 * Runs the operation once to measure it, then RUNS times killed at random; `state` reads the operation's rows and
 * says whether they are all there, none there, or (a failure) partly there.
 */
async function crashRuns(name: string, args: (db: string) => string[], state: (db: Kysely<Database>) => Promise<'whole' | 'absent' | string>): Promise<Outcome> {
  const probe = join(dir, `${name}-probe.db`)
  copyFileSync(baseline, probe)
  const started = Date.now()
  const full = await runUntilKilled(args(probe), null)
  const fullMs = Date.now() - started
  expect(full.stderr).toBe('')
  expect(await withDb(probe, state)).toBe('whole')
  const outcome: Outcome = { killed: 0, finishedFirst: 0, whole: 0, absent: 0 }
  for (let i = 0; i < RUNS; i++) {
    const db = join(dir, `${name}-${i}.db`)
    copyFileSync(baseline, db)
    const delay = Math.round(fullMs * (0.15 + Math.random() * 0.95))
    const r = await runUntilKilled(args(db), delay)
    if (r.killed) outcome.killed++
    else outcome.finishedFirst++
    await withDb(db, async (k) => {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(k)
      expect(check.rows.map((x) => x.integrity_check), `${name} run ${i}, killed after ${delay} ms`).toEqual(['ok'])
      const s = await state(k)
      expect(['whole', 'absent'], `${name} run ${i}, killed after ${delay} ms: ${s}`).toContain(s)
      if (s === 'whole') outcome.whole++
      else outcome.absent++
    })
    rmSync(db, { force: true })
    rmSync(`${db}-wal`, { force: true })
    rmSync(`${db}-shm`, { force: true })
  }
  console.log(`crash ${name}: one run ${fullMs} ms; ${RUNS} runs: ${outcome.killed} killed (${outcome.whole} whole, ${outcome.absent} absent), ${outcome.finishedFirst} finished first`)
  return outcome
}

const allOrNone = (n: number, total: number, what: string) => (n === total ? 'whole' : n === 0 ? 'absent' : `${what}: ${n} of ${total}`)

describe('SIGKILL at random points (spawned CLI)', { timeout: 900_000 }, () => {
  beforeAll(async () => {
    const t = await createTestCore({ file: true })
    dir = t.dir
    await seedAid(t, APPLICATIONS)
    await t.call('accounts.add', { name: account.UNIONDESK_USER, role: 'admin', password: account.UNIONDESK_PASSWORD })
    await t.core.close()
    baseline = join(dir, 'test.db')
    const lines = ['姓名,身份证号码,工作单位']
    for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`导入会员${i},${makeId(addDays('1960-01-01', i), 1)},单位${i % 20}`)
    writeFileSync(join(dir, 'import.csv'), `${lines.join('\n')}\n`)
    // The first command after a source edit rebuilds the CLI bundle: not part of any operation's measured time.
    await runUntilKilled(['--help'], null)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(`an import of ${IMPORT_ROWS} members is one transaction`, async () => {
    const r = await crashRuns(
      'import',
      (db) => ['--db', db, 'members', 'import', join(dir, 'import.csv'), '--union', '城关镇第一联合工会', '--json'],
      async (k) => allOrNone((await count(k, sql<{ n: number }>`select count(*) as n from member`)) - APPLICATIONS, IMPORT_ROWS, 'members'),
    )
    expect(r.whole + r.absent).toBe(RUNS)
  })

  it(`a batch payment of ${APPLICATIONS} applications is one transaction`, async () => {
    const r = await crashRuns(
      'pay',
      (db) => ['--db', db, 'aid', 'batch', 'pay', 'batch-1', '--method', 'cash', '--date', '2026-11-20', '--json'],
      async (k) => {
        const paid = await count(k, sql<{ n: number }>`select count(*) as n from aid_application where status = 'paid'`)
        const events = await count(k, sql<{ n: number }>`select count(*) as n from aid_application_event where action = 'pay'`)
        const s = allOrNone(paid, APPLICATIONS, 'paid')
        return events === (s === 'whole' ? APPLICATIONS : 0) ? s : `${s}, but ${events} pay events`
      },
    )
    expect(r.whole + r.absent).toBe(RUNS)
  })

  it(`a print run of ${APPLICATIONS} numbered certificates takes all its serials or none`, async () => {
    const r = await crashRuns(
      'print',
      (db) => ['--db', db, 'print', 'certificates', '--batch', 'batch-1', '--out', `${db}.pdf`, '--json'],
      async (k) => {
        const logged = await count(k, sql<{ n: number }>`select count(*) as n from print_log where doc_type = 'certificate'`)
        const distinct = await count(k, sql<{ n: number }>`select count(distinct serial) as n from print_log where doc_type = 'certificate'`)
        const counter = await count(k, sql<{ n: number }>`select coalesce(sum(last_seq), 0) as n from print_serial`)
        const s = allOrNone(logged, APPLICATIONS, 'serials')
        return distinct === logged && counter === logged ? s : `${s}, ${distinct} distinct serials, counter at ${counter}`
      },
    )
    expect(r.whole + r.absent).toBe(RUNS)
  })
})
