import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Caller, Core } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

// Issue 12 speed target: the six checks of 六对标 for 2,000 enterprises under 1 s (the 职代会 table read page by page,
// 500 at a time), on a register of 20,000 enterprises where 2,000 have a congress of 45 with three sessions.

const ENTERPRISES = 20_000
const WITH_CONGRESS = 2_000
const caller: Caller = { user: { name: '性能测试', role: 'admin' }, transport: 'cli' }
const agenda = JSON.stringify(['企业年度工作报告', '工资专项集体合同草案', '劳动定额和奖惩办法'])
const votes = JSON.stringify([{ item: '工资专项集体合同草案', yes: 30 }])

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500))
}

async function seed(core: Core) {
  const at = '2026-01-01T00:00:00.000Z'
  await core.db.insertInto('org').values({ id: 'org-bench', name: '性能测试联合工会', type: '联合基层工会', status: 'active', created_at: at, updated_at: at }).execute()
  const enterprises = Array.from({ length: ENTERPRISES }, (_, i) => ({
    id: `ent-${String(i).padStart(6, '0')}`, org_id: 'org-bench', name: `企业${String(i).padStart(6, '0')}`, credit_code: null, industry: null,
    economic_type: i % 3 === 0 ? '国有企业' : '私营企业', address: null, employee_count: 50 + (i % 300),
  }))
  await chunked(enterprises, (c) => core.db.insertInto('enterprise').values(c).execute())
  // The first 2,000 names (four pages of the table) each have a congress; the other 18,000 make the register's size.
  const withCongress = enterprises.slice(0, WITH_CONGRESS)
  await chunked(withCongress, (c) =>
    core.db.insertInto('congress').values(c.map((e) => ({ id: `c-${e.id}`, enterprise_id: e.id, established: 1, rules_on_file: 1, term_start: '2024-03-01', term_end: '2027-02-28', created_at: at, updated_at: at }))).execute(),
  )
  const reps = withCongress.flatMap((e) => Array.from({ length: 45 }, (_, i) => ({
    id: `r-${e.id}-${i}`, congress_id: `c-${e.id}`, seq: i + 1, name: `代表${i}`, category: i < 30 ? ('一线职工' as const) : i < 39 ? ('中层以上管理人员和领导人员' as const) : ('其他' as const), gender: i < 15 ? ('女' as const) : ('男' as const),
  })))
  await chunked(reps, (c) => core.db.insertInto('congress_representative').values(c).execute())
  const sessions = withCongress.flatMap((e) => ['2024-03-15', '2025-03-10', '2026-03-10'].map((date, i) => ({ id: `s-${e.id}-${i}`, congress_id: `c-${e.id}`, seq: i + 1, date, present: 30 + i, items_json: agenda, votes_json: votes })))
  await chunked(sessions, (c) => core.db.insertInto('congress_session').values(c).execute())
}

async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-congress-'))
  const core = await openCore({ dbPath: join(dir, 'congress.db') })
  try {
    await seed(core)
    const page = async (offset: number) => {
      const r = await dispatchTyped(core, caller, 'congress.overview', { today: '2026-12-01', offset, limit: 500 })
      if (!r.ok) throw new Error(r.error.message)
      return r.result.items.filter((i) => i.hasRecord).length
    }
    const whole = await timeMs(async () => {
      let records = 0
      for (let offset = 0; offset < WITH_CONGRESS; offset += 500) records += await page(offset)
      if (records !== WITH_CONGRESS) throw new Error(`只核对了 ${records} 家`)
      return records
    })
    const checks: number[] = []
    for (let i = 0; i < 200; i++) {
      const name = `企业${String((i * 7) % WITH_CONGRESS).padStart(6, '0')}`
      const t = await timeMs(() => dispatchTyped(core, caller, 'congress.check', { enterprise: name, today: '2026-12-01' }))
      checks.push(t.ms)
    }
    checks.sort((a, b) => a - b)
    const rates = await timeMs(() => dispatchTyped(core, caller, 'congress.rates', {}))
    return [
      { name: `六对标：2,000 家企业（每页 500，名录 ${ENTERPRISES.toLocaleString()} 家）`, value: whole.ms, unit: 'ms', target: 1000 },
      { name: '单家企业 congress check p95', value: percentile(checks, 95), unit: 'ms' },
      { name: `建制率（${ENTERPRISES.toLocaleString()} 家企业）`, value: rates.ms, unit: 'ms' },
    ]
  } finally {
    await core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export const congressBench: Bench = { title: '职代会', run }
