import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generatedBytes } from '../../helpers/outbox'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, makeId, xlsxPayload } from './fixtures'

/** Issue 13, items 6–10: the clerk's journey through import and the member's history. */
describe('issue 13 会员', () => {
  let t: TestCore
  let orgId: string
  beforeEach(async () => {
    t = await createTestCore()
    orgId = (await t.call('orgs.save', { name: '木棠镇联合工会', type: '联合基层工会', enterprises: [{ name: '木棠农场有限公司' }] })).id
  })
  afterEach(async () => t.close())

  const memberCount = async () => (await t.call('members.list', {})).total

  it('item 6: rows without 所属工会 go to the union of their enterprise; unknown enterprises name the missing choice', async () => {
    const known = await xlsxPayload([
      ['姓名', '身份证号码', '所在单位'],
      ['张三', makeId('1990-01-01', 11), '木棠农场有限公司'],
      ['李四', makeId('1991-01-01', 13), '木棠农场有限公司'],
    ])
    const preview = await t.call('members.importPreview', { file: known })
    expect(preview.missingFields).toEqual([])
    expect(preview.unionsByEnterprise).toEqual([{ orgId, orgName: '木棠镇联合工会', rows: 2 }])
    const done = await t.call('members.importCommit', { file: known })
    expect(done.inserted).toBe(2)
    const m = await t.call('members.get', { idNumber: makeId('1990-01-01', 11) })
    expect([m.orgId, m.enterpriseName]).toEqual([orgId, '木棠农场有限公司'])

    const unknown = await xlsxPayload([['姓名', '身份证号码', '所在单位'], ['王五', makeId('1992-01-01', 15), '不在名录的公司']])
    expect((await t.call('members.importPreview', { file: unknown })).missingFields).toEqual(['orgName'])
    const before = await t.dump()
    const refused = await t.reply('members.importCommit', { file: unknown })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toContain('第2行的所属企业不在企业名录中：请选择这些会员的所属工会')
    expect(await t.dump()).toBe(before)
  })

  it('item 8: the report and the mapping samples show dates as the file showed them, beside the date read', async () => {
    const file = await xlsxPayload(
      [
        ['姓名', '身份证号码', '入会日期', '所属工会'],
        ['张三', makeId('1990-01-01', 11), new Date(Date.UTC(2013, 2, 10)), '木棠镇联合工会'],
        ['', makeId('1991-01-01', 13), new Date(Date.UTC(2013, 2, 10)), '木棠镇联合工会'],
        ['李四', makeId('1992-01-01', 15), new Date(Date.UTC(2030, 0, 5)), '木棠镇联合工会'],
      ],
      '会员.xlsx',
      (ws) => {
        ws.getColumn(3).numFmt = 'yyyy/m/d'
      },
    )
    const preview = await t.call('members.importPreview', { file })
    const col = preview.columns.find((c) => c.field === 'joinDate')
    expect(col?.samples).toEqual(['2013/3/10', '2013/3/10', '2030/1/5'])
    expect(col?.sampleDates).toEqual(['2013-03-10', '2013-03-10', '2030-01-05'])
    expect(preview.issues.find((i) => i.row === 4)?.message).toBe('第4行「入会日期」2030-01-05 晚于今天（表格中显示为「2030/1/5」）')
    const summary = await t.call('members.importCommit', { file, dryRun: true, withReport: true })
    if (!summary.report) throw new Error('no report')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.read(Readable.from([await generatedBytes(t.core, summary.report)]))
    const rows = wb.worksheets[0]?.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? r.slice(1, 5) : []))
    expect(rows).toEqual([[3, undefined, makeId('1991-01-01', 13), '2013/3/10'], [4, '李四', makeId('1992-01-01', 15), '2030/1/5']])
  })

  it('item 9: a roster without a join-date column leaves 入会 undated and counts it, or takes the one date the clerk sets', async () => {
    const file = await xlsxPayload([['姓名', '身份证号码', '所属工会'], ['张三', makeId('1990-01-01', 11), '木棠镇联合工会'], ['李四', makeId('1991-01-01', 13), '木棠镇联合工会']])
    expect((await t.call('members.importPreview', { file })).undatedJoins).toBe(2)
    expect((await t.call('members.importPreview', { file, defaultEventDate: '2024-05-01' })).undatedJoins).toBe(0)
    await t.call('members.importCommit', { file: await xlsxPayload([['姓名', '身份证号码', '所属工会'], ['张三', makeId('1990-01-01', 11), '木棠镇联合工会']]) })
    expect((await t.call('members.get', { idNumber: makeId('1990-01-01', 11) })).events.map((e) => [e.type, e.date])).toEqual([['join', null]])
    await t.call('members.importCommit', { file: await xlsxPayload([['姓名', '身份证号码', '所属工会'], ['李四', makeId('1991-01-01', 13), '木棠镇联合工会']]), defaultEventDate: '2024-05-01' })
    expect((await t.call('members.get', { idNumber: makeId('1991-01-01', 13) })).events.map((e) => [e.type, e.date])).toEqual([['join', '2024-05-01']])
  })

  it('item 10: 转出 records where to; 更正 voids the last event with a reason and recomputes the status', async () => {
    const other = await addOrg(t, '金江社区工会')
    const id = await addMember(t, orgId, '张三', makeId('1990-01-01', 11))
    const refused = await t.reply('members.event', { memberId: id, type: 'transfer_out', date: '2024-01-01', reason: null })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toContain('「转往单位」不能为空')
    const out = await t.call('members.event', { memberId: id, type: 'transfer_out', date: '2024-01-01', reason: '调动', toText: '海口市美兰区总工会' })
    expect(out.status).toBe('transferred_out')
    expect(out.events.at(-1)).toMatchObject({ type: 'transfer_out', toText: '海口市美兰区总工会', toOrgId: null })

    const fixed = await t.call('members.voidEvent', { memberId: id, eventId: out.events.at(-1)?.id ?? '', reason: '录错了人' })
    expect(fixed.status).toBe('active')
    expect(fixed.allowedEvents).toContain('transfer_out')
    expect(fixed.events.map((e) => [e.type, e.voided?.reason ?? null])).toEqual([['join', null], ['transfer_out', '录错了人']])

    const moved = await t.call('members.transfer', { memberId: id, toOrgId: other, date: '2024-02-01', reason: null })
    expect(moved.events.find((e) => e.type === 'transfer_out' && !e.voided)?.toOrgName).toBe('金江社区工会')
    const back = await t.call('members.voidEvent', { memberId: id, eventId: moved.events.at(-1)?.id ?? '', reason: '转错了工会' })
    expect([back.status, back.orgId]).toEqual(['active', orgId])
    expect(back.events.filter((e) => e.voided).length).toBe(3)

    const only = await t.reply('members.voidEvent', { memberId: id, eventId: back.events[0]?.id ?? '', reason: '试一下' })
    expect(only.ok).toBe(false)
    if (!only.ok) expect(only.error.message).toContain('唯一的会籍记录')
  })

  it('item 10: a member entered by mistake is deleted (audited) unless a record refers to them', async () => {
    const id = await addMember(t, orgId, '张三', makeId('1990-01-01', 11))
    expect(await memberCount()).toBe(1)
    await t.call('members.delete', { id, reason: '重复录入' })
    expect(await memberCount()).toBe(0)
    const audit = await t.core.db.selectFrom('audit_log').selectAll().where('method', '=', 'members.delete').execute()
    expect(audit).toHaveLength(1)

    const kept = await addMember(t, orgId, '李四', makeId('1991-01-01', 13))
    await t.core.db.insertInto('print_log').values({ id: 'p1', serial: '2026-HZ-0001', doc_type: 'member_certificate', subject_id: kept, subject_name: '李四', reprint: 0, printed_at: '2026-11-23T02:00:00.000Z', printed_by: '测试' }).execute()
    const before = await t.dump()
    const refused = await t.reply('members.delete', { id: kept, reason: '重复录入' })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toBe('李四已有编号打印记录 1 条引用，不能删除；误录的会员只能在没有任何业务记录时删除')
    expect(await t.dump()).toBe(before)
  })
})
