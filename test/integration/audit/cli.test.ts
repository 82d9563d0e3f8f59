import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openDatabase } from '../../../electron/core/db/open'
import { runCli } from '../members/cli-helpers'

/** `uniondesk audit list|verify|export` through a real child process: exit codes, JSON, Chinese errors. */
describe('uniondesk audit', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  const cli = (...args: string[]) => runCli(['--db', db, ...args])
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-audit-cli-'))
    db = join(dir, 'audit.db')
    expect(cli('init', '--name', '木棠镇总工会').code).toBe(0)
    expect(cli('demo', '--members', '30').code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps the HMAC key beside the database, readable by its owner only', () => {
    expect(statSync(`${db}.audit-key`).mode & 0o777).toBe(0o600)
  })

  it('verify: exit 0 and the row count on a whole chain', () => {
    const r = cli('audit', 'verify', '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const v = JSON.parse(r.stdout)
    expect(v).toMatchObject({ intact: true, broken: null })
    expect(v.rows).toBeGreaterThan(0)
    expect(cli('audit', 'verify').stdout).toContain(`操作日志完整，共 ${v.rows} 条`)
  })

  it('list filters by action (Chinese name or method) and user; export writes an .xlsx and is itself audited', async () => {
    const listed = JSON.parse(cli('audit', 'list', '--action', '载入示例数据', '--json').stdout)
    expect(listed.map((r: { method: string }) => r.method)).toEqual(['demo.load'])
    expect(JSON.parse(cli('audit', 'list', '--user', '没有这个人', '--json').stdout)).toEqual([])
    const out = join(dir, '操作日志.xlsx')
    const r = cli('audit', 'export', '--out', out, '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const sheet = wb.worksheets[0]
    expect(sheet?.getRow(1).getCell(5).text).toBe('操作')
    expect(sheet?.rowCount).toBe(JSON.parse(r.stdout).rows + 1)
    expect(JSON.parse(cli('audit', 'list', '--action', 'audit.export', '--json').stdout)).toHaveLength(1)
  })

  it('verify: exit 1 naming the first broken row, in Chinese, after one row is edited', async () => {
    const d = await openDatabase({ path: db })
    try {
      await sql`update audit_log set actor = '别人' where seq = 2`.execute(d)
    } finally {
      await d.destroy()
    }
    const r = cli('audit', 'verify')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('操作日志第 2 条')
    expect(r.stderr).toContain('未通过核验')
  })
})
