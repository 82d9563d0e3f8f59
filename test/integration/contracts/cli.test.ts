import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { okJson as json, runCli } from '../members/cli-helpers'

// The CLI contract of issue 12: exact JSON shapes on stdout, exit 0 / 1 (Chinese message on stderr) / 2 (usage).

let dir = ''
let db = ''
const cli = (...args: string[]) => runCli(['--db', db, ...args])
function file(name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(value))
  return path
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'uniondesk-contracts-cli-'))
  db = join(dir, 'a.db')
  expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
  expect(cli('orgs', 'add', '--name', '木棠镇联合工会', '--type', '联合基层工会').code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('uniondesk contracts … (spawned)', { timeout: 400_000 }, () => {
  it('list on an empty register answers []', () => {
    expect(json(cli('contracts', 'list', '--json'))).toEqual([])
  })

  it('add refuses an enterprise not in the register without "union", naming it, and saves nothing', () => {
    const r = cli('contracts', 'add', file('bad.json', { kind: '区域性', title: '木棠镇区域性集体合同', enterprises: ['木棠新开饭店'] }), '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('木棠新开饭店')
    expect(json(cli('contracts', 'list', '--json'))).toEqual([])
  })

  it('add → id; check names every broken rule; list --expiring-days filters', () => {
    const people = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ name: `${p}${i + 1}`, chief: i === 0 }))
    const saved = json(cli('contracts', 'add', file('c.json', {
      kind: '区域性', title: '木棠镇区域性集体合同', unionSide: '木棠镇总工会', employerSide: '木棠镇企业联合会', union: '木棠镇联合工会',
      enterprises: ['木棠农场', '木棠物流'], workersCovered: 1200, negotiators: { union: people('工', 3), employer: people('企', 2) },
      requestDate: '2024-09-10', replyDate: '2024-10-01', vote: { total: 100, present: 67, approve: 50 }, signedDate: '2024-06-14',
      filedDate: '2024-06-24', receivedDate: '2024-06-24', termStart: '2024-07-01', termEnd: '2027-06-30', emergency: true, emergencyReason: '疫情期间一事一议',
    }), '--json'))
    expect(saved).toMatchObject({ id: expect.any(String), workersCovered: 1200, enterprises: [{ name: '木棠农场' }, { name: '木棠物流' }] })
    const id = (saved as { id: string }).id
    const check = json(cli('contracts', 'check', id, '--today', '2024-12-01', '--json'))
    expect(check).toEqual({
      ok: false,
      problems: [
        { code: 'NEGOTIATORS_TOO_FEW', message: expect.stringContaining('企业方协商代表只有 2 人') },
        { code: 'NEGOTIATORS_UNEQUAL', message: expect.any(String) },
        { code: 'REPLY_LATE', message: expect.stringContaining('2024-09-30') },
      ],
      effectiveDate: '2024-07-10',
      renewalWindowStart: '2027-03-31',
    })
    expect(json(cli('contracts', 'list', '--expiring-days', '90', '--today', '2027-04-15', '--json'))).toMatchObject([{ id }])
    expect(json(cli('contracts', 'list', '--expiring-days', '90', '--today', '2024-12-01', '--json'))).toEqual([])
    const missing = cli('contracts', 'check', 'no-such-id', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到集体合同')
  })
})
