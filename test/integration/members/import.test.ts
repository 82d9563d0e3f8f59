import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generatedBytes } from '../../helpers/outbox'
import type { TestCore } from '../../helpers/test-core'
import { bytesPayload, coreWithUnion, gbkEncode, makeId, xlsxPayload } from './fixtures'

const header = ['序号', '职工姓名', '性别', '出生年月', '身份证号码', '手机号', '所在单位', '入会日期', '所属工会', '是否农民工会员']

describe('会员导入 import', () => {
  let t: TestCore
  let orgId: string
  beforeEach(async () => {
    ;({ t, orgId } = await coreWithUnion())
  })
  afterEach(async () => t.close())

  /** Title rows and a merged title cell above the header; header variants; every kind of row. */
  async function messyWorkbook() {
    return xlsxPayload(
      [
        ['木棠镇2024年工会会员花名册'],
        ['填报单位：木棠镇总工会', null, null, '填报日期：2024年3月'],
        header,
        [1, '张𠮷祥', '男', '1988.8.8', '469023198808080096', '138 0013 8000', '木棠农场', '2019/3/7', '木棠镇联合工会', '是'],
        [2, '王芳', '男', '', makeId('1990-05-06', 124), '', '', 43531, '木棠镇联合工会', '否'],
        [3, '', '', '', makeId('1991-01-01', 11), '', '', '', '木棠镇联合工会', ''],
        [4, '李四', '', '', '46040019900307123X', '', '', '', '木棠镇联合工会', ''],
        [5, '赵五', '', '', '469023199202301231', '', '', '', '木棠镇联合工会', ''],
        [6, '钱六', '', '', '', '', '', '', '木棠镇联合工会', ''],
        [7, '张𠮷祥', '', '', '469023198808080096', '', '', '', '木棠镇联合工会', ''],
        [8, '阿依古丽・买买提', '女', '', makeId('1995-07-01', 22), '', '', '2019年3月', '木棠镇联合工会', ''],
        [9, '孙七', '', '', makeId('1985-02-03', 33), '', '', '', '不存在的工会', ''],
      ],
      '花名册.xlsx',
      (ws) => ws.mergeCells('A1:J1'),
    )
  }

  it('finds the header under title rows, maps variants, lists every problem with its level, and writes nothing until committed', async () => {
    const file = await messyWorkbook()
    const before = await t.dump()
    const preview = await t.call('members.importPreview', { file })
    expect(await t.dump()).toBe(before)
    expect(preview.headerRow).toBe(3)
    expect(preview.columns.map((c) => c.field)).toEqual(['seq', 'name', 'gender', 'birthDate', 'idNumber', 'phone', 'employerName', 'joinDate', 'orgName', 'isMigrant'])
    expect(preview.summary).toMatchObject({ total: 9, inserted: 3, rejected: 6 })
    // The preview's issues are the summary's, in the same order, each with the level the wizard tags it with.
    expect(preview.issues.map(({ row, field, code, message }) => ({ row, field, code, message }))).toEqual(preview.summary.errors)
    expect(preview.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([6, 7, 8, 9, 10, 12])
    expect(preview.issues.find((i) => i.code === 'MISMATCH')).toMatchObject({ row: 5, severity: 'warning' })

    const s = await t.call('members.importCommit', { file })
    expect(s).toMatchObject({ total: 9, inserted: 3, updated: 0, unchanged: 0, rejected: 6, warnings: 1, dryRun: false })
    const rejected = s.errors.filter((e) => ['NAME_MISSING', 'ID_CHECKSUM', 'ID_INVALID', 'ID_MISSING', 'ID_DUPLICATE_IN_FILE', 'ORG_UNKNOWN'].includes(e.code))
    expect(rejected.map((e) => [e.row, e.code, e.field])).toEqual([
      [6, 'NAME_MISSING', '姓名'],
      [7, 'ID_CHECKSUM', '证件号码'],
      [8, 'ID_INVALID', '证件号码'],
      [9, 'ID_MISSING', '证件号码'],
      [10, 'ID_DUPLICATE_IN_FILE', '证件号码'],
      [12, 'ORG_UNKNOWN', '所属工会'],
    ])
    expect(s.errors.find((e) => e.row === 10)?.message).toContain('第4行')
    expect(s.errors.find((e) => e.row === 5 && e.code === 'MISMATCH')?.field).toBe('性别')

    const zjx = await t.call('members.get', { idNumber: '469023198808080096' })
    expect(zjx).toMatchObject({ name: '张𠮷祥', phone: '138****8000', isMigrant: true, employerName: '木棠农场', birthDate: '1988-08-08' })
    expect(zjx.events).toMatchObject([{ type: 'join', date: '2019-03-07' }])
    expect((await t.call('members.get', { idNumber: makeId('1990-05-06', 124) })).events[0]?.date).toBe('2019-03-07')
    const dot = await t.call('members.search', { q: 'aygl' })
    expect(dot[0]).toMatchObject({ name: '阿依古丽·买买提', matchedBy: 'initials' })
  })

  it('re-importing the same file changes nothing', async () => {
    const file = await messyWorkbook()
    await t.call('members.importCommit', { file })
    const before = await t.dump()
    const again = await t.call('members.importCommit', { file })
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 6 })
    // Only the audit trail grows: the register is byte-for-byte the same.
    const strip = (d: string) => d.split('\n').filter((l) => !l.startsWith('audit_log:')).join('\n')
    expect(strip(await t.dump())).toBe(strip(before))
  })

  it('updates only changed fields of an existing member', async () => {
    const id = makeId('1980-01-01', 51)
    const first = [['姓名', '身份证号', '手机', '工作单位', '民族'], ['周八', id, '13800138000', '木棠农场', '黎族']]
    await t.call('members.importCommit', { file: await xlsxPayload(first), defaultOrgId: orgId })
    const before = await t.call('members.get', { idNumber: id })
    // The second file has fewer columns and an empty 工作单位 cell: neither clears what the register holds.
    const second = [['姓名', '身份证号', '手机', '工作单位'], ['周八', id, '13900139000', '']]
    const s = await t.call('members.importCommit', { file: await xlsxPayload(second), defaultOrgId: orgId })
    expect(s).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 })
    const after = await t.call('members.get', { idNumber: id })
    expect(after).toEqual({ ...before, phone: '139****9000', updatedAt: after.updatedAt })
    expect(after).toMatchObject({ employerName: '木棠农场', ethnicity: '黎族' })
  })

  it('reads a GBK CSV as saved by Excel, with quotes and commas', async () => {
    const text = `姓名,身份证号码,工作单位\r\n张三,${makeId('1990-01-02', 71)},"木棠镇,农场"\r\n李四,${makeId('1991-02-03', 82)},"说""好"""\r\n`
    const s = await t.call('members.importCommit', { file: bytesPayload(gbkEncode(text), 'gbk.csv'), defaultOrgId: orgId })
    expect(s).toMatchObject({ total: 2, inserted: 2, rejected: 0 })
    expect((await t.call('members.get', { idNumber: makeId('1990-01-02', 71) })).employerName).toBe('木棠镇,农场')
    expect((await t.call('members.get', { idNumber: makeId('1991-02-03', 82) })).employerName).toBe('说"好"')
  })

  it('reads a UTF-8 CSV with BOM', async () => {
    const text = `\uFEFF姓名,证件号码\n王五,${makeId('1992-03-04', 91)}\n`
    const s = await t.call('members.importCommit', { file: bytesPayload(new TextEncoder().encode(text), 'u.csv'), defaultOrgId: orgId })
    expect(s).toMatchObject({ total: 1, inserted: 1 })
  })

  it('dry run counts but writes nothing to the register', async () => {
    const file = await messyWorkbook()
    const strip = (d: string) => d.split('\n').filter((l) => !l.startsWith('audit_log:')).join('\n')
    const before = strip(await t.dump())
    const s = await t.call('members.importCommit', { file, dryRun: true })
    expect(s).toMatchObject({ inserted: 3, dryRun: true })
    // Not a member, an event, nor the remembered column mapping: only the audit trail records the call.
    expect(strip(await t.dump())).toBe(before)
  })

  it.each([
    ['not a spreadsheet', bytesPayload(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'x.pdf')],
    ['a broken zip', bytesPayload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'x.xlsx')],
    ['an old .xls', bytesPayload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'x.xls')],
    ['no header', bytesPayload(new TextEncoder().encode('a,b,c\n1,2,3\n'), 'x.csv')],
    ['only blank', bytesPayload(new TextEncoder().encode('\n\n'), 'x.csv')],
  ])('refuses %s with a Chinese message and leaves the database unchanged', async (_, file) => {
    const before = await t.dump()
    const r = await t.reply('members.importCommit', { file })
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', field: 'file' } })
    // Chinese, and without the zip or xml library's own English words.
    if (!r.ok) {
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(r.error.message.replaceAll(file.fileName, '').replace(/Excel|WPS|\.xlsx|\.xls|\.csv/g, '')).not.toMatch(/[A-Za-z]/)
    }
    expect(await t.dump()).toBe(before)
  })

  it('refuses an empty workbook', async () => {
    const r = await t.reply('members.importCommit', { file: await xlsxPayload([]) })
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } })
  })

  it('uses the corrected mapping and remembers it for the next import', async () => {
    const file = await xlsxPayload([['名字', '号码'], ['吴九', makeId('1987-04-05', 13)]])
    const p = await t.call('members.importPreview', { file, defaultOrgId: orgId })
    expect(p.missingFields).toEqual(['idNumber'])
    const s = await t.call('members.importCommit', { file, defaultOrgId: orgId, mapping: { 号码: 'idNumber' } })
    expect(s.inserted).toBe(1)
    expect(await t.call('members.importMapping', {})).toMatchObject({ 名字: 'name', 号码: 'idNumber' })
    const again = await t.call('members.importPreview', { file, defaultOrgId: orgId })
    expect(again.missingFields).toEqual([])
  })

  it('returns an error report with the original rows, 问题字段 and 原因', async () => {
    const s = await t.call('members.importCommit', { file: await messyWorkbook(), withReport: true })
    expect(s.report?.fileName).toBe('花名册-问题行.xlsx')
    if (!s.report) throw new Error('no report')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.read(Readable.from([await generatedBytes(t.core, s.report)]))
    const ws = wb.worksheets[0]
    const head = ws?.getRow(1).values
    expect(Array.isArray(head) ? head.slice(1) : []).toEqual(['原行号', ...header, '问题字段', '原因'])
    expect(ws?.getRow(2).getCell(1).value).toBe(5)
    expect(ws?.rowCount).toBe(1 + 7)
    expect(ws?.getRow(3).getCell(12).value).toBe('姓名')
    expect(String(ws?.getRow(3).getCell(13).value)).toContain('拒绝')
  })
})
