import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { okJson as json, runCli } from '../members/cli-helpers'
import { seedRegister } from './fixtures'

let t: TestCore
let db: string

const cli = (...args: string[]) => runCli(['--db', db, ...args])

const idOf = (v: unknown): string => (typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' ? v.id : '')

beforeAll(async () => {
  t = await createTestCore({ file: true })
  db = join(t.dir, 'test.db')
  await seedRegister(t)
})
afterAll(async () => t.close())

// Each spawn opens the database in a fresh process (seconds on a busy machine).
describe('uniondesk mediation … / disputes … (spawned)', { timeout: 400_000 }, () => {
  it('an empty register lists []', () => {
    expect(json(cli('disputes', 'list', '--json'))).toEqual([])
  })

  it('add FILE.json saves the case; list, start, close and stats follow it through', async () => {
    const file = join(t.dir, 'case.json')
    writeFileSync(
      file,
      JSON.stringify({ type: '劳动报酬', workers: [{ name: '李小红', idNumber: '440301198503020013' }], enterprise: '木棠镇金江食品有限公司', appliedDate: '2026-03-02', legalAid: true, legalAidKind: '法律咨询' }),
    )
    const added = json(cli('mediation', 'add', file, '--json'))
    expect(added).toMatchObject({ caseNo: '2026-0001', status: '受理', enterpriseName: '木棠镇金江食品有限公司', workers: [{ name: '李小红', idNumber: '440301********0013' }] })
    const id = idOf(added)
    expect(json(cli('disputes', 'add', file, '--json'))).toMatchObject({ caseNo: '2026-0002' })

    // The table refuses an outcome before mediation: exit 1, the Chinese reason on stderr, nothing saved.
    const before = await t.dump()
    const early = cli('mediation', 'close', id, '--outcome', '调解成功', '--agreement', '付清', '--date', '2026-03-05')
    expect(early.code).toBe(1)
    expect(early.stdout).toBe('')
    expect(early.stderr).toContain('案件当前为「受理」，不能办理「调解成功」，只能办理「开始调解」、「撤回」')
    expect(await t.dump()).toBe(before)

    expect(json(cli('mediation', 'start', id, '--mediator', '周调解', '--date', '2026-03-03', '--json'))).toMatchObject({ status: '调解中' })
    expect(json(cli('mediation', 'close', id, '--outcome', '调解不成 转仲裁', '--date', '2026-03-18', '--json'))).toMatchObject({
      status: '调解不成',
      closedDate: '2026-03-18',
      overdue: true,
      arbitrationLimitEnd: '2027-03-18',
    })
    const failed = json(cli('mediation', 'list', '--outcome', '调解不成', '--json'))
    expect(failed).toEqual([expect.objectContaining({ id, status: '调解不成' })])
    expect(json(cli('mediation', 'list', '--limit', '1', '--page', '2', '--json'))).toEqual([expect.objectContaining({ id })])
    expect(json(cli('mediation', 'stats', '--from', '2026-01-01', '--to', '2026-12-31', '--json'))).toMatchObject({
      received: 2,
      byOutcome: { 调解成功: 0, 调解不成: 1, 撤回: 0 },
      pending: 1,
      legalAidCases: 2,
      legalAidWorkers: 2,
      closedOverdue: 1,
    })
  })

  it('a wrong outcome is a usage error (exit 2); a bad file names the field (exit 1)', () => {
    const usage = cli('mediation', 'list', '--outcome', '成功')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--outcome 只能是：调解成功、调解不成、撤回')
    const file = join(t.dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ type: '工资', workers: [{ name: '赵六' }], enterprise: '木棠镇金江食品有限公司', appliedDate: '2026-03-02' }))
    const bad = cli('mediation', 'add', file, '--json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('「争议类型」只能是：劳动报酬、劳动合同、社会保险、工伤、其他')
  })
})
