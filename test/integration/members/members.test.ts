import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, bytesPayload, makeId } from './fixtures'

describe('会员 members', () => {
  let t: TestCore
  let a: string
  let b: string
  beforeEach(async () => {
    t = await createTestCore()
    a = await addOrg(t, '木棠镇联合工会')
    b = await addOrg(t, '金江社区工会')
  })
  afterEach(async () => t.close())

  it('saves a member from a raw ID, fills birth date and gender, warns on a conflicting column', async () => {
    const r = await t.call('members.save', { orgId: a, name: ' 张𠮷祥 ', idNumber: '１１０１０５１９４９１２３１００２x', gender: '男', birthDate: '1949-12-31', joinDate: '2020-05-01', bankAccount: '6222 0212 3456 7890 123' })
    expect(r.member).toMatchObject({ name: '张𠮷祥', idNumber: '110105********002X', gender: '女', birthDate: '1949-12-31', bankAccount: '6222***********0123', status: 'active', orgName: '木棠镇联合工会' })
    expect(r.member.events).toMatchObject([{ type: 'join', date: '2020-05-01', operator: '测试员' }])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toContain('性别')
  })

  it('cleans a bank account as the import does: full-width digits and dashes; a short one is kept with a warning', async () => {
    const clean = await t.call('members.save', { orgId: a, name: '郑二', idNumber: makeId('1986-06-06', 21), bankAccount: '６２２２-０２１２-３４５６-７８９０' })
    expect(clean.warnings).toEqual([])
    expect((await t.call('members.revealDetail', { id: clean.member.id, reason: '核对' })).bankAccount).toBe('6222021234567890')
    const short = await t.call('members.save', { orgId: a, name: '郑三', idNumber: makeId('1987-07-07', 31), bankAccount: '12345' })
    expect(short.warnings).toEqual(['「银行账号」应为 8–30 位数字，已按原样保存'])
  })

  it('refuses a bad ID with its code and field and changes nothing', async () => {
    const before = await t.dump()
    const r = await t.reply('members.save', { orgId: a, name: '李四', idNumber: '46040019900307123X' })
    expect(r).toMatchObject({ ok: false, error: { code: 'ID_CHECKSUM', field: 'idNumber' } })
    expect(await t.dump()).toBe(before)
  })

  it('one active membership per ID number is held by the unique index (MEMBER_ACTIVE_ELSEWHERE)', async () => {
    await addMember(t, a, '王五', makeId('1990-01-01', 11))
    const before = await t.dump()
    const r = await t.reply('members.save', { orgId: b, name: '王五', idNumber: makeId('1990-01-01', 11) })
    expect(r).toMatchObject({ ok: false, error: { code: 'MEMBER_ACTIVE_ELSEWHERE', field: 'idNumber' } })
    expect(await t.dump()).toBe(before)
  })

  it('records lifecycle events and refuses transitions domain §3.4 forbids', async () => {
    const id = await addMember(t, a, '赵六', makeId('1985-03-03', 21))
    const out = await t.call('members.event', { memberId: id, type: 'transfer_out', date: '2024-01-01', reason: '劳动（工作）关系发生变化', toText: '海口市美兰区总工会' })
    expect(out).toMatchObject({ status: 'transferred_out', allowedEvents: ['transfer_in'] })
    const before = await t.dump()
    const refused = await t.reply('members.event', { memberId: id, type: 'retain', date: '2024-02-01' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED', field: 'type' } })
    expect(await t.dump()).toBe(before)
    const back = await t.call('members.event', { memberId: id, type: 'transfer_in', date: '2024-03-01', orgId: b })
    expect(back).toMatchObject({ status: 'active', orgId: b })
    expect(back.events.map((e) => [e.type, e.orgName])).toEqual([['join', '木棠镇联合工会'], ['transfer_out', '木棠镇联合工会'], ['transfer_in', '金江社区工会']])
    await t.call('members.event', { memberId: id, type: 'withdraw', date: '2024-04-01', reason: '个人要求退会' })
    expect((await t.call('members.event', { memberId: id, type: 'join', date: '2024-05-01' })).status).toBe('active')
  })

  it('refuses event dates before the previous event, in the future, or before age 16', async () => {
    const id = await addMember(t, a, '孙七', makeId('1990-06-01', 31), '2020-01-01')
    expect(await t.reply('members.event', { memberId: id, type: 'retain', date: '2019-12-31' })).toMatchObject({ ok: false, error: { field: 'date' } })
    expect(await t.reply('members.event', { memberId: id, type: 'retain', date: '2030-01-01' })).toMatchObject({ ok: false, error: { field: 'date' } })
    expect(await t.reply('members.save', { orgId: a, name: '少年', idNumber: makeId('2015-01-01', 41), joinDate: '2020-01-01' })).toMatchObject({ ok: false, error: { field: 'date' } })
  })

  it('an expelled member cannot do anything without a supervisor', async () => {
    const id = await addMember(t, a, '钱八', makeId('1980-01-01', 51))
    await t.call('members.event', { memberId: id, type: 'expel', date: '2024-01-01', reason: '因犯罪被开除会籍' })
    expect(await t.reply('members.event', { memberId: id, type: 'join', date: '2024-02-01' })).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } })
  })

  it('a transfer writes 转出 and 转入 on the same date in one action', async () => {
    const id = await addMember(t, a, '周九', makeId('1988-08-08', 61))
    const m = await t.call('members.transfer', { memberId: id, toOrgId: b, date: '2024-06-01', reason: '劳动（工作）关系发生变化' })
    expect(m).toMatchObject({ status: 'active', orgId: b })
    expect(m.events.slice(1).map((e) => [e.type, e.date, e.orgId])).toEqual([['transfer_out', '2024-06-01', a], ['transfer_in', '2024-06-01', b]])
    const orgs = await t.call('orgs.list', {})
    expect(orgs.map((o) => [o.name, o.counts.members])).toEqual([['木棠镇联合工会', 0], ['金江社区工会', 1]])
  })

  it('changing the union by editing is refused (it must be a transfer)', async () => {
    const id = await addMember(t, a, '吴十', makeId('1988-08-08', 71))
    expect(await t.reply('members.save', { id, orgId: b, name: '吴十' })).toMatchObject({ ok: false, error: { code: 'WORKFLOW_STATE', field: 'orgId' } })
  })

  it('masks IDs, phones and bank accounts everywhere except the audited reveal methods', async () => {
    const id = (await t.call('members.save', { orgId: a, name: '郑一', idNumber: '469023198808080096', phone: '13800138000', bankAccount: '6222021234567890' })).member.id
    const list = await t.call('members.list', {})
    expect(list.items[0]).toMatchObject({ idNumber: '469023********0096', phone: '138****8000' })
    expect((await t.call('members.get', { id })).bankAccount).toBe('6222********7890')
    expect(await t.reply('members.revealDetail', { id, reason: '发放慰问金核对' }, 'clerk')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const revealed = await t.call('members.revealDetail', { id, reason: '发放慰问金核对' })
    expect(revealed).toMatchObject({ idNumber: '469023198808080096', bankAccount: '6222021234567890' })
    expect((await t.call('members.revealList', { reason: '上报名册' })).items[0]?.idNumber).toBe('469023198808080096')
    expect(await t.dump()).toContain('members.revealDetail')
  })

  it('search finds by name, given name, pinyin, initials, ID prefix, last 4, birth date, phone and union name', async () => {
    await t.call('members.save', { orgId: a, name: '张𠮷祥', idNumber: '469023198808080096', phone: '13800138000' })
    await t.call('members.save', { orgId: b, name: '李明', idNumber: '11010519491231002X' })
    const first = async (q: string) => (await t.call('members.search', { q }))[0]
    expect(await first('张')).toMatchObject({ name: '张𠮷祥', matchedBy: 'name' })
    expect(await first('𠮷')).toMatchObject({ name: '张𠮷祥', matchedBy: 'name' })
    expect(await first('zjx')).toMatchObject({ name: '张𠮷祥', matchedBy: 'initials' })
    expect(await first('zhang')).toMatchObject({ name: '张𠮷祥', matchedBy: 'pinyin' })
    expect(await first('0096')).toMatchObject({ name: '张𠮷祥', matchedBy: 'idNumber' })
    expect(await first('002x')).toMatchObject({ name: '李明', matchedBy: 'idNumber' })
    expect(await first('469023')).toMatchObject({ name: '张𠮷祥', matchedBy: 'idNumber' })
    expect(await first('19880808')).toMatchObject({ name: '张𠮷祥', matchedBy: 'birthDate' })
    expect(await first('1380013')).toMatchObject({ name: '张𠮷祥', matchedBy: 'phone' })
    expect(await first('金江')).toMatchObject({ name: '李明', matchedBy: 'org' })
    expect(await t.call('members.search', { q: 'xyz' })).toEqual([])
  })

  it('lists with filters, server-side sort and paging, and a total', async () => {
    for (let i = 0; i < 7; i++) await addMember(t, i % 2 ? a : b, `成员${'甲乙丙丁戊己庚'[i]}`, makeId(`19${80 + i}-01-01`, 100 + i))
    const page = await t.call('members.list', { orgId: a, pageSize: 2, page: 2, sort: 'birthDate', order: 'desc' })
    expect(page.total).toBe(3)
    expect(page.items.map((m) => m.birthDate)).toEqual(['1981-01-01'])
    expect((await t.call('members.list', { gender: '女' })).total).toBe(4) // even sequence numbers
    expect((await t.call('members.list', { ageMin: 40, ageMax: 42 })).items.map((m) => m.age).sort()).toEqual([40, 41, 42])
  })

  it('checks an ID in the CLI shape', async () => {
    expect(await t.call('members.idCheck', { value: '469023198808080096' })).toEqual({ valid: true, normalized: '469023198808080096', kind: 'resident', birthDate: '1988-08-08', gender: '男', warnings: [], error: null })
    expect(await t.call('members.idCheck', { value: '469023199202301231' })).toMatchObject({ valid: false, normalized: null, error: expect.stringContaining('不存在') })
  })
})

