import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../../shared/dates'
import type { Core } from '../../../electron/core/context'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { startWebServer, type WebServer } from '../../../electron/server/http-server'
import { signInOverHttp } from '../../helpers/web-login'
import { cliEnv } from '../members/cli-helpers'
import { makeId, xlsxPayload } from '../members/fixtures'

/**
 * Issue 11: the CLI and web mode on one file, as real processes. Every answer must be right or the clear Chinese
 * refusal (DB_BUSY), and nothing acknowledged may be lost. The counts are printed for the issue note.
 */
const cliPath = resolve('bin/uniondesk.mjs')
const run = promisify(execFile)
// Long enough that each import holds the write lock well past the old 5 s busy timeout on any machine.
const ROWS = 40_000
const UNION = '木棠镇联合工会'

interface Tally {
  ok: number
  busy: number
  wrong: string[]
  maxMs: number
}
const tally = (): Tally => ({ ok: 0, busy: 0, wrong: [], maxMs: 0 })

async function workbook(path: string, seqBase: number): Promise<void> {
  const rows: unknown[][] = [['姓名', '证件号码', '所属工会']]
  for (let i = 0; i < ROWS; i++) rows.push([`会员${seqBase + i}`, makeId(addDays('1960-01-01', i % 15_000), seqBase + Math.floor(i / 15_000)), UNION])
  const file = await xlsxPayload(rows, '会员.xlsx')
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'))
}

