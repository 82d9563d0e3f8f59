import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, makeId } from './fixtures'

const csvLines = (contentBase64: string) => Buffer.from(contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n')

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
    const [header, ...rows] = csvLines(file.contentBase64)
    const nameAt = (header ?? '').split(',').indexOf('姓名')
    const idAt = (header ?? '').split(',').indexOf('证件号码')
    expect(rows.map((r) => r.split(',')[nameAt]).sort()).toEqual(['张伟', '张芳'])
    for (const r of rows) expect(r.split(',')[idAt]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/)
  })
})
