import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Caller, Core } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { addDays } from '../../shared/dates'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

// Issue 12 speed target: the contracts list and the reminder list p95 under 50 ms on 5,000 contracts and 20,000
// enterprises (each contract covering 4 of them); terms end over three years, so a few hundred fall due at any time.

const ENTERPRISES = 20_000
const CONTRACTS = 5_000
const TODAY = '2026-12-01'
const caller: Caller = { user: { name: '性能测试', role: 'admin' }, transport: 'cli' }
const kinds = ['综合', '工资专项', '女职工权益保护专项', '劳动安全卫生专项', '行业性', '区域性'] as const

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500))
}

async function seed(core: Core) {
  const at = '2026-01-01T00:00:00.000Z'
  await core.db.insertInto('org').values({ id: 'org-bench', name: '性能测试联合工会', type: '联合基层工会', status: 'active', created_at: at, updated_at: at }).execute()
  await chunked(Array.from({ length: ENTERPRISES }, (_, i) => ({
    id: `ent-${String(i).padStart(6, '0')}`, org_id: 'org-bench', name: `企业${String(i).padStart(6, '0')}`, credit_code: null, industry: null,
    economic_type: null, address: null, employee_count: 20 + (i % 200),
  })), (c) => core.db.insertInto('enterprise').values(c).execute())
  const contracts = Array.from({ length: CONTRACTS }, (_, i) => {
    const signed = addDays('2023-12-01', i % 1095)
    const inProgress = i % 20 === 0
    return {
      id: `cc-${String(i).padStart(6, '0')}`, kind: kinds[i % kinds.length] ?? '综合', title: `集体合同${i}`, union_side: '性能测试联合工会', employer_side: `企业方${i}`,
      org_id: 'org-bench', workers_computed: 400, workers_covered: 400, workers_reason: null, terms_json: '{}', body_text: null,
      request_date: addDays(signed, -40), reply_date: inProgress ? null : addDays(signed, -30), vote_total: 100, vote_present: 70, vote_approve: 60, vote_date: addDays(signed, -2),
      signed_date: inProgress ? null : signed, filed_date: inProgress || i % 50 === 1 ? null : addDays(signed, 5), received_date: inProgress ? null : addDays(signed, 6), objected: 0 as const,
      term_start: addDays(signed, 20), term_end: addDays(addDays(signed, 20), 1094), emergency: 0 as const, emergency_reason: null, renewal_started_date: null,
      created_at: at, updated_at: at,
    }
  })
  await chunked(contracts, (c) => core.db.insertInto('collective_contract').values(c).execute())
  const covered = contracts.flatMap((c, i) => [0, 1, 2, 3].map((k) => ({ contract_id: c.id, enterprise_id: `ent-${String((i * 4 + k) % ENTERPRISES).padStart(6, '0')}`, workers: 100 })))
  await chunked(covered, (c) => core.db.insertInto('collective_contract_enterprise').values(c).execute())
}

async function p95(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push((await timeMs(() => fn(i))).ms)
  return percentile(times.sort((a, b) => a - b), 95)
}

async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-contracts-'))
  const core = await openCore({ dbPath: join(dir, 'contracts.db') })
  const ok = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await p
    if (!r.ok) throw new Error(r.error?.message)
  }
  try {
    await seed(core)
    const list = await p95(100, (i) => ok(dispatchTyped(core, caller, 'contracts.list', { today: TODAY, limit: 20, offset: (i % 10) * 20 })))
    const kind = await p95(100, (i) => ok(dispatchTyped(core, caller, 'contracts.list', { today: TODAY, kind: kinds[i % kinds.length], limit: 20 })))
    const expiring = await p95(100, () => ok(dispatchTyped(core, caller, 'contracts.list', { today: TODAY, expiringDays: 90, limit: 200 })))
    const reminders = await p95(100, () => ok(dispatchTyped(core, caller, 'contracts.reminders', { today: TODAY })))
    const coverage = await p95(20, () => ok(dispatchTyped(core, caller, 'contracts.coverage', { asOf: TODAY })))
    return [
      { name: `合同列表 p95（${CONTRACTS.toLocaleString()} 份，企业 ${ENTERPRISES.toLocaleString()} 家）`, value: list, unit: 'ms', target: 50 },
      { name: '合同列表按类别 p95', value: kind, unit: 'ms', target: 50 },
      { name: '90天内期满列表 p95', value: expiring, unit: 'ms', target: 50 },
      { name: '到期提醒 p95', value: reminders, unit: 'ms', target: 50 },
      { name: '覆盖情况统计 p95', value: coverage, unit: 'ms' },
    ]
  } finally {
    await core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export const contractsBench: Bench = { title: '集体合同', run }
