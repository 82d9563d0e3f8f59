import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReturn } from '../../../shared/contract/reports'
import { okJson, runCli } from '../members/cli-helpers'

/** `uniondesk report annual --xlsx FILE --pdf FILE` through a real child process: the files, and a wrong flag refused. */
describe('uniondesk report annual --xlsx / --pdf', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  const cli = (...args: string[]) => runCli(['--db', db, ...args])
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-report-cli-'))
    db = join(dir, 'report.db')
    expect(cli('init', '--name', '木棠镇总工会').code).toBe(0)
    expect(cli('demo', '--members', '60').code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes both files with the figures of `report annual --json`', async () => {
    const xlsx = join(dir, '年报', '统计年报.xlsx')
    const pdf = join(dir, '年报', '统计年报.pdf')
    const out = okJson(cli('report', 'annual', '--year', '2026', '--xlsx', xlsx, '--pdf', pdf, '--json'))
    expect(out).toMatchObject({ files: [{ path: xlsx }, { path: pdf }] })
    const r = okJson(cli('report', 'annual', '--year', '2026', '--json')) as AnnualReturn
    const total = r.figures.find((f) => f.key === 'members.total')
    expect(total?.value).toBeGreaterThan(0)

    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(xlsx)
    const sheet = book.getWorksheet('年报')
    expect(sheet?.getCell('A2').value).toBe('填报单位：木棠镇总工会')
    const row = r.figures.findIndex((f) => f.key === 'members.total') + 6
    expect(sheet?.getRow(row).getCell(2).value).toBe(total?.label)
    expect(sheet?.getRow(row).getCell(4).value).toBe(total?.value)

    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('木棠镇总工会')
    expect(text).toContain(r.summary.replace(/\s+/g, ''))
    expect(cli('report', 'annual', '--year', '2026', '--pdf', join(dir, 'b.pdf')).stdout).toMatch(/^已导出统计年报（\d+ 页）：/)
  })

  it('refuses a file of the wrong kind (exit 2, Chinese) and writes nothing', () => {
    const wrong = join(dir, '年报.pdf')
    const r = cli('report', 'annual', '--year', '2026', '--xlsx', wrong)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--xlsx 应为 .xlsx 文件')
    expect(existsSync(wrong)).toBe(false)
  })
})
