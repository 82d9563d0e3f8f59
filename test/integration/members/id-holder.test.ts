import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { addMember, addOrg, coreWithUnion, makeId } from './fixtures'

/** Issue 13 item 14: a clerk typing an ID number that is already on the register learns at once who holds it. */
describe('会员: who holds an ID number', () => {
  let t: TestCore
  let orgId: string
  const id = makeId('1985-07-09', 11)
  beforeEach(async () => {
    ;({ t, orgId } = await coreWithUnion())
  })
  afterEach(async () => t.close())

  it('names the member, the union and the status, read-only and in any typed form of the number', async () => {
    const memberId = await addMember(t, orgId, '张三', id)
    const before = await t.dump()
    const holder = await t.call('members.findByIdNumber', { idNumber: ` ${id.slice(0, 6)} ${id.slice(6)} ` })
    expect(holder).toMatchObject({ memberId, name: '张三', orgName: '木棠镇联合工会', status: 'active', blocking: true })
    expect(holder?.message).toContain('张三')
    expect(holder?.message).toContain('木棠镇联合工会')
    expect(holder?.message).not.toContain(id)
    expect(await t.call('members.findByIdNumber', { idNumber: id, exceptId: memberId })).toBeNull()
    expect(await t.call('members.findByIdNumber', { idNumber: makeId('1985-07-09', 13) })).toBeNull()
    expect(await t.dump()).toBe(before)
  })

  it('refuses a second membership with the same sentence, naming who holds it, and changes nothing', async () => {
    await addMember(t, orgId, '张三', id)
    const other = await addOrg(t, '加乐镇联合工会')
    const holder = await t.call('members.findByIdNumber', { idNumber: id })
    const before = await t.dump()
    const r = await t.reply('members.save', { orgId: other, name: '张叁', idNumber: id, joinDate: '2024-01-01' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'MEMBER_ACTIVE_ELSEWHERE', field: 'idNumber', message: holder?.message })
    expect(await t.dump()).toBe(before)
  })

  it('points to the old record of someone who left, instead of a second record', async () => {
    const memberId = await addMember(t, orgId, '张三', id)
    await t.call('members.event', { memberId, type: 'withdraw', date: '2024-05-01' })
    const holder = await t.call('members.findByIdNumber', { idNumber: id })
    expect(holder).toMatchObject({ memberId, status: 'withdrawn', blocking: false })
    const r = await t.reply('members.save', { orgId, name: '张三', idNumber: id, joinDate: '2024-06-01' })
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', field: 'idNumber', message: holder?.message })
  })
})
