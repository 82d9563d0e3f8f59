import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReturn, Figure } from '../../../shared/contract/reports'
import { fen, formatFen } from '../../../shared/money'
import { outboxDir } from '../../../electron/core/files/outbox'
import { generatedBytes } from '../../helpers/outbox'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { compact } from '../print/pdf-text'
import { seedWorkbench } from '../workbench/fixtures'

/*
 * The annual return's two files (issue 16), read back by independent readers: exceljs for the workbook, poppler for
 * the PDF. Every figure is checked against reports.annual itself, so the files cannot say what the screen does not.
 */

const office = { name: '城关镇总工会', level: '乡镇总工会' as const, contactPerson: '李娜', contactPhone: '0931-1234567', address: '城关镇人民路 1 号' }
const yuan = (f: Figure, v: number) => (f.kind === 'fen' ? v / 100 : v)

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([bytes]))
  return book
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const s = book.getWorksheet(name)
  if (!s) throw new Error(`no sheet ${name}`)
  return s
}

/** A formula cell's stored result; exceljs leaves out a result of 0 (falsy) when it reads one. */
const resultOf = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'formula' in v ? Number(v.result ?? 0) : Number.NaN)

const rowTexts = (s: ExcelJS.Worksheet, r: number) => (s.getRow(r).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))

