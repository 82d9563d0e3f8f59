import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECK_NAMES } from '../../../shared/congress/types'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { runCli } from '../members/cli-helpers'
import { agenda, compliant, setUpUnion } from './fixtures'

// The CLI contract of issue 12 for congresses: `congress add FILE.json`, `congress check --enterprise NAME --json`.

let t: TestCore
let db: string

const cli = (...args: string[]) => runCli(['--db', db, ...args])

beforeAll(async () => {
  t = await createTestCore({ file: true })
  db = join(t.dir, 'test.db')
  await setUpUnion(t)
})
afterAll(async () => t.close())

describe('uniondesk congress … (spawned)', { timeout: 400_000 }, () => {
  it('add takes the file shape; an unknown enterprise is added under "union"; check --json answers the six checks', () => {
    const file = join(t.dir, 'congress.json')
    writeFileSync(file, JSON.stringify(compliant({ enterprise: '新开电子厂', sessions: [compliant().sessions?.[0] ?? { date: '2024-03-15', present: 40 }, { date: '2025-03-10', present: 29, items: agenda, votes: [{ item: agenda[1] ?? '', yes: 29 }] }] })))
    const add = cli('congress', 'add', file, '--json')
    expect(add.stderr).toBe('')
    expect(add.code).toBe(0)
    expect(JSON.parse(add.stdout)).toMatchObject({ enterpriseName: '新开电子厂', orgName: '城东联合工会' })

    const check = cli('congress', 'check', '--enterprise', '新开电子厂', '--today', '2025-12-01', '--json')
    expect(check.code).toBe(0)
    const out: unknown = JSON.parse(check.stdout)
    expect(Object.keys(out ?? {})).toEqual(['checks'])
    expect(out).toMatchObject({
      checks: CHECK_NAMES.map((name) => ({ name, pass: name !== '法定人数', reason: expect.any(String) })),
    })
  })

  it('an unknown enterprise in check is exit 1 with a Chinese message; a bad file is refused and saves nothing', async () => {
    const check = cli('congress', 'check', '--enterprise', '不存在公司', '--json')
    expect(check.code).toBe(1)
    expect(check.stdout).toBe('')
    expect(check.stderr).toContain('企业「不存在公司」不在企业名录中')

    const before = await t.dump()
    const file = join(t.dir, 'bad.json')
    writeFileSync(file, JSON.stringify(compliant({ enterprise: '无名厂', union: null })))
    const refused = cli('congress', 'add', file)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('无名厂')
    expect(await t.dump()).toBe(before)
  })
})
