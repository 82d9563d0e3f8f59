import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type MethodName } from '../../../shared/contract/index'
import type { Reply } from '../../../shared/errors'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { isPlainObject, malformedOf, validOf, type FuzzWorld, type Mutation } from '../../fuzz/zod-arbitrary'

/**
 * Every contract method, fed inputs walked from its own zod schema: some meant to be valid (with ids that exist), most
 * with one thing wrong. Each call must answer a typed refusal or a result, never INTERNAL, never an unhandled
 * rejection; and a refusal must leave the database as it was. FUZZ_SEED=<n> replays a run; FUZZ_CASES sets how many calls (default 10,000).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261202)
const totalCases = Number(process.env.FUZZ_CASES ?? 10_000)
const methods = Object.keys(contract).filter((m): m is MethodName => m in contract)
/**
 * Slow by design: prints and exports render PDFs and workbooks, backups copy the register, passwords are hashed with
 * scrypt (tens to hundreds of ms each, even for an input whose extra field is dropped and still runs). They get fewer
 * inputs, and fewer of them valid, so the run stays near a minute on a shared machine; every other method gets the
 * rest of the total.
 */
const slowByDesign = (method: string) =>
  method.startsWith('print.') || /export|^demo\.|^backup\.|^accounts\.(add|resetPassword|recover)$|^auth\.(login|unlock)$/i.test(method)
const heavyCases = Math.ceil(totalCases / methods.length / 3)
const heavyCount = methods.filter(slowByDesign).length
const lightCases = Math.ceil((totalCases - heavyCount * heavyCases) / (methods.length - heavyCount))
const casesOf = (method: string) => (slowByDesign(method) ? heavyCases : lightCases)
/** The share of inputs meant to be valid; the rest have one thing wrong. */
const validShare = (method: string) => (slowByDesign(method) ? 0.1 : 0.35)

/**
 * Whether anything was committed since the last look: PRAGMA data_version on the read connection changes whenever
 * another connection (the write one) commits, whatever it changed, and stays put for a rolled-back transaction.
 */
async function commitMark(t: TestCore): Promise<number> {
  const r = await sql<{ data_version: number }>`pragma data_version`.execute(t.core.readDb)
  return r.rows[0]?.data_version ?? -1
}

/** Which table a field's ids come from; `id` itself means the method's own record. */
const tableOfKey: Record<string, string> = {
  memberId: 'member', eventId: 'member_event', orgId: 'org', toOrgId: 'org', fromId: 'org', intoId: 'org', parentId: 'org',
  defaultOrgId: 'org', enterpriseId: 'enterprise', applicationId: 'aid_application', applicationIds: 'aid_application',
  batchId: 'aid_batch', programId: 'aid_program', contractId: 'collective_contract', fileId: 'hardship_file',
}
function tableOfId(method: MethodName): string {
  const [feature = '', verb = ''] = method.split('.')
  if (feature === 'aid') {
    if (/Batch|Notice|TransferSheet/.test(verb)) return 'aid_batch'
    if (/Objection/.test(verb)) return 'aid_objection'
    if (/Program/.test(verb)) return 'aid_program'
    return 'aid_application'
  }
  const byFeature: Record<string, string> = { members: 'member', orgs: 'org', hardship: 'hardship_file', mediation: 'mediation_case', contracts: 'collective_contract', users: 'user_account' }
  return byFeature[feature] ?? ''
}

/** Ids and ID numbers in the register as it is now, so generated calls hit real records (and records made by earlier calls). */
async function worldOf(t: TestCore): Promise<(method: MethodName) => FuzzWorld> {
  const tables = await sql<{ name: string }>`select m.name from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) c where c.name = 'id' and c.type = 'TEXT')`.execute(t.core.db)
  const byTable = new Map<string, string[]>()
  for (const { name } of tables.rows) {
    const rows = await sql<{ id: string }>`select id from ${sql.table(name)} order by rowid desc limit 40`.execute(t.core.db)
    byTable.set(name, rows.rows.map((r) => r.id))
  }
  const all = [...byTable.values()].flat()
  const idNumbers = (await sql<{ id_number: string }>`select id_number from member order by rowid limit 30`.execute(t.core.db)).rows.map((r) => r.id_number)
  return (method) => ({
    idNumbers,
    // A valid demo.load (after a valid demo.clear) may ask for 500,000 members: minutes, not a finding.
    caps: { members: 60 },
    idsFor: (key) => {
      const own = byTable.get(key === 'id' ? tableOfId(method) : (tableOfKey[key] ?? '')) ?? []
      // Mostly the right kind of record; now and then any id at all (a member's id where a batch's belongs).
      return own.length > 0 ? [...own, ...own, ...own, ...all.slice(0, Math.ceil(own.length / 2))] : all
    },
  })
}

