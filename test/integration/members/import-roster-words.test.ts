import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importCopy } from '../../../renderer/members/copy'
import { generatedBytes } from '../../helpers/outbox'
import type { TestCore } from '../../helpers/test-core'
import { coreWithUnion, makeId, xlsxPayload } from './fixtures'

/** Issue 13 item 12: how a township roster words its dates and columns, and the words the import answers with. */
describe('会员导入: a roster as offices write it', () => {
  let t: TestCore
  let orgId: string
  beforeEach(async () => {
    ;({ t, orgId } = await coreWithUnion())
  })
  afterEach(async () => t.close())

  const mismatches = (issues: Array<{ row: number; code: string }>) => issues.filter((i) => i.code === 'MISMATCH').map((i) => i.row)

  it('takes a month-only 出生年月 that names the ID’s year and month as agreeing, and flags one that does not', async () => {
    const file = await xlsxPayload([
      ['姓名', '身份证号码', '出生年月'],
      ['张三', makeId('1996-03-17', 11), '1996年3月'],
      ['李四', makeId('1996-03-02', 13), '1996-03'],
      ['王五', makeId('1996-03-28', 15), '1996.3'],
      // Excel stores a typed 1996.10 as the number 1996.1.
      ['赵六', makeId('1996-10-09', 17), 1996.1],
      ['钱七', makeId('1996-03-17', 19), '1996年4月'],
      ['孙八', makeId('1996-03-17', 21), '1996-03-18'],
    ])
    const preview = await t.call('members.importPreview', { file, defaultOrgId: orgId })
    expect(mismatches(preview.issues)).toEqual([6, 7])
    expect(preview.issues.find((i) => i.row === 6)?.message).toContain('1996-04')
  })

  it('reads 入会时间 and the other join-date headers as 入会日期 and dates the 入会 with them', async () => {
    for (const header of ['入会时间', '加入工会时间', '入会日期']) {
      const file = await xlsxPayload([['姓名', '身份证号码', header], ['张三', makeId('1990-01-01', 11), '2015年6月1日']])
      const preview = await t.call('members.importPreview', { file, defaultOrgId: orgId })
      expect(preview.columns.map((c) => c.field)).toEqual(['name', 'idNumber', 'joinDate'])
      expect(preview.undatedJoins).toBe(0)
    }
    const file = await xlsxPayload([['姓名', '身份证号码', '入会时间'], ['张三', makeId('1990-01-01', 11), '2015年6月1日']])
    await t.call('members.importCommit', { file, defaultOrgId: orgId })
    const member = await t.call('members.get', { idNumber: makeId('1990-01-01', 11) })
    expect(member.events.map((e) => [e.type, e.date])).toEqual([['join', '2015-06-01']])
  })

  it('refuses a 入会时间 that is not a date, naming the column as the file names it', async () => {
    const file = await xlsxPayload([['姓名', '身份证号码', '入会时间'], ['张三', makeId('1990-01-01', 11), '去年']])
    const preview = await t.call('members.importPreview', { file, defaultOrgId: orgId })
    expect(preview.issues).toMatchObject([{ row: 2, field: '入会日期', code: 'DATE_INVALID', severity: 'error' }])
  })

  it('calls a warning by the same word on screen and in the problem report', async () => {
    const file = await xlsxPayload([['姓名', '身份证号码', '出生日期'], ['钱七', makeId('1996-03-17', 19), '1996-04-17']])
    const s = await t.call('members.importCommit', { file, defaultOrgId: orgId, withReport: true })
    if (!s.report) throw new Error('no report')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.read(Readable.from([await generatedBytes(t.core, s.report)]))
    const reason = String(wb.worksheets[0]?.getRow(2).getCell(6).value)
    expect(reason.startsWith(`${importCopy.warningTag}：`)).toBe(true)
    expect(importCopy.counts.warnings).toContain(importCopy.warningTag)
    expect(importCopy.reportHint).toContain(importCopy.warningTag)
  })
})
