import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayIn } from '../../../shared/dates'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { okJson as json, runCli } from '../members/cli-helpers'
import { addMember, medicalProgram, resetFixtures } from './fixtures'

// The CLI contract of issue 5: exact JSON shapes on stdout, exit 0 / 1 (Chinese message on stderr) / 2 (usage).

let t: TestCore
let db: string
let member: { id: string; idNumber: string }

const cli = (...args: string[]) => runCli(['--db', db, ...args])

beforeAll(async () => {
  resetFixtures()
  t = await createTestCore({ file: true })
  db = join(t.dir, 'test.db')
  member = await addMember(t, { n: 1, name: '王建国' })
})
afterAll(async () => t.close())

// Each spawn starts tsx and opens the database (several seconds on a busy machine).
describe('uniondesk aid … (spawned)', { timeout: 400_000 }, () => {
  let applicationId = ''

  it('aid programs add FILE.json takes the flat rule shape; aid programs list --json lists it with its budget', () => {
    const file = join(t.dir, 'yiliao.json')
    writeFileSync(file, JSON.stringify(medicalProgram))
    const added = json(cli('aid', 'programs', 'add', file, '--json'))
    expect(added).toMatchObject({ code: 'yiliao', year: 2026, version: 1, kind: 'medical', frozen: false })
    const list = json(cli('aid', 'programs', 'list', '--json'))
    expect(list).toEqual([expect.objectContaining({ code: 'yiliao', budget: { allocatedFen: 500_000_000, committedFen: 0, paidFen: 0, remainingFen: 500_000_000 } })])
  })

  it('aid calc prints exactly {eligible, amountFen, amountWords, breakdown, reasons} and saves nothing', async () => {
    const before = await t.dump()
    const out = json(cli('aid', 'calc', '--program', 'yiliao', '--member', member.idNumber, '--input', '{"selfPaidFen":125000,"hospitalDays":2}', '--json'))
    expect(Object.keys(out as object)).toEqual(['eligible', 'amountFen', 'amountWords', 'breakdown', 'reasons'])
    expect(out).toMatchObject({ eligible: true, amountFen: 10_000, amountWords: '壹佰元整', reasons: [] })
    expect(await t.dump()).toBe(before)
  })

  it('aid apply saves the application with its computed amount', () => {
    const out = json(
      cli('aid', 'apply', '--program', 'yiliao', '--member', member.idNumber, '--input', '{"selfPaidFen":80000,"hospitalDays":5}', '--date', '2026-02-01', '--materials', 'all', '--submit', '--json'),
    )
    expect(out).toMatchObject({ status: 'submitted', amountFen: 25_000, amountWords: '贰佰伍拾元整', memberName: '王建国' })
    applicationId = typeof out === 'object' && out !== null && 'id' in out && typeof out.id === 'string' ? out.id : ''
    expect(applicationId).not.toBe('')
  })

  it('aid pay before approval exits 1 with a Chinese message on stderr', () => {
    const r = cli('aid', 'pay', applicationId, '--method', 'bank', '--date', '2026-03-01', '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('须经审核、公示并批准后才能发放')
  })

  it('review → batch create → notice; approving before the notice ends exits 1', () => {
    expect(json(cli('aid', 'approve', applicationId, '--json'))).toMatchObject({ status: 'reviewed' })
    const batch = json(cli('aid', 'batch', 'create', applicationId, '--json'))
    const batchId = typeof batch === 'object' && batch !== null && 'id' in batch && typeof batch.id === 'string' ? batch.id : ''
    // The CLI runs on the real clock, and a notice starts no earlier than the review it follows: today.
    const today = todayIn(new Date().toISOString())
    const noticed = json(cli('aid', 'batch', 'notice', batchId, '--start', today, '--json'))
    expect(noticed).toMatchObject({ noticeStart: today, noticeEnd: expect.any(String), earliestApproval: expect.any(String) })
    const { noticeEnd, earliestApproval } = noticed as { noticeEnd: string; earliestApproval: string }
    const early = cli('aid', 'batch', 'approve', batchId, '--date', noticeEnd)
    expect(early.code).toBe(1)
    expect(early.stderr).toContain(`${earliestApproval} 起方可批准`)
  })

  it('a wrong command line exits 2 with the usage', () => {
    const r = cli('aid', 'calc', '--member', member.idNumber, '--json')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--program')
  })
})

describe('uniondesk hardship … (spawned)', { timeout: 400_000 }, () => {
  it('hardship add, show and review', async () => {
    const other = await addMember(t, { n: 2, name: '李秀英' })
    const file = join(t.dir, 'household.json')
    writeFileSync(
      file,
      JSON.stringify({
        causes: ['疾病'],
        familyMembers: [{ name: '李小明', relation: '子', monthlyIncomeFen: 0 }, { name: '张强', relation: '配偶' }, { name: '李小红', relation: '女' }],
        incomes: [{ kind: '工资', annualFen: 6_000_000 }],
        expenses: [{ kind: '医疗', annualFen: 2_500_000 }, { kind: '教育', annualFen: 600_000 }],
      }),
    )
    const added = json(cli('hardship', 'add', '--member', other.idNumber, file, '--date', '2026-03-01', '--json'))
    expect(added).toMatchObject({ status: '申请', category: '深度困难', householdSize: 4, perCapitaMonthlyFen: 60_417 })
    const shown = cli('hardship', 'show', '--member', other.idNumber)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain('约 604.17 元/人·月')
    const id = typeof added === 'object' && added !== null && 'id' in added && typeof added.id === 'string' ? added.id : ''
    const refused = cli('hardship', 'review', id)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('不能办理「年度复核」')
    expect(json(cli('hardship', 'review', id, '--step', '初审', '--date', '2026-03-05', '--json'))).toMatchObject({ status: '初审' })
  })
})
