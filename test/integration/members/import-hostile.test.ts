import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { bytesPayload, coreWithUnion, makeId } from './fixtures'
import { escapeXml, payload, xlsxPackage } from './xlsx-package'

const MB = 1024 * 1024
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>证件号码</t></is></c></row>'

/** A worksheet whose row 2 holds `cells` inline strings of `mbEach` MB of 王, streamed so the test never holds one whole. */
function giantCells(cells: number, mbEach: number) {
  return async function* () {
    yield `${HEAD}${HEADER_ROW}<row r="2">`
    const piece = 'A'.repeat(MB)
    for (let c = 0; c < cells; c++) {
      yield `<c r="${String.fromCharCode(65 + c)}2" t="inlineStr"><is><t>`
      for (let i = 0; i < mbEach; i++) yield piece
      yield '</t></is></c>'
    }
    yield '</row></sheetData></worksheet>'
  }
}

describe('会员导入: hostile files end quickly with the limit named and nothing written', () => {
  let t: TestCore
  let orgId: string
  beforeEach(async () => {
    ;({ t, orgId } = await coreWithUnion())
  })
  afterEach(async () => t.close())

  it.each([
    ['a ~1 MB file that inflates to 10 cells of 100 MB', 10, 100],
    ['a ~300 KB file with one 300 MB cell', 1, 300],
  ])('%s', async (_name, cells, mbEach) => {
    const bytes = await xlsxPackage({ sheets: [{ name: '会员', xml: giantCells(cells, mbEach) }] })
    expect(bytes.length).toBeLessThan(2 * MB)
    const before = await t.dump()
    for (const dryRun of [true, false]) {
      const r = await t.reply('members.importCommit', { file: payload(bytes, '炸弹.xlsx'), defaultOrgId: orgId, dryRun })
      // The zip's own sizes already give it away: refused before a byte is inflated.
      expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', field: 'file' } })
      expect(r.ok ? '' : r.error.message).toContain('「xl/worksheets/sheet1.xml」解压后超过压缩前的 100 倍（导入的上限）')
    }
    expect(await t.dump()).toBe(before)
  }, 120_000)

  /** Text that does not compress: the cell limit, not the inflate ratio, is what stops it. */
  const noise = (chars: number) => Array.from({ length: chars }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('')

  it('a cell longer than Excel allows, in a file that compresses like a real one', async () => {
    const row2 = `<row r="2"><c r="A2" t="inlineStr"><is><t>${escapeXml(noise(40_000))}</t></is></c><c r="B2" t="inlineStr"><is><t>${makeId('1990-01-02', 71)}</t></is></c></row>`
    const bytes = await xlsxPackage({ sheets: [{ name: '会员', xml: `${HEAD}${HEADER_ROW}${row2}</sheetData></worksheet>` }] })
    const before = await t.dump()
    const r = await t.reply('members.importCommit', { file: payload(bytes, '长.xlsx'), defaultOrgId: orgId })
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', row: 2 } })
    expect(r.ok ? '' : r.error.message).toContain('第2行A列的单元格超过 32,767 个字符（Excel 单元格的上限）')
    expect(await t.dump()).toBe(before)
  })

  it('the same cell limit in a CSV', async () => {
    const text = `姓名,证件号码\n张三,${makeId('1990-01-02', 71)}\n${noise(40_000)},${makeId('1991-02-03', 82)}\n`
    const before = await t.dump()
    const r = await t.reply('members.importCommit', { file: bytesPayload(new TextEncoder().encode(text), '长.csv'), defaultOrgId: orgId })
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', row: 3 } })
    expect(r.ok ? '' : r.error.message).toContain('第3行A列的单元格超过 32,767 个字符（Excel 单元格的上限）')
    expect(await t.dump()).toBe(before)
  })
})
