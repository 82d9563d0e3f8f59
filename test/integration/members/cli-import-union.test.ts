import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './cli-helpers'
import { makeId, xlsxPayload } from './fixtures'

/** Issue 13, items 6 and 9 through the CLI: no --union, rows placed by their enterprise; --join-date for undated rows. */
describe('uniondesk members import without --union', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  const cli = (...args: string[]) => runCli(['--db', db, ...args])
  const write = async (name: string, rows: unknown[][]) => {
    const path = join(dir, name)
    writeFileSync(path, Buffer.from((await xlsxPayload(rows)).contentBase64, 'base64'))
    return path
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-cli-union-'))
    db = join(dir, 'cli.db')
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
    expect(cli('call', 'orgs.save', JSON.stringify({ name: '木棠镇联合工会', type: '联合基层工会', enterprises: [{ name: '木棠农场有限公司' }] })).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names the missing choice when an enterprise is unknown, and writes nothing', async () => {
    const file = await write('unknown.xlsx', [['姓名', '身份证号码', '所在单位'], ['张三', makeId('1990-01-01', 11), '木棠农场有限公司'], ['王五', makeId('1992-01-01', 15), '另一家公司']])
    const r = cli('members', 'import', file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('第3行的所属企业不在企业名录中：请选择这些会员的所属工会（命令行用 --union 工会名称）')
    expect(JSON.parse(cli('members', 'list', '--json').stdout)).toHaveLength(0)
  })

  it('imports into the enterprise union when every row names a known enterprise, with --join-date for undated rows', async () => {
    const file = await write('known.xlsx', [['姓名', '身份证号码', '所在单位'], ['张三', makeId('1990-01-01', 11), '木棠农场有限公司']])
    const r = cli('members', 'import', file, '--join-date', '2024-05-01', '--json')
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, rejected: 0 })
    const shown = JSON.parse(cli('members', 'show', makeId('1990-01-01', 11), '--json').stdout)
    expect(shown).toMatchObject({ orgName: '木棠镇联合工会', enterpriseName: '木棠农场有限公司', events: [{ type: 'join', date: '2024-05-01' }] })
  })
})
