import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/db/open'
import { outboxDir } from '../../../electron/core/files/outbox'
import { cliEnv, okJson, runCli } from '../members/cli-helpers'

/** `uniondesk exchange provincial` (issue 15): the provincial workbook at the path given, audited, refused without the right. */
describe('uniondesk exchange provincial', { timeout: 300_000 }, () => {
  const N = 300
  let dir: string
  let db: string
  const clerk = cliEnv({ UNIONDESK_USER: '张经办', UNIONDESK_PASSWORD: '张经办-password' })
  const auditRows = () => okJson(runCli(['--db', db, 'audit', 'list', '--action', 'provincial.export', '--all', '--json']))

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-provincial-cli-'))
    db = join(dir, 'office.db')
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
    expect(runCli(['--db', db, 'demo', '--members', String(N)]).code).toBe(0)
    expect(runCli(['--db', db, 'users', 'add', '张经办', '--role', '经办人'], cliEnv({ UNIONDESK_NEW_PASSWORD: '张经办-password' })).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the workbook to --out: every member with the whole ID as text, the JSON says how many; audited with the reason', async () => {
    const out = join(dir, 'U盘', '会员信息采集表.xlsx')
    const result = okJson(runCli(['--db', db, 'exchange', 'provincial', '--out', out, '--reason', '年度实名制数据报送', '--json']))
    expect(result).toEqual({ path: out, fileName: expect.stringMatching(/^会员信息采集表-木棠镇总工会-\d{8}\.xlsx$/), rows: N, bytes: readFileSync(out).length })
    const book = new ExcelJS.Workbook()
    await book.xlsx.read(Readable.from([readFileSync(out)]))
    expect(book.worksheets.map((w) => w.name)).toEqual(['会员信息采集表', '汇总表', '填报说明'])
    const sheet = book.getWorksheet('会员信息采集表')
    const header = Array.from({ length: sheet?.columnCount ?? 0 }, (_, i) => String(sheet?.getRow(1).getCell(i + 1).value))
    expect(header).toHaveLength(20)
    const idAt = header.indexOf('证件号码') + 1
    const written: string[] = []
    sheet?.eachRow((row, n) => {
      if (n === 1) return
      expect(row.getCell(idAt).type).toBe(ExcelJS.ValueType.String)
      written.push(String(row.getCell(idAt).value))
    })
    const d = await openDatabase({ path: db })
    try {
      const ids = (await d.selectFrom('member').select('id_number').execute()).map((r) => r.id_number)
      expect(written.sort()).toEqual(ids.sort())
    } finally {
      await d.destroy()
    }
    expect(readdirSync(outboxDir(dir))).toEqual([])
    expect(auditRows()).toEqual([expect.objectContaining({ action: '导出省级会员信息采集表（不打码）', reason: '年度实名制数据报送' })])
  })

  it('a 经办人 is refused in Chinese (exit 1): no file at --out, no audit row', () => {
    const before = auditRows()
    const out = join(dir, '经办人', '采集表.xlsx')
    const r = runCli(['--db', db, 'exchange', 'provincial', '--out', out, '--reason', '报送'], clerk)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('没有此操作的权限')
    expect(existsSync(out)).toBe(false)
    expect(auditRows()).toEqual(before)
  })

  it('usage: no --reason or a path that is not .xlsx is exit 2; half a period is exit 1 naming the field', () => {
    const out = join(dir, '采集表.xlsx')
    const noReason = runCli(['--db', db, 'exchange', 'provincial', '--out', out])
    expect(noReason.code).toBe(2)
    expect(noReason.stderr).toContain('--reason')
    expect(runCli(['--db', db, 'exchange', 'provincial', '--out', join(dir, '采集表.csv'), '--reason', '报送']).code).toBe(2)
    const half = runCli(['--db', db, 'exchange', 'provincial', '--out', out, '--reason', '报送', '--from', '2026-10-01'])
    expect(half.code).toBe(1)
    expect(half.stderr).toContain('统计截止日期')
    expect(existsSync(out)).toBe(false)
  })
})