describe('工会统计年报: .xlsx and PDF', () => {
  let t: TestCore
  let r: AnnualReturn
  beforeAll(async () => {
    t = await createTestCore()
    await t.call('profile.save', office)
    await seedWorkbench(t)
    r = await t.call('reports.annual', { year: 2026 })
  })
  afterAll(async () => t.close())

  it('年报 sheet: title, period and units above a frozen header; every figure a number, this year against last as a formula', async () => {
    const file = await t.call('reportsExport.annualXlsx', { year: 2026 })
    expect(file.fileName).toBe('工会统计年报-2026年度.xlsx')
    const book = await workbook(await generatedBytes(t.core, file))
    expect(book.worksheets.map((s) => s.name)).toEqual(['年报', '分工会'])
    const s = sheet(book, '年报')
    expect(s.getCell('A1').value).toBe('工会统计年报　2026年度（2025年10月1日至2026年9月30日）')
    expect(s.getCell('A2').value).toBe('填报单位：城关镇总工会')
    expect(String(s.getCell('A3').value)).toContain('报告期：2025年10月1日至2026年9月30日')
    expect(String(s.getCell('A4').value)).toContain('计量单位')
    expect(rowTexts(s, 5)).toEqual(['分组', '指标', '单位', '本年', '上年', '增减', '说明'])
    expect(s.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 })
    expect(s.getColumn(2).width).toBe(36)
    // The title lines span the table.
    expect(s.getCell('G1').isMerged).toBe(true)
    expect(s.getCell('G5').isMerged).toBe(false)

    let row = 6
    for (const f of r.figures) {
      const cells = s.getRow(row)
      expect(String(cells.getCell(2).value).trim()).toBe(f.label)
      expect(cells.getCell(3).value).toBe(f.unit)
      if (f.value === null) {
        expect(cells.getCell(4).value).toBe('—')
        expect(String(cells.getCell(7).value)).toContain(`本年无法计算：${f.reason ?? ''}`)
      } else {
        expect(cells.getCell(4).value).toBe(yuan(f, f.value))
      }
      if (f.value !== null && f.previous !== null) {
        expect(cells.getCell(5).value).toBe(yuan(f, f.previous))
        const change = cells.getCell(6).value
        expect(change).toMatchObject({ formula: `D${row}-E${row}` })
        expect(resultOf(change)).toBeCloseTo(yuan(f, f.value) - yuan(f, f.previous), 2)
      }
      row++
    }
    // Money is yuan with two decimals: 1,200.00 元 paid this year.
    const amount = r.figures.findIndex((f) => f.key === 'aid.amount')
    expect(s.getRow(6 + amount).getCell(4).value).toBe(1200)
    expect(s.getRow(6 + amount).getCell(4).numFmt).toBe('0.00')
    // The seed has no mediation case: the figure says why instead of 0.
    const mediation = r.figures.findIndex((f) => f.key === 'mediation.received')
    expect(s.getRow(6 + mediation).getCell(4).value).toBe('—')
    expect(String(s.getRow(6 + mediation).getCell(7).value)).toContain('尚未登记任何调解案件')
  })

  it('分工会 sheet: one row per union, totals as SUM over exactly those rows, equal to what the cells add up to', async () => {
    const file = await t.call('reportsExport.annualXlsx', { year: 2026 })
    const s = sheet(await workbook(await generatedBytes(t.core, file)), '分工会')
    const header = rowTexts(s, 5)
    expect(header.slice(0, 4)).toEqual(['序号', '基层工会', '基层工会组织数（年末）（家）', '本年度新建工会组织（家）'])
    expect(header).toContain('女性会员（人）')
    expect(header).toContain('签订集体合同：覆盖职工（人）')
    expect(s.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 })
    // A wide table: printed across A4 (paper size 9).
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 })
    const first = 6
    const last = first + r.unions.length - 1
    r.unions.forEach((u, i) => {
      expect(s.getRow(first + i).getCell(1).value).toBe(i + 1)
      expect(s.getRow(first + i).getCell(2).value).toBe(u.orgName)
    })
    const totals = s.getRow(last + 1)
    expect(totals.getCell(2).value).toBe('各基层工会合计')
    let checked = 0
    header.slice(2).forEach((heading, i) => {
      const col = i + 3
      const letter = s.getColumn(col).letter
      const figure = r.figures.find((f) => heading.startsWith(f.label.replace(/^其中：/, '')) || heading.includes(f.label))
      const cell = totals.getCell(col).value
      if (typeof cell === 'object' && cell !== null && 'formula' in cell) {
        expect(cell.formula).toBe(`SUM(${letter}${first}:${letter}${last})`)
        // What a spreadsheet computes from the cells read back.
        let sum = 0
        for (let row = first; row <= last; row++) {
          const v = s.getRow(row).getCell(col).value
          if (typeof v === 'number') sum += v
        }
        expect(resultOf(cell)).toBeCloseTo(sum, 2)
        checked++
      } else {
        // Only a column the return cannot compute (no mediation case yet) has no formula.
        expect(figure?.group ?? 'mediation').toBe('mediation')
      }
    })
    expect(checked).toBeGreaterThan(40)
    // Members are summed per union: the formula's result is the return's own total.
    const women = header.indexOf('女性会员（人）') + 1
    expect(resultOf(totals.getCell(women).value)).toBe(r.figures.find((f) => f.key === 'members.women')?.value)
  })

  it('PDF: A4, the office, the period, the summary paragraph and the figures as text; page x of y; CJK fonts embedded', async () => {
    const file = await t.call('reportsExport.annualPdf', { year: 2026 })
    expect(file.fileName).toBe('工会统计年报-2026年度.pdf')
    const path = join(t.dir, 'annual.pdf')
    writeFileSync(path, await generatedBytes(t.core, file))
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
    expect(pages.length).toBe(file.pages)
    const text = compact(pages.join('\n'))
    for (const expected of ['城关镇总工会', '工会统计年报', r.title, '综述', compact(r.summary), '主要指标', '分基层工会情况（本年）', ...r.unions.map((u) => u.orgName)]) expect(text).toContain(compact(expected))
    pages.forEach((p, i) => expect(compact(p)).toContain(`第${i + 1}页共${pages.length}页`))
    // Each group's figures, as their rows read: label, unit, this year, last year.
    for (const f of r.figures.filter((x) => x.value !== null && x.previous !== null && x.level === 0)) {
      const v = (n: number) => (f.kind === 'fen' ? formatFen(fen(n)) : String(n))
      expect(text).toContain(compact(`${f.label}${f.unit}${v(f.value ?? 0)}${v(f.previous ?? 0)}`))
    }
    expect(text).toContain('无法计算')
    expect(text).toContain('尚未登记任何调解案件')
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim())
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes/)
    expect(fonts.some((l) => /\+Noto\w*(SC|CJK)/.test(l))).toBe(true)
  })

  it("one union's return: its name in the file name and heading", async () => {
    const org = r.unions.find((u) => u.orgName === '木棠镇联合工会')
    const file = await t.call('reportsExport.annualPdf', { year: 2026, orgId: org?.orgId ?? '' })
    expect(file.fileName).toBe('工会统计年报-2026年度-木棠镇联合工会.pdf')
    const path = join(t.dir, 'one.pdf')
    writeFileSync(path, await generatedBytes(t.core, file))
    expect(compact(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))).toContain('基层工会：木棠镇联合工会')
  })
})

describe('工会统计年报 without the office\'s name', () => {
  it('refuses the PDF (NOT_SET_UP) and leaves nothing in the outbox', async () => {
    const t = await createTestCore()
    try {
      const reply = await t.reply('reportsExport.annualPdf', { year: 2026 })
      expect(reply.ok ? 'ok' : reply.error.code).toBe('NOT_SET_UP')
      let left: string[] = []
      try {
        left = readdirSync(outboxDir(t.core.dataDir))
      } catch {
        left = []
      }
      expect(left).toEqual([])
    } finally {
      await t.close()
    }
  })
})
