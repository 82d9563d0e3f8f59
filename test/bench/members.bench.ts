import { readFileSync, mkdtempSync, rmSync, createReadStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import { idCheckChar } from '../../shared/identity/id-number'
import { templateColumns } from '../../shared/members/columns'
import type { Caller, Core } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }

async function call<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Result<M>> {
  const r = await dispatchTyped(core, caller, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.result
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000
}

async function p95Of(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await fn(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timeMs(() => fn(i))).ms)
  return percentile(times.sort((a, b) => a - b), 95)
}

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周']
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红梅文辉'

/** 100,000 rows × the 20 template columns, written with exceljs's streaming writer, every cell text as clerks keep it. */
export async function writeImportFile(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false })
  const ws = wb.addWorksheet('会员信息')
  ws.addRow(templateColumns.map((c) => c.header)).commit()
  for (let i = 0; i < rows; i++) {
    // 100 birth dates × 1,000 sequence numbers: every ID in the file is distinct.
    const k = Math.floor(i / 1000)
    const birth = `19${String(60 + (k % 40))}${String(1 + (k % 12)).padStart(2, '0')}${String(1 + (k % 28)).padStart(2, '0')}`
    const first17 = `${['469023', '460400', '110105', '440305'][k % 4]}${birth}${String(i % 1000).padStart(3, '0')}`
    const id = first17 + idCheckChar(first17)
    const male = Number(first17.charAt(16)) % 2 === 1
    ws.addRow([
      String(i + 1), `${SURNAMES[i % 10]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`, male ? '男' : '女',
      `${birth.slice(0, 4)}/${birth.slice(4, 6)}/${birth.slice(6)}`, '汉族', '在岗', '居民身份证', id, '高中', '', `138${String(i).padStart(8, '0')}`,
      '农业', '海南省澄迈县', '入会', '2020/03/07', '', '群众', `单位${i % 300}`, '海南澄迈', i % 3 ? '否' : '是',
    ]).commit()
  }
  await wb.commit()
}

export async function readOnly(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' })
  let n = 0
  for await (const ws of reader) for await (const _row of ws) n++
  return n
}

async function importBench(dir: string): Promise<BenchRow[]> {
  const file = join(dir, 'import-100k.xlsx')
  await writeImportFile(file, 100_000)
  const cpu0 = process.cpuUsage()
  const read = await timeMs(() => readOnly(file))
  const readCpu = cpuMs(process.cpuUsage(cpu0))
  const core = await openCore({ dbPath: join(dir, 'import.db') })
  try {
    const org = await call(core, 'orgs.save', { name: '木棠镇联合工会', type: '联合基层工会' })
    const payload = { fileName: 'import-100k.xlsx', contentBase64: readFileSync(file).toString('base64') }
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    const cpu1 = process.cpuUsage()
    const imported = await timeMs(() => call(core, 'members.importCommit', { file: payload, defaultOrgId: org.id }))
    const importCpu = cpuMs(process.cpuUsage(cpu1))
    clearInterval(sampler)
    if (imported.value.inserted !== 100_000) throw new Error(`导入行数不对：${JSON.stringify({ ...imported.value, errors: imported.value.errors.slice(0, 3) })}`)
    return [
      { name: '仅读取 10 万行×20 列 .xlsx（exceljs 流式）', value: read.ms / 1000, unit: 's' },
      { name: '导入 10 万行×20 列 .xlsx（校验+写入，一个事务）', value: imported.ms / 1000, unit: 's' },
      { name: '导入耗时 ÷ 仅读取耗时（墙钟）', value: imported.ms / read.ms, unit: '倍', target: 1.5 },
      // On a shared, overloaded machine wall time mostly measures the wait for a CPU; CPU time is the steadier ratio.
      { name: '导入 CPU 时间 ÷ 仅读取 CPU 时间', value: importCpu / readCpu, unit: '倍', target: 1.5 },
      { name: '导入时进程内存峰值（RSS）', value: peak / 1024 / 1024, unit: 'MB', target: 600 },
    ]
  } finally {
    await core.close()
  }
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
