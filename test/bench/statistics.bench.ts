import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Input, MethodName } from '../../shared/contract/index'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { cachedRegister } from './first-screen.bench'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

// Issue 16: the annual return p95 under 300 ms on a `demo --members 200000` database, computed with SQL aggregates.
// What bounds it is printed beside it: the tally rows read, and the members with an event after the earlier year's end
// (the only member rows the return looks up), and the year's events counted from the covering index.

const runs = 30
const caller: Caller = { user: { name: '性能测试', role: 'admin' }, transport: 'cli' }

function copyOfRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-statistics-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const db = join(dir, 'statistics.db')
  copyFileSync(cachedRegister(), db)
  return db
}

async function run(): Promise<BenchRow[]> {
  const core = await openCore({ dbPath: copyOfRegister() })
  try {
    const p95 = async <M extends MethodName>(method: M, input: Input<M>) => {
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const { ms, value } = await timeMs(() => dispatchTyped(core, caller, method, input))
        if (!value.ok) throw new Error(`${method}: ${value.error.message}`)
        times.push(ms)
      }
      return percentile(times.sort((a, b) => a - b), 95)
    }
    const org = await core.readDb.selectFrom('org').select('id').orderBy('name').executeTakeFirstOrThrow()
    const rows: BenchRow[] = [
      { name: `reports.annual 全部 p95（20 万会员，${runs} 次）`, value: await p95('reports.annual', { year: 2026 }), unit: 'ms', target: 300 },
      { name: '  reports.annual 单个基层工会 p95', value: await p95('reports.annual', { year: 2026, orgId: org.id }), unit: 'ms', target: 300 },
      { name: '  reports.summary 一年 p95', value: await p95('reports.summary', { from: '2024-10-01', to: '2025-09-30' }), unit: 'ms', target: 300 },
      { name: '  reports.records 上年年末在会会员 首页 p95', value: await p95('reports.records', { year: 2026, previous: true, key: 'members.total', limit: 50 }), unit: 'ms' },
    ]
    const bound = await sql<{ tally: number; changed: number; events: number }>`select
        (select count(*) from member_tally) as tally,
        (select count(distinct member_id) from member_event where voided_at is null and date > '2025-09-30') as changed,
        (select count(*) from member_event where voided_at is null and date between '2024-10-01' and '2026-09-30') as events`.execute(core.readDb)
    const b = bound.rows[0]
    if (b) {
      rows.push({ name: '  其间读取：计数表行数', value: b.tally, unit: '行' })
      rows.push({ name: '  其间读取：上年年末后有变动的会员', value: b.changed, unit: '人' })
      rows.push({ name: '  其间读取：两年内的会籍变化记录（索引）', value: b.events, unit: '条' })
    }
    return rows
  } finally {
    await core.close()
  }
}

export const statisticsBench: Bench = { title: '统计报表', run }