async function memberCount(core: Core): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from member`.execute(core.db)
  return r.rows[0]?.n ?? -1
}

async function orgNames(core: Core): Promise<Set<string>> {
  const r = await sql<{ name: string }>`select name from org`.execute(core.db)
  return new Set(r.rows.map((x) => x.name))
}

describe('two processes on one database file', { timeout: 600_000 }, () => {
  let dir: string
  let dbPath: string
  let core: Core
  let web: WebServer
  let signedIn: Record<string, string> = {}
  const counts: Record<string, unknown> = {}

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-two-'))
    dbPath = join(dir, 'shared.db')
    core = await openCore({ dbPath, dataDir: dir, log: memoryLogger() })
    web = await startWebServer({ core, staticDir: dir })
    signedIn = await signInOverHttp(web)
    const saved = await post('orgs.save', { name: UNION, type: '联合基层工会' })
    expect(saved.body).toMatchObject({ ok: true })
    await Promise.all([workbook(join(dir, 'a.xlsx'), 1), workbook(join(dir, 'b.xlsx'), 20)])
  })
  afterAll(async () => {
    console.log(`two-process counts: ${JSON.stringify(counts, null, 1)}`)
    await web.close()
    await core.close()
    rmSync(dir, { recursive: true, force: true })
  })

  async function post(method: string, input: unknown): Promise<{ status: number; body: unknown; ms: number }> {
    const start = Date.now()
    const res = await fetch(`${web.url}/api/${method}`, { method: 'POST', headers: signedIn, body: JSON.stringify(input) })
    return { status: res.status, body: await res.json(), ms: Date.now() - start }
  }

  /** Sorts one web answer: right (checked by `right`), the DB_BUSY refusal, or wrong. */
  function judgeWeb(t: Tally, r: { body: unknown; ms: number }, right: (result: unknown) => boolean): boolean {
    t.maxMs = Math.max(t.maxMs, r.ms)
    const body = r.body
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      if (body.ok === true && 'result' in body && right(body.result)) return (t.ok++, true)
      if (body.ok === false && 'error' in body && JSON.stringify(body.error).includes('"code":"DB_BUSY"')) return (t.busy++, false)
    }
    t.wrong.push(JSON.stringify(body).slice(0, 300))
    return false
  }

  it('the CLI imports 40,000 rows while web mode serves writes (orgs.save) and reads (members.list)', async () => {
    const cli = spawn(process.execPath, [cliPath, '--db', dbPath, '--json', 'members', 'import', join(dir, 'a.xlsx'), '--union', UNION], { stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv() })
    let stdout = ''
    let stderr = ''
    cli.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    cli.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const exited = new Promise<number | null>((res) => cli.on('close', (code) => res(code)))
    let running = true
    void exited.then(() => (running = false))

    const writes = tally()
    const reads = tally()
    const acknowledged: string[] = []
    const refused: string[] = []
    const writer = (async () => {
      for (let i = 0; running || i < 3; i++) {
        const name = `网页工会甲${i}`
        const r = await post('orgs.save', { name, type: '企业工会' })
        if (judgeWeb(writes, r, (x) => typeof x === 'object' && x !== null && 'name' in x && x.name === name)) acknowledged.push(name)
        else refused.push(name)
        await new Promise((res) => setTimeout(res, 150))
      }
    })()
    const reader = (async () => {
      while (running) {
        const r = await post('members.list', { pageSize: 20 })
        judgeWeb(reads, r, (x) => typeof x === 'object' && x !== null && 'total' in x && typeof x.total === 'number' && x.total >= 0 && x.total <= ROWS)
        await new Promise((res) => setTimeout(res, 100))
      }
    })()
    const code = await exited
    await Promise.all([writer, reader])

    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ total: ROWS, inserted: ROWS, rejected: 0 })
    counts.cliImportsWebServes = { writes: { ...writes, wrong: writes.wrong.length }, reads: { ...reads, wrong: reads.wrong.length } }
    expect(writes.wrong).toEqual([])
    expect(reads.wrong).toEqual([])
    expect(writes.ok + writes.busy).toBeGreaterThan(0)
    expect(reads.ok).toBeGreaterThan(0)
    // Nothing acknowledged is lost, nothing refused was half-saved.
    expect(await memberCount(core)).toBe(ROWS)
    const names = await orgNames(core)
    for (const n of acknowledged) expect(names.has(n)).toBe(true)
    for (const n of refused) expect(names.has(n)).toBe(false)
  })

  it('web mode imports 40,000 rows while CLI processes write (orgs add) and read (members list)', async () => {
    const payload = { file: { fileName: 'b.xlsx', contentBase64: (await import('node:fs')).readFileSync(join(dir, 'b.xlsx')).toString('base64') } }
    let running = true
    const importing = post('members.importCommit', payload).finally(() => (running = false))

    const writes = tally()
    const reads = tally()
    const webReads = tally()
    const acknowledged: string[] = []
    const refused: string[] = []
    /** One CLI process: exit 0 with `right` output, or exit 1 with the Chinese DB_BUSY line, anything else is wrong. */
    async function cliCall(t: Tally, args: string[], right: (stdout: string) => boolean): Promise<boolean> {
      const start = Date.now()
      const r = await run(process.execPath, [cliPath, '--db', dbPath, ...args], { encoding: 'utf8', env: cliEnv() }).then(
        (x) => ({ code: 0, stdout: x.stdout, stderr: x.stderr }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
      )
      t.maxMs = Math.max(t.maxMs, Date.now() - start)
      if (r.code === 0 && r.stderr === '' && right(r.stdout)) return (t.ok++, true)
      if (r.code === 1 && r.stderr.includes('数据库正被另一个窗口或命令使用')) return (t.busy++, false)
      t.wrong.push(`${r.code} ${r.stderr.slice(0, 300)}`)
      return false
    }
    const writer = (async () => {
      for (let i = 0; running || i < 2; i++) {
        const name = `命令行工会乙${i}`
        if (await cliCall(writes, ['orgs', 'add', '--name', name, '--json'], (out) => out.includes(name))) acknowledged.push(name)
        else refused.push(name)
      }
    })()
    const reader = (async () => {
      for (let i = 0; running || i < 2; i++) {
        await cliCall(reads, ['members', 'list', '--limit', '5', '--json'], (out) => out.includes('"items"') || out.trim().startsWith('['))
      }
    })()
    const sameProcessReader = (async () => {
      while (running) {
        judgeWeb(webReads, await post('members.list', { pageSize: 20 }), (x) => typeof x === 'object' && x !== null && 'total' in x)
        await new Promise((res) => setTimeout(res, 100))
      }
    })()
    const imported = await importing
    await Promise.all([writer, reader, sameProcessReader])

    expect(imported.body).toMatchObject({ ok: true, result: { total: ROWS, inserted: ROWS, rejected: 0 } })
    counts.webImportsCliServes = {
      importMs: imported.ms,
      cliWrites: { ...writes, wrong: writes.wrong.length },
      cliReads: { ...reads, wrong: reads.wrong.length },
      webReadsDuringOwnImport: { ...webReads, wrong: webReads.wrong.length },
    }
    expect(writes.wrong).toEqual([])
    expect(reads.wrong).toEqual([])
    expect(webReads.wrong).toEqual([])
    expect(reads.ok).toBeGreaterThan(0)
    expect(await memberCount(core)).toBe(2 * ROWS)
    const names = await orgNames(core)
    for (const n of acknowledged) expect(names.has(n)).toBe(true)
    for (const n of refused) expect(names.has(n)).toBe(false)
  })
})
