import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIdNumber } from '../../../shared/identity/id-number'
import { createTestCore, type TestCore } from '../../helpers/test-core'

describe('示例数据 demo.load', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('fills an empty register with valid, varied members and events, and refuses a second time', async () => {
    const r = await t.call('demo.load', { members: 1500, seed: 7 })
    expect(r).toMatchObject({ members: 1500, orgs: 5 })
    expect(r.events).toBeGreaterThan(1500)
    const all = await t.call('members.revealList', { pageSize: 500, reason: '测试核对' })
    expect(all.total).toBe(1500)
    for (const m of all.items) expect(checkIdNumber(m.idNumber, { today: '2026-11-23' }).valid).toBe(true)
    const names = (await t.core.db.selectFrom('member').select('name').execute()).map((m) => m.name)
    expect(names.some((n) => n.includes('·'))).toBe(true)
    expect(names.some((n) => /[䶮𠮷]/u.test(n))).toBe(true)
    const statuses = new Set((await t.core.db.selectFrom('member').select('status').execute()).map((m) => m.status))
    expect(statuses).toEqual(new Set(['active', 'retained', 'withdrawn', 'transferred_out']))
    const before = await t.dump()
    expect(await t.reply('demo.load', { members: 10 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.dump()).toBe(before)
  })
})
