import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { Caller, Core } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { sharedMemberDatabase } from './member-database'
import { writeImportFile } from './members-file'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }

async function call<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Result<M>> {
  const r = await dispatchTyped(core, caller, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.result
}

async function p95Of(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await fn(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timeMs(() => fn(i))).ms)
  return percentile(times.sort((a, b) => a - b), 95)
}

interface ProcessRun {
  rows: number
  ms: number
  cpuMs: number
  maxRssMb: number
}

/** Runs one side of the bench in a fresh Node process (see import-process.ts). */
function inOwnProcess(...args: string[]): ProcessRun {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./import-process.ts', import.meta.url)), ...args], { encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ProcessRun
}

async function importBench(dir: string): Promise<BenchRow[]> {
  const file = join(dir, 'import-100k.xlsx')
  await writeImportFile(file, 100_000)
  const read = inOwnProcess('read', file)
  const readExceljs = inOwnProcess('read-exceljs', file)
  const validated = inOwnProcess('dry-run', file, join(dir, 'dry-run.db'))
  const imported = inOwnProcess('import', file, join(dir, 'import.db'))
  if (imported.rows !== 100_000) throw new Error(`导入行数不对：${imported.rows}`)
  return [
    { name: '仅读取 10 万行×20 列 .xlsx（本程序的流式读取）', value: read.ms / 1000, unit: 's' },
    { name: '  对照：exceljs 流式读取（问题 10 之前的读取方式）', value: readExceljs.ms / 1000, unit: 's' },
    { name: '  读取 CPU 时间 ÷ exceljs 读取 CPU 时间', value: read.cpuMs / readExceljs.cpuMs, unit: '倍', target: 1 },
    { name: '  仅读取时进程内存峰值 ÷ exceljs 的', value: read.maxRssMb / readExceljs.maxRssMb, unit: '倍' },
    { name: '试导入（读取+校验，不写入；--dry-run）', value: validated.ms / 1000, unit: 's' },
    { name: '  其 CPU 时间 ÷ 仅读取 CPU 时间', value: validated.cpuMs / read.cpuMs, unit: '倍' },
    { name: '导入 10 万行×20 列 .xlsx（校验+写入，一个事务）', value: imported.ms / 1000, unit: 's' },
    { name: '导入耗时 ÷ 仅读取耗时（墙钟）', value: imported.ms / read.ms, unit: '倍', target: 1.5 },
    // On a shared, overloaded machine wall time mostly measures the wait for a CPU; CPU time is the steadier ratio.
    { name: '导入 CPU 时间 ÷ 仅读取 CPU 时间', value: imported.cpuMs / read.cpuMs, unit: '倍', target: 1.5 },
    { name: '  导入 CPU 时间（主线程+SQLite 线程+GC）', value: imported.cpuMs / 1000, unit: 's' },
    { name: '仅读取时进程内存峰值（RSS）', value: read.maxRssMb, unit: 'MB' },
    { name: '导入时进程内存峰值（RSS，独立进程）', value: imported.maxRssMb, unit: 'MB', target: 600 },
  ]
}

