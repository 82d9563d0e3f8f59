import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generatedBytes } from '../../helpers/outbox'
import type { TestCore } from '../../helpers/test-core'
import { addMember, aidCore, as, weiwenProgram } from './fixtures'

// Issue 13 item 17: the bank transfer sheet holds amounts a bank (and Excel) can add, a total, and the payee's ID number.

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')
// 1,234.56 yuan: two decimals that must survive as a number.
const weiwen = { ...weiwenProgram, amountFen: 123_456 }

beforeEach(async () => {
  t = await aidCore()
  await t.call('aid.addProgram', { program: weiwen })
})
afterEach(async () => t.close())

async function approvedBatch(idNumbers: string[]) {
  const ids: string[] = []
  for (const idNumber of idNumbers) {
    const app = await clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber, input: {}, materials: ['慰问申请表'], submit: true })
    await chief().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    ids.push(app.id)
  }
  const batch = await clerk().call('aid.createBatch', { applicationIds: ids })
  await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-11-23' })
  return chief().call('aid.approveBatch', { id: batch.id, date: '2026-11-30' })
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([bytes]))
  const sheet = book.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  return sheet
}

describe('导出银行转账表 (issue 13 item 17)', () => {
  it('amounts are numbers shown as 0.00, a SUM formula totals them with the count, and each payee has a full ID number', async () => {
    const names = ['王建国', '赵小红', '阿依古丽·买买提']
    const members = []
    for (const [i, name] of names.entries()) members.push({ name, ...(await addMember(t, { n: i + 1, name })) })
    const batch = await approvedBatch(members.map((m) => m.idNumber))
    const file = await t.call('aid.exportTransferSheet', { id: batch.id })
    expect(file.rows).toBe(3)
    const sheet = await sheetOf(await generatedBytes(t.core, file))

    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(1).getCell(c).value)).toEqual(['户名', '身份证号码', '账号', '开户行', '金额', '摘要'])
    const byName = new Map<string, ExcelJS.Row>()
    for (let r = 2; r <= 4; r++) byName.set(String(sheet.getRow(r).getCell(1).value), sheet.getRow(r))
    expect([...byName.keys()].sort()).toEqual([...names].sort())
    for (const m of members) {
      const row = byName.get(m.name)
      // The ID number in full, as text (18 characters, never a number Excel would round).
      expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.String)
      expect(row?.getCell(2).value).toBe(m.idNumber)
      expect(row?.getCell(3).type).toBe(ExcelJS.ValueType.String)
      const amount = row?.getCell(5)
      expect(amount?.type).toBe(ExcelJS.ValueType.Number)
      expect(amount?.value).toBe(1234.56)
      expect(amount?.numFmt).toBe('0.00')
    }

    const total = sheet.getRow(5)
    expect(total.getCell(1).value).toBe('合计 3 笔')
    const sum = total.getCell(5)
    expect(sum.type).toBe(ExcelJS.ValueType.Formula)
    expect(sum.formula).toBe('SUM(E2:E4)')
    expect(sum.result).toBe(3703.68)
    expect(sum.numFmt).toBe('0.00')
    expect(sheet.rowCount).toBe(5)
  })

  it('is the sanctioned unmasked export: only with members.unmask, and each export leaves an audit row', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const batch = await approvedBatch([m.idNumber])
    const viewer = await t.reply('aid.exportTransferSheet', { id: batch.id }, 'viewer')
    expect(viewer.ok).toBe(false)
    if (!viewer.ok) expect(viewer.error.code).toBe('FORBIDDEN')
    await clerk().call('aid.exportTransferSheet', { id: batch.id })
    const audit = await t.core.db.selectFrom('audit_log').select(['method', 'actor']).where('method', '=', 'aid.exportTransferSheet').execute()
    expect(audit).toEqual([{ method: 'aid.exportTransferSheet', actor: '张三' }])
  })

  it('refuses, naming the payee, when a family payee has no ID number on record (the bank could not pay real-name)', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const batch = await approvedBatch([m.idNumber])
    // As a record from before the ID was required would hold it.
    await t.core.db.updateTable('aid_application').set({ payee_name: '刘桂芳', payee_relation: '配偶', payee_id_number: null, bank_name: '中国建设银行', bank_account: '6217000011112222333' }).execute()
    const r = await t.reply('aid.exportTransferSheet', { id: batch.id })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' })
      expect(r.error.message).toContain('刘桂芳')
      expect(r.error.message).toContain('身份证号码')
    }
  })
})
