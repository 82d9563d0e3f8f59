import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluateAid, type AidHistoryEntry } from '../../shared/aid/evaluate'
import { programFromTemplate, medicalMutualAidGuangxi } from '../../shared/aid/templates'
import { idCheckChar } from '../../shared/identity/id-number'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import type { Core } from '../../electron/core/context'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

// Issue 5 speed targets: a batch of 5,000 medical claims created and computed against the year's history in < 5 s;
// one calculation p95 < 1 ms.

const MEMBERS = 1_000
const CLAIMS = 5_000
const caller: Caller = { user: { name: '性能测试', role: 'admin' }, transport: 'cli' }

function idNumber(n: number): string {
  const first17 = `110101${String(19600101 + (n % 28))}${String(n).padStart(3, '0').slice(-3)}`.slice(0, 17)
  return `${first17}${idCheckChar(first17)}`
}

async function seedMembers(core: Core): Promise<string[]> {
  const at = '2026-01-01T00:00:00.000Z'
  await core.db.insertInto('org').values({ id: 'org-bench', name: '性能测试工会', type: '基层工会', status: 'active', created_at: at, updated_at: at }).execute()
  const ids: string[] = []
  const rows = Array.from({ length: MEMBERS }, (_, i) => {
    const id = `mem-${String(i).padStart(6, '0')}`
    ids.push(id)
    const idNo = idNumber(i)
    return {
      id, org_id: 'org-bench', enterprise_id: null, name: `会员${i}`, id_number: `${idNo}-${i}`, id_kind: 'other' as const,
      gender: null, birth_date: null, ethnicity: null, employment_status: null, education: null, skill_level: null, phone: null,
      hukou_type: null, hukou_place: null, political_status: null, employer_name: null, native_place: null, is_migrant: 0 as const,
      new_form_type: null, bank_name: '中国工商银行', bank_account: `62220200${String(i).padStart(11, '0')}`, notes: null,
      status: 'active' as const, name_rest: String(i), name_pinyin: `huiyuan${i}`, name_initials: 'hy', name_key: `会员${i}`, name_given: null, id_reversed: String(i), created_at: at, updated_at: at,
    }
  })
  for (let i = 0; i < rows.length; i += 200) await core.db.insertInto('member').values(rows.slice(i, i + 200)).execute()
  return ids
}

function claims(memberIds: string[], count: number, month: number) {
  return Array.from({ length: count }, (_, i) => ({
    memberId: memberIds[i % memberIds.length] ?? '',
    input: { selfPaidFen: 40_000 + ((i * 7919) % 1_500_000), hospitalDays: 1 + (i % 20) },
    date: `2026-${String(month + Math.floor(i / memberIds.length)).padStart(2, '0')}-15`,
  }))
}

async function batchOf5000(dir: string): Promise<BenchRow[]> {
  const core = await openCore({ dbPath: join(dir, 'aid.db') })
  try {
    const memberIds = await seedMembers(core)
    const program = { code: 'yiliao', name: '职工医疗互助', year: 2026, budgetFen: 10_000_000_000, ...medicalMutualAidGuangxi.rule }
    const added = await dispatchTyped(core, caller, 'aid.addProgram', { program })
    if (!added.ok) throw new Error(added.error.message)
    // Year history: two earlier claims per member (Jan, Feb), so every new claim builds on a cumulative base.
    const history = await dispatchTyped(core, caller, 'aid.createApplications', { programCode: 'yiliao', rows: claims(memberIds, 2 * MEMBERS, 1), submit: true })
    if (!history.ok) throw new Error(history.error.message)
    const { ms, value } = await timeMs(() =>
      dispatchTyped(core, caller, 'aid.createApplications', { programCode: 'yiliao', rows: claims(memberIds, CLAIMS, 3), submit: true }),
    )
    if (!value.ok) throw new Error(value.error.message)
    const one: number[] = []
    for (let i = 0; i < 200; i++) {
      one.push(
        (await timeMs(() => dispatchTyped(core, caller, 'aid.calc', { programCode: 'yiliao', memberId: memberIds[i] ?? '', input: { selfPaidFen: 300_000, hospitalDays: 3 }, date: '2026-12-01' }))).ms,
      )
    }
    one.sort((a, b) => a - b)
    return [
      { name: `批量录入并计算 ${CLAIMS} 条医疗互助申请（含本年 ${2 * MEMBERS} 条历史）`, value: ms, unit: 'ms', target: 5000 },
      { name: 'aid.calc 经调度器（含读库）p95（200 次）', value: percentile(one, 95), unit: 'ms' },
    ]
  } finally {
    await core.close()
  }
}

function pureCalculation(): BenchRow[] {
  const program = programFromTemplate(medicalMutualAidGuangxi, 2026, 10_000_000_000)
  const history: AidHistoryEntry[] = Array.from({ length: 6 }, (_, i) => ({
    programCode: program.code, programYear: 2026, date: `2026-0${i + 1}-10`, amountFen: 50_000, status: 'active', selfPaidFen: 300_000,
  }))
  const facts = { date: '2026-08-01', memberStatus: '在会' as const, hardshipCategory: null, history, capGroupPrograms: {} }
  for (let i = 0; i < 2_000; i++) evaluateAid(program, { selfPaidFen: 1_000 + i, hospitalDays: 3 }, facts)
  const times: number[] = []
  for (let i = 0; i < 10_000; i++) {
    const t0 = performance.now()
    evaluateAid(program, { selfPaidFen: 100_000 + i * 37, hospitalDays: i % 40 }, facts)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return [
    { name: '单次补助计算 p50（医疗互助，6 条历史，10000 次）', value: percentile(times, 50), unit: 'ms' },
    { name: '单次补助计算 p95（医疗互助，6 条历史，10000 次）', value: percentile(times, 95), unit: 'ms', target: 1 },
  ]
}

export const aidBench: Bench = {
  title: '帮扶救助',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-aid-'))
    try {
      return [...pureCalculation(), ...(await batchOf5000(dir))]
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
