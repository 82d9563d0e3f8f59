import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, makeId } from '../members/fixtures'

describe('基层工会 orgs', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('saves a union with enterprises, validates the credit code, and computes counts from the register', async () => {
    const org = await t.call('orgs.save', {
      name: '木棠镇联合工会', type: '联合基层工会', creditCode: '81469023ma5tg1k26t', foundedOn: '2015-05-01', chairman: '王主席',
      enterprises: [{ name: '木棠农场有限公司', creditCode: '914403001922038216', industry: '农、林、牧、渔业', employeeCount: 30 }, { name: '木棠物流有限公司' }],
    })
    expect(org).toMatchObject({ creditCode: '81469023MA5TG1K26T', enterpriseCount: 2, counts: { members: 0 } })
    await addMember(t, org.id, '王芳', makeId('1990-05-06', 124))
    await t.call('members.save', { orgId: org.id, name: '李强', idNumber: makeId('1985-01-01', 11), isMigrant: true, newFormType: '快递员', enterpriseId: org.enterprises[0]?.id })
    const [listed] = await t.call('orgs.list', {})
    expect(listed?.counts).toEqual({ members: 2, women: 1, migrant: 1, newForm: 1 })
    const bad = await t.reply('orgs.save', { name: '另一工会', type: '企业工会', creditCode: '81469023MA5TG1K26U' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'creditCode' } })
  })

  it("refuses to take over another union's enterprise by its id, and changes nothing", async () => {
    const a = await t.call('orgs.save', { name: '木棠镇联合工会', type: '联合基层工会', enterprises: [{ name: '木棠农场有限公司' }] })
    const b = await t.call('orgs.save', { name: '木棠物流工会', type: '企业工会' })
    const theirs = a.enterprises[0]?.id ?? ''
    const before = await t.dump()
    const r = await t.reply('orgs.save', { id: b.id, name: b.name, type: b.type, enterprises: [{ id: theirs, name: '木棠农场有限公司' }] })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'enterprises', message: '要修改的企业不是本工会登记的覆盖企业' } })
    expect(await t.dump()).toBe(before)
    expect((await t.call('orgs.get', { id: a.id })).enterprises.map((e) => e.id)).toEqual([theirs])
  })

  it('refuses a second active union with the same name', async () => {
    await t.call('orgs.save', { name: '金江社区工会', type: '社区工会' })
    expect(await t.reply('orgs.save', { name: '金江社区工会', type: '社区工会' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'name' } })
  })

  it('merges a duplicate union: members and enterprises move, the old one stays as 已合并', async () => {
    const a = await t.call('orgs.save', { name: '老城工会', type: '企业工会', enterprises: [{ name: '老城厂' }] })
    const b = await t.call('orgs.save', { name: '老城镇工会', type: '企业工会' })
    await addMember(t, a.id, '甲', makeId('1980-01-01', 1))
    const r = await t.call('orgs.merge', { fromId: a.id, intoId: b.id })
    expect(r).toMatchObject({ movedMembers: 1, movedEnterprises: 1, from: { status: 'merged', mergedInto: b.id }, into: { counts: { members: 1 }, enterpriseCount: 1 } })
    expect((await t.call('orgs.list', {})).map((o) => o.name)).toEqual(['老城镇工会'])
    expect((await t.call('orgs.list', { includeInactive: true })).length).toBe(2)
  })

  it('refuses to dissolve while members are 在会, allows it once they are retained', async () => {
    const a = await t.call('orgs.save', { name: '福山公司工会', type: '企业工会' })
    const id = await addMember(t, a.id, '乙', makeId('1980-01-01', 3))
    const before = await t.dump()
    const r = await t.reply('orgs.dissolve', { id: a.id, date: '2024-06-30' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.dump()).toBe(before)
    await t.call('members.event', { memberId: id, type: 'retain', date: '2024-06-01', reason: '所在企业破产' })
    expect(await t.call('orgs.dissolve', { id: a.id, date: '2024-06-30' })).toMatchObject({ status: 'dissolved' })
    expect(await t.reply('members.save', { orgId: a.id, name: '丙', idNumber: makeId('1981-01-01', 5) })).toMatchObject({ ok: false, error: { code: 'WORKFLOW_STATE' } })
  })
})
