import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { memberTextMax } from '../../../shared/contract/members'
import type { TestCore } from '../../helpers/test-core'
import { bytesPayload, coreWithUnion, gbkEncode, makeId, xlsxPayload } from './fixtures'
import { payload, sheetXml, xlsxPackage } from './xlsx-package'

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '𠮷', '欧阳']
const GIVEN = ['伟', '芳', '𠮷', '娜', '秀', '英', '𪚥', '敏', '静', '丽', '强', '磊', '𤭢', '军']
const PLACE_CHARS = Array.from('海南省澄迈县木棠镇联合工会第一农场有限公司𠮷祥物流配送中心𪚥𤭢第二分场')
const DIGITS = '〇一二三四五六七八九'

/** The file: exceljs's streaming writer with shared strings, as a clerk's export would be. */
async function sharedStringsWorkbook(rows: number): Promise<{ file: Buffer; expected: Map<string, { name: string; employer: string }> }> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false })
  const ws = wb.addWorksheet('会员')
  ws.addRow(['姓名', '身份证号码', '性别', '工作单位']).commit()
  const expected = new Map<string, { name: string; employer: string }>()
  for (let i = 0; i < rows; i++) {
    const id = makeId(`19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`, i % 1000)
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 11) % GIVEN.length]}`
    // Unique per row (the row number in Chinese digits), so the shared-strings part is large and crossed by many chunk boundaries.
    const employer = `${String(i).replace(/\d/g, (d) => DIGITS[Number(d)] ?? '')}号${PLACE_CHARS.slice(i % 7, (i % 7) + 24).join('')}`
    expected.set(id, { name, employer })
    ws.addRow([name, id, '', employer]).commit()
  }
  await wb.commit()
  return { file: Buffer.concat(chunks), expected }
}

describe('会员导入: Chinese text arrives whole or the row is refused', () => {
  let t: TestCore
  let orgId: string
  beforeEach(async () => {
    ;({ t, orgId } = await coreWithUnion())
  })
  afterEach(async () => t.close())

  const stored = async () =>
    new Map(
      (await sql<{ id_number: string; name: string; employer_name: string | null }>`select id_number, name, employer_name from member`.execute(t.core.db)).rows.map((r) => [r.id_number, r]),
    )

  it('stores every name and 工作单位 of a large shared-strings workbook exactly as written', async () => {
    const { file, expected } = await sharedStringsWorkbook(4000)
    const s = await t.call('members.importCommit', { file: bytesPayload(file, '会员.xlsx'), defaultOrgId: orgId })
    expect(s).toMatchObject({ total: expected.size, inserted: expected.size, rejected: 0 })
    const rows = await stored()
    const wrong = [...expected].filter(([id, e]) => rows.get(id)?.name !== e.name || rows.get(id)?.employer_name !== e.employer)
    expect(wrong).toEqual([])
  }, 60_000)

  it('refuses a row whose text holds U+FFFD, in .xlsx and CSV alike, naming row and field', async () => {
    const xlsx = await xlsxPayload([
      ['姓名', '身份证号码', '工作单位'],
      ['张三', makeId('1990-01-02', 71), '木棠\uFFFD农场'],
      ['李四', makeId('1991-02-03', 82), '木棠农场'],
    ])
    const csv = bytesPayload(new TextEncoder().encode(`姓名,身份证号码,备注\n王\uFFFD五,${makeId('1992-03-04', 91)},\n赵六,${makeId('1993-04-05', 13)},锟斤拷\n`), 'u.csv')
    const before = await t.dump()
    const a = await t.call('members.importCommit', { file: xlsx, defaultOrgId: orgId, dryRun: true })
    expect(a.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, '工作单位', 'VALUE_INVALID']])
    expect(a.errors[0]?.message).toMatch(/^第2行「工作单位」含有替换字符/)
    const b = await t.call('members.importCommit', { file: csv, defaultOrgId: orgId, dryRun: true })
    expect(b.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, '姓名', 'VALUE_INVALID'], [3, '备注', 'VALUE_INVALID']])
    expect(await t.dump()).toBe(before)
    expect(await t.call('members.importCommit', { file: csv, defaultOrgId: orgId })).toMatchObject({ inserted: 0, rejected: 2 })
  })

  it('refuses text longer than members.save accepts, and control characters, as row errors', async () => {
    const at = (n: number, ch = '王') => ch.repeat(n)
    const lines = [
      '姓名,身份证号码,工作单位,备注',
      `${at(memberTextMax.name)},${makeId('1990-01-02', 11)},${at(memberTextMax.employerName)},${at(memberTextMax.notes)}`,
      `${at(memberTextMax.name + 1)},${makeId('1990-01-02', 22)},,`,
      `张三,${makeId('1990-01-02', 33)},${at(20_000)},`,
      `李四,${makeId('1990-01-02', 44)},,${at(memberTextMax.notes + 1)}`,
      `王\u001B五,${makeId('1990-01-02', 55)},,`,
      `赵六,${makeId('1990-01-02', 66)},木棠\u0007农场,`,
    ]
    const s = await t.call('members.importCommit', { file: bytesPayload(new TextEncoder().encode(lines.join('\n')), 'long.csv'), defaultOrgId: orgId })
    expect(s).toMatchObject({ total: 6, inserted: 1, rejected: 5 })
    expect(s.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, '姓名', 'VALUE_INVALID'],
      [4, '工作单位', 'VALUE_INVALID'],
      [5, '备注', 'VALUE_INVALID'],
      [6, '姓名', 'VALUE_INVALID'],
      [7, '工作单位', 'VALUE_INVALID'],
    ])
    expect(s.errors[1]?.message).toBe('第4行「工作单位」超过 200 个字符（填写了 20,000 个）')
    expect(s.errors[3]?.message).toBe('第6行「姓名」含有控制字符 U+001B，请删除后再导入')
    expect((await stored()).get(makeId('1990-01-02', 11))?.employer_name).toBe(at(memberTextMax.employerName))
  })

  it('refuses a NUL in a name (Excel writes it as _x0000_)', async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>证件号码</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>王_x0000_五</t></is></c><c r="B2" t="inlineStr"><is><t>${makeId('1990-01-02', 55)}</t></is></c></row>`
    const s = await t.call('members.importCommit', { file: payload(await xlsxPackage({ sheets: [{ name: '会员', xml: sheetXml(rows) }] }), 'nul.xlsx'), defaultOrgId: orgId })
    expect(s).toMatchObject({ inserted: 0, rejected: 1 })
    expect(s.errors).toEqual([{ row: 2, field: '姓名', code: 'VALUE_INVALID', message: '第2行「姓名」含有控制字符 U+0000，请删除后再导入' }])
  })

  it('reads a GBK CSV with one UTF-8 line line by line: 王五 stays 王五', async () => {
    const gbk = (s: string) => gbkEncode(s)
    const utf8 = (s: string) => new TextEncoder().encode(s)
    const parts = [gbk('姓名,身份证号码,工作单位\r\n'), gbk(`张三,${makeId('1990-01-02', 71)},木棠农场\r\n`), utf8(`王五,${makeId('1992-03-04', 91)},澄迈物流\r\n`), gbk(`郑施,${makeId('1993-04-05', 13)},\r\n`)]
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0)
    const s = await t.call('members.importCommit', { file: bytesPayload(bytes, 'mixed.csv'), defaultOrgId: orgId })
    expect(s).toMatchObject({ inserted: 3, rejected: 0 })
    const rows = await stored()
    expect(rows.get(makeId('1992-03-04', 91))).toMatchObject({ name: '王五', employer_name: '澄迈物流' })
    expect(rows.get(makeId('1990-01-02', 71))).toMatchObject({ name: '张三', employer_name: '木棠农场' })
    expect(rows.get(makeId('1993-04-05', 13))?.name).toBe('郑施')
  })
})
