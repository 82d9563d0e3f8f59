import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { Caller, Core } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
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
  const validated = inOwnProcess('dry-run', file, join(dir, 'dry-run.db'))
  const imported = inOwnProcess('import', file, join(dir, 'import.db'))
  if (imported.rows !== 100_000) throw new Error(`导入行数不对：${imported.rows}`)
  return [
    { name: '仅读取 10 万行×20 列 .xlsx（exceljs 流式）', value: read.ms / 1000, unit: 's' },
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

async function searchBench(dir: string): Promise<BenchRow[]> {
  const core = await openCore({ dbPath: join(dir, 'search.db') })
  try {
    const loaded = await timeMs(() => call(core, 'demo.load', { members: 200_000 }))
    const sample = await core.db.selectFrom('member').select(['name', 'id_number', 'name_initials']).where('id', 'like', '%7').limit(400).execute()
    const pick = (i: number) => sample[i % sample.length] ?? { name: '张伟', id_number: '469023198808080096', name_initials: 'zw' }
    const search = (q: string) => call(core, 'members.search', { q, limit: 20 })
    const orgs = await call(core, 'orgs.list', {})
    const orgAt = (i: number) => orgs[i % orgs.length]?.id ?? ''
    return [
      { name: '载入 20 万会员示例数据（demo.load）', value: loaded.ms / 1000, unit: 's' },
      { name: '搜索：姓名（1–3 字前缀）p95', value: await p95Of(300, (i) => search(Array.from(pick(i).name).slice(0, 1 + (i % 3)).join(''))), unit: 'ms', target: 20 },
      { name: '搜索：拼音首字母 p95', value: await p95Of(300, (i) => search(pick(i).name_initials.slice(0, 2 + (i % 2)))), unit: 'ms', target: 20 },
      { name: '搜索：证件号码后 4 位 p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(-4))), unit: 'ms', target: 20 },
      { name: '搜索：证件号码前缀（6–10 位）p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(0, 6 + (i % 5)))), unit: 'ms', target: 20 },
      { name: '搜索：出生日期 8 位 p95', value: await p95Of(300, (i) => search(pick(i).id_number.slice(6, 14))), unit: 'ms', target: 20 },
      { name: '会员列表首页：按工会+在会筛选（含总数）p95', value: await p95Of(200, (i) => call(core, 'members.list', { orgId: orgAt(i), status: 'active' })), unit: 'ms', target: 30 },
      { name: '会员列表首页：按性别+农民工筛选（含总数）p95', value: await p95Of(100, (i) => call(core, 'members.list', { gender: i % 2 ? '男' : '女', migrant: true })), unit: 'ms', target: 30 },
      { name: '会员列表首页：全部在会（含总数）p95', value: await p95Of(100, () => call(core, 'members.list', { status: 'active' })), unit: 'ms', target: 30 },
    ]
  } finally {
    await core.close()
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
export const membersSearchBench: Bench = { title: '会员搜索', run: inTempDir(searchBench) }
