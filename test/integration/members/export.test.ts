import { readdir } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { outboxDir } from '../../../electron/core/files/outbox'
import { maskBankAccount, maskIdNumber } from '../../../shared/members/masking'
import { memberColumns } from '../../../shared/members/columns'
import { decodeCsv, parseCsv } from '../../../shared/members/csv'
import { generatedBytes, xlsxCellFormat, xlsxRows } from '../../helpers/outbox'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, makeId } from './fixtures'

const csvRows = (bytes: Buffer) => parseCsv(decodeCsv(bytes).text)

describe('导出当前列表 export of the list on screen', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
    const a = await addOrg(t, '木棠镇联合工会')
    const b = await addOrg(t, '木棠农场工会')
    await addMember(t, a, '张伟', makeId('1990-01-01', 11))
    await addMember(t, a, '张芳', makeId('1991-02-02', 22))
    await addMember(t, a, '李强', makeId('1992-03-03', 33))
    await addMember(t, b, '张磊', makeId('1993-04-04', 45))
  })
  afterEach(async () => t.close())

  it('exports exactly the rows the list shows for the same search text and filters, masked', async () => {
    const orgId = (await t.call('orgs.list', {})).find((o) => o.name === '木棠镇联合工会')?.id ?? ''
    const filter = { q: '张', orgId }
    const shown = await t.call('members.list', { ...filter, pageSize: 100 })
    expect(shown.items.map((m) => m.name).sort()).toEqual(['张伟', '张芳'])
    const file = await t.call('members.export', { kind: 'list', format: 'csv', filter })
    expect(file.rows).toBe(2)
    const [header, ...rows] = csvRows(await generatedBytes(t.core, file))
    const nameAt = (header ?? []).indexOf('姓名')
    const idAt = (header ?? []).indexOf('证件号码')
    expect(rows.map((r) => r[nameAt]).sort()).toEqual(['张伟', '张芳'])
    for (const r of rows) expect(r[idAt]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/)
  })
})

/**
 * A register of several query pages and event batches (1,000 each), so the stream crosses their boundaries.
 * The result carries a reference, never the content; the file read back has every member once, in list order.
 */
describe('导出全部会员 streamed to a file', { timeout: 120_000 }, () => {
  const N = 5_200
  let t: TestCore
  let members: Array<{ name: string; id_number: string; bank_account: string | null }>
  const column = (key: string) => memberColumns.findIndex((c) => c.key === key)

  beforeAll(async () => {
    t = await createTestCore()
    await t.call('demo.load', { members: N })
    members = await t.core.db
      .selectFrom('member')
      .select(['name', 'id_number', 'bank_account'])
      .orderBy('name_pinyin')
      .orderBy('id')
      .execute()
    expect(members.length).toBe(N)
  })
  afterAll(async () => t.close())

  it('.xlsx, masked: one row per member in the list\'s name order, IDs and accounts masked', async () => {
    const file = await t.call('members.export', { kind: 'full', format: 'xlsx' })
    expect(Object.keys(file).sort()).toEqual(['bytes', 'fileName', 'ref', 'rows'])
    expect(file).toMatchObject({ rows: N, fileName: expect.stringMatching(/^会员名册-全部-\d{8}\.xlsx$/) })
    const bytes = await generatedBytes(t.core, file)
    expect(bytes.length).toBe(file.bytes)
    const [header, ...rows] = await xlsxRows(bytes)
    expect(header).toEqual(memberColumns.map((c) => c.header))
    expect(rows.length).toBe(N)
    expect(rows.map((r) => r[column('seq')])).toEqual(members.map((_, i) => String(i + 1)))
    expect(rows.map((r) => r[column('name')])).toEqual(members.map((m) => m.name))
    expect(rows.map((r) => r[column('idNumber')])).toEqual(members.map((m) => maskIdNumber(m.id_number)))
    expect(rows.map((r) => r[column('bankAccount')])).toEqual(members.map((m) => (m.bank_account ? maskBankAccount(m.bank_account) : '')))
  })

  it('.xlsx, unmasked: ID numbers and accounts whole, as text cells (no digit lost to a number format)', async () => {
    const file = await t.call('members.exportUnmasked', { kind: 'full', format: 'xlsx', reason: '核对名册' })
    const bytes = await generatedBytes(t.core, file)
    const rows = (await xlsxRows(bytes)).slice(1)
    expect(rows.map((r) => r[column('idNumber')])).toEqual(members.map((m) => m.id_number))
    expect(await xlsxCellFormat(bytes, 2, column('idNumber') + 1)).toEqual({ numFmt: '@', type: 'string' })
    expect(rows.map((r) => r[column('bankAccount')])).toEqual(members.map((m) => m.bank_account ?? ''))
  })

  it('.csv with BOM, masked and unmasked: the same rows', async () => {
    const masked = await t.call('members.export', { kind: 'full', format: 'csv' })
    const bytes = await generatedBytes(t.core, masked)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = csvRows(bytes).slice(1)
    expect(rows.map((r) => r[column('name')])).toEqual(members.map((m) => m.name))
    expect(rows.map((r) => r[column('idNumber')])).toEqual(members.map((m) => maskIdNumber(m.id_number)))
    const whole = await t.call('members.exportUnmasked', { kind: 'full', format: 'csv', reason: '核对名册' })
    expect(whole.rows).toBe(N)
    expect(csvRows(await generatedBytes(t.core, whole)).slice(1).map((r) => r[column('idNumber')])).toEqual(members.map((m) => m.id_number))
  })

  it('leaves only whole files in the outbox: one folder per reference, no temporary file', async () => {
    const file = await t.call('members.export', { kind: 'full', format: 'csv' })
    const entries = await readdir(outboxDir(t.core.dataDir))
    expect(entries).toContain(file.ref)
    expect(entries.filter((e) => e.endsWith('.part'))).toEqual([])
  })
})