interface Case {
  method: MethodName
  input: unknown
  mutation: Mutation | 'valid'
}

function casesFor(method: MethodName, world: FuzzWorld, n: number, runSeed: number): Case[] {
  const schema = contract[method].input
  const valid = Math.round(n * validShare(method))
  return [
    ...fc.sample(validOf(schema, world), { numRuns: valid, seed: runSeed }).map((input) => ({ method, input, mutation: 'valid' as const })),
    ...fc.sample(malformedOf(schema, world), { numRuns: n - valid, seed: runSeed + 1 }).map(({ input, mutation }) => ({ method, input, mutation })),
  ]
}

interface Tally {
  ok: number
  byCode: Map<string, number>
  /** Time spent per method, to see where the run's minute goes. */
  ms: Map<string, number>
}

/** A call that has not answered by then never will (a lock or a promise nobody settles): the run stops and names it. */
const callTimeoutMs = 20_000

/** In rounds: each round draws its inputs from the register as the earlier rounds left it. */
const rounds = 4

/**
 * Fields that name a place on disk (a backup's target, a file to restore): the user chooses them, anywhere, on purpose.
 * The fuzz keeps them inside its own folder, a hostile name becoming a file name there, so a run never writes into
 * the working tree or the system (an early run left backups named 甲6 in the repository).
 */
const diskPathKeys = ['out', 'file']
function confined(input: unknown, folder: string): unknown {
  if (!isPlainObject(input)) return input
  const out: Record<string, unknown> = { ...input }
  for (const key of diskPathKeys) {
    const v = out[key]
    if (typeof v === 'string' && !v.startsWith(folder)) out[key] = join(folder, v.replace(/[/\\]|\.\./g, '_') || '_')
  }
  return out
}

/** Short, printable, and safe for cycles and bigints: enough to replay a finding by hand. */
function shown(v: unknown): string {
  const seen = new WeakSet()
  const text = JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return `${x}n`
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x)
    if (typeof x === 'object' && x !== null) {
      if (seen.has(x)) return '[cycle]'
      seen.add(x)
    }
    return x
  }) ?? String(v)
  return text.length > 300 ? `${text.slice(0, 300)}…(${text.length})` : text
}