describe('list totals from the tally', () => {
  it('stay equal to a count over member through inserts, events, transfers, edits and imports', async () => {
    const t = await createTestCore()
    try {
      await t.call('demo.load', { members: 400, seed: 3 })
      const orgs = await t.call('orgs.list', {})
      const some = (await t.call('members.list', { status: 'active', pageSize: 3 })).items
      const [x, y, z] = some
      if (!x || !y || !z) throw new Error('demo data too small')
      await t.call('members.transfer', { memberId: x.id, toOrgId: orgs.find((o) => o.id !== x.orgId)?.id ?? '', date: '2026-11-01' })
      await t.call('members.event', { memberId: y.id, type: 'retain', date: '2026-11-01' })
      await t.call('members.save', { id: z.id, orgId: z.orgId, name: z.name, isMigrant: !z.isMigrant, newFormType: '快递员' })
      // An import: one new member and one changed (migrant flag and 新就业形态 flipped), through the real import path.
      const w = (await t.call('members.revealList', { status: 'active', pageSize: 4, reason: '核对名册' })).items[3]
      const org = orgs[0]
      if (!w || !org) throw new Error('demo data too small')
      const csv = [
        '姓名,身份证号码,所属工会,是否农民工会员,新就业形态类型',
        `新会员,${makeId('1992-02-02', 12)},${org.name},是,快递员`,
        `${w.name},${w.idNumber},${w.orgName},${w.isMigrant ? '否' : '是'},${w.newFormType === '外卖送餐员' ? '快递员' : '外卖送餐员'}`,
      ].join('\n')
      const imported = await t.call('members.importCommit', { file: bytesPayload(new TextEncoder().encode(csv), '会员.csv') })
      expect(imported).toMatchObject({ total: 2, inserted: 1, updated: 1, rejected: 0 })
      const filters = [{}, { status: 'active' as const }, { gender: '女' as const, migrant: true }, { orgId: orgs[0]?.id ?? '', status: 'retained' as const }, { orgId: org.id, status: 'active' as const }, { newFormType: '快递员' as const }, { newFormType: '外卖送餐员' as const }]
      for (const f of filters) {
        const fromTally = (await t.call('members.list', f)).total
        const counted = (await t.call('members.list', { ...f, ageMin: 0 })).total
        expect(fromTally).toBe(counted)
      }
    } finally {
      await t.close()
    }
  })
})