async function searchBench(): Promise<BenchRow[]> {
  // Shared with the other benches that read 200,000 members (member-database.ts).
  const database = await sharedMemberDatabase()
  const core = await openCore({ dbPath: database.path })
  try {
    const loaded = { ms: database.loadMs }
    const sample = await core.db.selectFrom('member').select(['name', 'id_number', 'name_initials']).where('id', 'like', '%7').limit(400).execute()
    const pick = (i: number) => sample[i % sample.length] ?? { name: '张伟', id_number: '469023198808080096', name_initials: 'zw' }
    const search = (q: string) => call(core, 'members.search', { q, limit: 20 })
    // Issue 13 item 13: names with a dot or a 复姓, typed without the dot or by the part after it.
    const parted = await core.db.selectFrom('member').select(['name_key', 'name_given']).where('name_given', 'is not', null).where('id', 'like', '%3').limit(200).execute()
    const partedAt = (i: number) => parted[i % parted.length] ?? { name_key: '热依拉阿不都', name_given: '阿不都' }
    const orgs = await call(core, 'orgs.list', {})
    const orgAt = (i: number) => orgs[i % orgs.length]?.id ?? ''
    return [
      { name: '载入 20 万会员示例数据（demo.load）', value: loaded.ms / 1000, unit: 's' },
      { name: '搜索：姓名（1–3 字前缀）p95', value: await p95Of(300, (i) => search(Array.from(pick(i).name).slice(0, 1 + (i % 3)).join(''))), unit: 'ms', target: 20 },
      { name: '搜索：拼音首字母 p95', value: await p95Of(300, (i) => search(pick(i).name_initials.slice(0, 2 + (i % 2)))), unit: 'ms', target: 20 },
      { name: '搜索：证件号码后 4 位 p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(-4))), unit: 'ms', target: 20 },
      { name: '搜索：证件号码前缀（6–10 位）p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(0, 6 + (i % 5)))), unit: 'ms', target: 20 },
      { name: '搜索：出生日期 8 位 p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(6, 14))), unit: 'ms', target: 20 },
      { name: '搜索：出生年月 6 位 p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(6, 12))), unit: 'ms', target: 20 },
      { name: '搜索：不带间隔号的姓名（热依拉阿不都）p95', value: await p95Of(300, (i) => search(partedAt(i).name_key)), unit: 'ms', target: 20 },
      { name: '搜索：间隔号后或复姓后的名字（阿不都、明月轩）p95', value: await p95Of(300, (i) => search(partedAt(i).name_given ?? '')), unit: 'ms', target: 20 },
      ...(await listMatrix(core, orgAt, pick)),
      ...cliListAll(database.path),
    ]
  } finally {
    await core.close()
  }
}

type ListInput = Input<'members.list'>
type Pick = (i: number) => { name: string; id_number: string; name_initials: string }

/**
 * Issue 10 §3: the member list's first page with its exact total, for every filter the list screen offers (alone and
 * combined, with and without a search text) × every sort (asc and desc taking turns), on 200,000 members.
 */
async function listMatrix(core: Core, orgAt: (i: number) => string, pick: Pick): Promise<BenchRow[]> {
  const filters: Array<[string, (i: number) => ListInput]> = [
    ['无筛选', () => ({})],
    ['工会（轮换 250 个）', (i) => ({ orgId: orgAt(i) })],
    ['会籍状态：保留', () => ({ status: 'retained' })],
    ['会籍状态：在会', () => ({ status: 'active' })],
    ['性别', (i) => ({ gender: i % 2 ? '男' : '女' })],
    ['农民工', () => ({ migrant: true })],
    ['新就业形态', () => ({ newFormType: '快递员' })],
    ['年龄 30–40', () => ({ ageMin: 30, ageMax: 40 })],
    ['年龄恰为 33', () => ({ ageMin: 33, ageMax: 33 })],
    ['工会+在会', (i) => ({ orgId: orgAt(i), status: 'active' })],
    ['性别+农民工', (i) => ({ gender: i % 2 ? '男' : '女', migrant: true })],
    ['在会+50 岁以上', () => ({ status: 'active', ageMin: 50 })],
    ['转出+网约家政+农民工（极少命中）', () => ({ status: 'transferred_out', newFormType: '网约家政', migrant: true })],
    ['除名（无命中）', () => ({ status: 'expelled' })],
    ['全部条件', (i) => ({ orgId: orgAt(i), status: 'active', gender: '女', migrant: false, ageMin: 20, ageMax: 60 })],
    ['搜索「王」（5,000 余人）', () => ({ q: '王' })],
    ['搜索「王」+工会', (i) => ({ q: '王', orgId: orgAt(i) })],
    ['搜索「王」+在会+女', () => ({ q: '王', status: 'active', gender: '女' })],
    ['搜索姓名 1–3 字', (i) => ({ q: Array.from(pick(i).name).slice(0, 1 + (i % 3)).join('') })],
    ['搜索拼音首字母', (i) => ({ q: pick(i).name_initials.slice(0, 2 + (i % 2)) })],
    ['搜索证件号码后 4 位+在会', (i) => ({ q: pick(i).id_number.slice(-4), status: 'active' })],
    ['搜索出生年月 6 位', (i) => ({ q: pick(i).id_number.slice(6, 12) })],
    ['搜索「买买提」（间隔号后）', () => ({ q: '买买提' })],
  ]
  const sorts = [['name', '姓名'], ['birthDate', '出生日期'], ['updatedAt', '更新时间'], ['createdAt', '录入时间']] as const
  const rows: BenchRow[] = []
  let worst = 0
  for (const [label, filter] of filters) {
    for (const [sort, sortLabel] of sorts) {
      const ms = await p95Of(40, (i) => call(core, 'members.list', { ...filter(i), sort, order: i % 2 ? 'desc' : 'asc' }))
      worst = Math.max(worst, ms)
      rows.push({ name: `会员列表首页 ${label} × 按${sortLabel}（升/降）p95`, value: ms, unit: 'ms', target: 30 })
    }
  }
  const total = (await call(core, 'members.list', { q: '王', pageSize: 1 })).total
  return [
    { name: `会员列表：${filters.length} 种筛选 × ${sorts.length} 种排序中最慢的 p95`, value: worst, unit: 'ms', target: 30 },
    { name: '  搜索「王」的总数（此前止于 500）', value: total, unit: '人' },
    ...rows,
  ]
}

/** Issue 10 §7: `uniondesk members list --all --json` over 200,000 members, wall time and peak RSS (GNU time). */
function cliListAll(db: string): BenchRow[] {
  const cli = fileURLToPath(new URL('../../bin/uniondesk.mjs', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-cli-all-'))
  try {
    execFileSync(process.execPath, [cli, '--db', db, 'members', 'list', '--limit', '1', '--json'], { stdio: 'ignore' }) // builds the CLI bundle if needed
    const out = join(dir, 'all.json')
    const fd = openSync(out, 'w')
    try {
      execFileSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', join(dir, 'time.txt'), process.execPath, cli, '--db', db, 'members', 'list', '--all', '--json'], { stdio: ['ignore', fd, 'inherit'] })
    } finally {
      closeSync(fd)
    }
    const [seconds, user, system, kb] = readFileSync(join(dir, 'time.txt'), 'utf8').trim().split(/\s+/).slice(-4).map(Number)
    const items: unknown = JSON.parse(readFileSync(out, 'utf8'))
    const n = Array.isArray(items) ? new Set(items.map((m: { id?: unknown }) => m.id)).size : 0
    if (n !== 200_000) throw new Error(`members list --all 输出 ${n} 人，应为 200,000`)
    return [
      { name: 'uniondesk members list --all --json（20 万人）耗时', value: seconds ?? NaN, unit: 's', target: 10 },
      // On a shared machine the wall time is mostly the wait for a CPU; the process's own CPU time is the steadier figure.
      { name: '  其 CPU 时间（用户+系统）', value: (user ?? NaN) + (system ?? NaN), unit: 's', target: 10 },
      { name: '  其进程内存峰值（RSS，/usr/bin/time）', value: (kb ?? NaN) / 1024, unit: 'MB', target: 300 },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function inTempDir(run: (dir: string) => Promise<BenchRow[]>): () => Promise<BenchRow[]> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-members-'))
    try {
      return await run(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** `npm run bench 会员导入` / `npm run bench 会员搜索` run one of them. */
export const membersImportBench: Bench = { title: '会员导入', run: inTempDir(importBench) }
export const membersSearchBench: Bench = { title: '会员搜索', run: searchBench }