describe('fuzz: every contract method through the dispatcher', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore({ file: true })
    mkdirSync(join(t.dir, 'fuzz-files'))
    await t.call('demo.load', { members: 40, seed: 3 })
  })
  afterAll(async () => t.close())

  it('the commit mark sees a committed write and ignores a rolled-back one', async () => {
    const before = await commitMark(t)
    await t.core.db
      .transaction()
      .execute(async (trx) => {
        await sql`update org set address = 'x'`.execute(trx)
        throw new Error('roll back')
      })
      .catch(() => undefined)
    expect(await commitMark(t)).toBe(before)
    // An update that keeps every row count the same still moves the mark.
    const profile = await t.call('profile.get', {})
    await t.call('profile.save', { name: profile?.name ?? '甲镇总工会', level: '乡镇总工会', address: '甲镇人民路 1 号（改）' })
    expect(await commitMark(t)).not.toBe(before)
  })

  it('values only IPC can carry (a cycle, a BigInt, a Date) are refused as INVALID_INPUT, not 系统内部错误, and change nothing', async () => {
    const cycle: Record<string, unknown> = { name: '循环' }
    cycle.self = cycle
    const mark = await commitMark(t)
    const calls: Array<[string, unknown, string]> = [
      ['profile.save', { name: '甲镇总工会', level: '乡镇总工会', constructor: cycle }, 'constructor.self'],
      ['aid.saveSettings', { separationOfDuties: true, noticeDays: 5, note: 10n }, 'note'],
      ['aid.calc', { programCode: 'A01', year: 2026, input: { since: new Date(0) } }, 'input.since'],
    ]
    for (const [method, input, field] of calls) {
      expect(await t.replyRaw(method, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
    }
    expect(await commitMark(t)).toBe(mark)
  })

  it('found by the fuzz: a blank 所属企业 on members.save means none (it was a foreign-key 系统内部错误)', async () => {
    const m = await sql<{ id: string; org_id: string; name: string }>`select id, org_id, name from member order by rowid limit 1`.execute(t.core.db)
    const member = m.rows[0]
    if (!member) throw new Error('the demo register has no member')
    for (const enterpriseId of ['', '  ']) {
      const r = await t.replyRaw('members.save', { id: member.id, orgId: member.org_id, name: member.name, enterpriseId })
      expect(r).toMatchObject({ ok: true, result: { member: { id: member.id, enterpriseId: null } } })
    }
  })

  it('found by the fuzz: restoring from a folder is FILE_UNREADABLE (it was EISDIR, a 系统内部错误)', async () => {
    const mark = await commitMark(t)
    expect(await t.replyRaw('backup.restore', { file: t.dir })).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', field: 'file' } })
    expect(await commitMark(t)).toBe(mark)
  })

  /** One call; anything wrong with its answer becomes a finding naming the method and the input. */
  async function run(c: Case, findings: string[], tally: Tally): Promise<void> {
    const mark = await commitMark(t)
    const t0 = performance.now()
    let reply: Reply<unknown> | 'hung'
    let timer: NodeJS.Timeout | undefined
    try {
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), callTimeoutMs)))
      reply = await Promise.race([t.replyRaw(c.method, c.input, 'admin'), hung])
    } catch (err) {
      findings.push(`${c.method} [${c.mutation}] threw ${String(err)} for ${shown(c.input)}`)
      return
    } finally {
      clearTimeout(timer)
    }
    if (reply === 'hung') {
      findings.push(`${c.method} [${c.mutation}] did not answer within ${callTimeoutMs / 1000}s, for ${shown(c.input)}`)
      throw new Error(`fuzz stopped: a call never answered\n${findings.join('\n')}`)
    }
    tally.ms.set(c.method, (tally.ms.get(c.method) ?? 0) + performance.now() - t0)
    if (reply.ok) {
      tally.ok++
      // The HTTP and IPC transports send the reply as it is: it must be plain data.
      try {
        JSON.stringify(reply)
      } catch (err) {
        findings.push(`${c.method} [${c.mutation}] result cannot be sent: ${String(err)} for ${shown(c.input)}`)
      }
      return
    }
    tally.byCode.set(reply.error.code, (tally.byCode.get(reply.error.code) ?? 0) + 1)
    if (reply.error.code === 'INTERNAL') {
      const log = t.core.log
      const logged = 'entries' in log && Array.isArray(log.entries) ? String(log.entries.at(-1)).split('\n').slice(0, 2).join(' | ') : ''
      findings.push(`${c.method} [${c.mutation}] INTERNAL for ${shown(c.input)} :: ${logged}`)
    }
    if ((await commitMark(t)) !== mark) findings.push(`${c.method} [${c.mutation}] refused with ${reply.error.code} but changed the database, for ${shown(c.input)}`)
  }

  it(`answers ${methods.length} methods × ${lightCases} inputs (prints and exports ${heavyCases}) with typed refusals or results (seed ${seed})`, async () => {
    console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} replays this run)`)
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    const findings: string[] = []
    const tally: Tally = { ok: 0, byCode: new Map(), ms: new Map() }
    const started = performance.now()
    let calls = 0
    for (let round = 0; round < rounds; round++) {
      // A valid demo.clear empties the register: the next round starts from the demo again, so it still finds records.
      const members = await sql<{ n: number }>`select count(*) as n from member`.execute(t.core.db)
      if (members.rows[0]?.n === 0) {
        // Earlier calls may have switched on separation of duties, which the demo's own approvals then meet.
        const reload = await t.replyRaw('demo.load', { members: 40, seed: 3 + round })
        if (!reload.ok) console.log(`fuzz round ${round}: the demo could not be reloaded (${reload.error.code} ${reload.error.message}); this round runs on what is left`)
      }
      const world = await worldOf(t)
      const perMethod = methods.map((m, i) => casesFor(m, world(m), Math.ceil(casesOf(m) / rounds), seed + round * 100_003 + i * 7919).map((c) => ({ ...c, input: confined(c.input, join(t.dir, 'fuzz-files')) })))
      // Interleaved, so one method's writes meet the next method's reads and refusals.
      for (let i = 0; i < lightCases; i++) {
        for (const list of perMethod) {
          const c = list[i]
          if (!c) continue
          calls++
          await run(c, findings, tally)
        }
      }
    }
    await new Promise((r) => setTimeout(r, 50))
    process.off('unhandledRejection', onRejection)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const top = [...tally.ms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([m, ms]) => `${m} ${Math.round(ms)}ms`)
    console.log(`fuzz: ${calls} calls over ${methods.length} methods in ${seconds}s: ${tally.ok} results, ${calls - tally.ok} refusals ${JSON.stringify(Object.fromEntries(tally.byCode))}; slowest: ${top.join(', ')}`)
    expect(calls).toBeGreaterThanOrEqual(totalCases)
    expect(rejections.map(String)).toEqual([])
    expect(findings).toEqual([])
  }, 300_000)
})
