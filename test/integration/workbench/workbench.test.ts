import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WorkbenchLink } from '../../../shared/contract/workbench'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { aidContract } from '../../../shared/contract/aid'
import { memberFilterFromUrl } from '../../../renderer/members/filter-from-url'
import { filterFromUrl } from '../../../renderer/ui/url-filter'
import { memberId, ORG_A, ORG_B, seedWorkbench, TODAY } from './fixtures'

describe('工作台: to-dos, figures and charts with known counts', () => {
  let t: TestCore
  let weiwen2026: string
  beforeEach(async () => {
    t = await createTestCore()
    ;({ weiwen2026 } = await seedWorkbench(t))
  })
  afterEach(async () => t.close())

  it('counts every to-do, each with the list it opens', async () => {
    const { today, items } = await t.call('workbench.todos', { today: TODAY })
    expect(today).toBe(TODAY)
    expect(items.map((i) => [i.key, i.count, i.tone])).toEqual([
      ['aidNotice', 2, 'red'],
      ['aidReview', 2, 'amber'],
      ['hardshipReview', 2, 'red'],
      ['contractDeadlines', 2, 'red'],
      ['contractsExpiring', 1, 'amber'],
      ['congressTerms', 2, 'red'],
      ['backupOverdue', 1, 'red'],
    ])
    const link = (key: string) => items.find((i) => i.key === key)?.link
    expect(link('aidNotice')).toEqual({ path: '/aid/batches', query: { status: 'notice' } })
    expect(link('hardshipReview')).toEqual({ path: '/hardship', query: { reviewDueBy: '2027-01-01' } })
    expect(link('contractsExpiring')).toEqual({ path: '/contracts', query: { expiringDays: '90' } })
    expect(link('congressTerms')).toEqual({ path: '/congress', query: { termEndBy: '2027-03-02' } })
    expect(items.find((i) => i.key === 'aidNotice')?.detail).toBe('1 批公示期满待批准，1 批公示将于 2 日内结束')
    expect(items.find((i) => i.key === 'contractDeadlines')?.detail).toBe('1 份要约等待回应，1 份已签订逾期未报送备案')
  })

  it('opens, through each list method and the link query, exactly the records a to-do counts', async () => {
    const { items } = await t.call('workbench.todos', { today: TODAY })
    const q = (key: string) => items.find((i) => i.key === key)?.link.query ?? {}
    const hardship = await t.call('hardship.list', { reviewDueBy: q('hardshipReview').reviewDueBy })
    expect(hardship.items.map((f) => f.id).sort()).toEqual(['00000000-0000-7000-8000-hds000000001', '00000000-0000-7000-8000-hds000000002'])
    expect(hardship.total).toBe(2)
    const expiring = await t.call('contracts.list', { expiringDays: Number(q('contractsExpiring').expiringDays), today: TODAY })
    expect(expiring.map((c) => c.title)).toEqual(['合同1'])
    const terms = await t.call('congress.overview', { termEndBy: q('congressTerms').termEndBy, today: TODAY })
    expect(terms.total).toBe(2)
    expect(terms.items.map((e) => e.enterpriseName).sort()).toEqual(['木棠农场有限公司', '木棠物流有限公司'])
    expect((await t.call('aid.listApplications', { status: 'submitted' })).total).toBe(2)
  })

  it('shows each role only the to-dos whose list it may open', async () => {
    const viewer = await t.call('workbench.todos', { today: TODAY }, 'viewer')
    expect(viewer.items.map((i) => i.key)).not.toContain('backupOverdue')
    expect(viewer.items.map((i) => i.key)).toContain('aidReview')
  })

  it('leaves out what is not due', async () => {
    // In 2019 no 公示, review, term or filing was due yet; what waits on nobody's date (applications submitted, a reply
    // still awaited, a backup never made) stays.
    const { items } = await t.call('workbench.todos', { today: '2019-06-01' })
    expect(items.map((i) => [i.key, i.count])).toEqual([['aidReview', 2], ['contractDeadlines', 1], ['backupOverdue', 1]])
  })

  it('computes the figures from the register, events, aid and contracts', async () => {
    const f = await t.call('workbench.figures', { today: TODAY })
    expect(f.members.newForm[0]?.link).toEqual({ path: '/members', query: { status: 'active', newFormType: '快递员' } })
    expect({ ...f.members, newForm: f.members.newForm.map(({ type, count }) => ({ type, count })) }).toEqual({
      active: 4,
      retained: 1,
      women: 2,
      migrant: 2,
      newForm: [
        { type: '快递员', count: 1 }, { type: '外卖送餐员', count: 1 }, { type: '网约车司机', count: 0 },
        { type: '货车司机', count: 0 }, { type: '网约家政', count: 0 }, { type: '其他', count: 0 },
      ],
    })
    // 1 January and today are in; 31 December and the voided join are not; the member who joined and left counts in both.
    expect([f.joinsThisYear, f.departuresThisYear]).toEqual([4, 1])
    expect([f.unions, f.enterprises, f.enterpriseWorkers]).toEqual([2, 3, 100])
    expect(f.aid).toEqual([
      { programId: weiwen2026, code: 'weiwen', name: '慰问金', budgetFen: 10_000_000, paidFen: 80_000, committedFen: 10_000, link: { path: '/aid/applications', query: { programId: weiwen2026, status: 'paid' } } },
    ])
    expect([f.contracts, f.contractWorkers]).toEqual([2, 100])
  })

  it('the member figures are what the member list shows behind them', async () => {
    const f = await t.call('workbench.figures', { today: TODAY })
    const total = async (l: WorkbenchLink) => {
      const q = l.query
      const r = await t.call('members.list', { status: 'active', gender: q.gender === '女' ? '女' : undefined, migrant: q.migrant === 'true' ? true : undefined })
      return r.total
    }
    expect(await total(f.links.members)).toBe(f.members.active)
    expect(await total(f.links.women)).toBe(f.members.women)
    expect(await total(f.links.migrant)).toBe(f.members.migrant)
  })

  it('draws the charts: unions, 24 months of joins and departures, aid by month and program, coverage by kind', async () => {
    const c = await t.call('workbench.charts', { today: TODAY })
    expect(c.membersByUnion).toEqual([
      { label: '木棠镇联合工会', value: 3, link: { path: '/members', query: { status: 'active', orgId: ORG_A } } },
      { label: '新盈社区工会', value: 1, link: { path: '/members', query: { status: 'active', orgId: ORG_B } } },
    ])
    expect(c.months).toHaveLength(24)
    expect([c.months[0], c.months[23]]).toEqual(['2025-01', '2026-12'])
    const at = (m: string) => c.months.indexOf(m)
    const nonZero = (xs: number[]) => Object.fromEntries(xs.flatMap((v, i) => (v ? [[c.months[i], v]] : [])))
    expect(nonZero(c.joins)).toEqual({ '2025-12': 1, '2026-01': 1, '2026-02': 1, '2026-03': 1, '2026-12': 1 })
    expect(nonZero(c.departures)).toEqual({ '2025-05': 1, '2026-11': 1 })
    expect(at('2024-06')).toBe(-1)
    expect(c.aidMonths).toEqual(c.months.slice(12))
    expect(c.aidByProgram).toHaveLength(1)
    expect(c.aidByProgram[0]?.name).toBe('慰问金')
    expect(Object.fromEntries((c.aidByProgram[0]?.bars ?? []).filter((b) => b.value).map((b) => [b.label, b.value]))).toEqual({ '2026-03': 50_000, '2026-11': 30_000 })
    expect(c.coverageByKind.filter((k) => k.contracts).map((k) => [k.kind, k.contracts, k.workers, k.link.query.kind])).toEqual([
      ['综合', 1, 75, '综合'],
      ['区域性', 1, 25, '区域性'],
    ])
  })

  it('each month\'s bar of joins or departures is the total of the member list it opens', async () => {
    // Joined, withdrew and joined again in March 2026: one member who joined that month, and one who left.
    const at = '2026-03-20T00:00:00.000Z'
    const idNo = '110101198001010081'
    await t.core.db.insertInto('member').values({
      id: memberId(8), org_id: ORG_B, enterprise_id: null, name: '会员8', id_number: idNo, id_kind: 'resident', gender: '男', birth_date: '1980-01-01',
      ethnicity: null, employment_status: null, education: null, skill_level: null, phone: null, hukou_type: null, hukou_place: null, political_status: null,
      employer_name: null, native_place: null, is_migrant: 0, new_form_type: null, bank_name: null, bank_account: null, notes: null, status: 'active',
      name_rest: '员', name_pinyin: 'huiyuan8', name_initials: 'hy', name_key: '会员8', name_given: null, id_reversed: [...idNo].reverse().join(''), created_at: at, updated_at: at,
    }).execute()
    const event = (n: number, type: 'join' | 'withdraw', date: string) => ({
      id: `00000000-0000-7000-8000-ev8x${String(n).padStart(8, '0')}`, member_id: memberId(8), org_id: ORG_B, type, date, reason: null, operator: '测试',
      created_at: at, to_org_id: null, to_text: null, voided_at: null, voided_by: null, void_reason: null,
    })
    await t.core.db.insertInto('member_event').values([event(1, 'join', '2026-03-02'), event(2, 'withdraw', '2026-03-10'), event(3, 'join', '2026-03-20')]).execute()

    const c = await t.call('workbench.charts', { today: TODAY })
    const march = c.months.indexOf('2026-03')
    expect(c.joinLinks[march]).toEqual({ path: '/members', query: { event: 'join', eventFrom: '2026-03-01', eventTo: '2026-03-31' } })
    // The current month's bar counts up to today, as its list does.
    expect(c.departureLinks[23]).toEqual({ path: '/members', query: { event: 'transfer_out,expel,withdraw', eventFrom: '2026-12-01', eventTo: TODAY } })
    expect([c.joins[march], c.departures[march]]).toEqual([2, 1])
    const listed = async (l: WorkbenchLink | undefined) => {
      if (!l) throw new Error('a bar without its list')
      // The list screen reads the link's query as the URL it is opened with.
      const r = await t.call('members.list', { ...memberFilterFromUrl(new URLSearchParams(l.query)), pageSize: 500 })
      expect(r.items).toHaveLength(r.total)
      return r
    }
    expect((await listed(c.joinLinks[march])).items.map((m) => m.name).sort()).toEqual(['会员1', '会员8'])
    for (const [i] of c.months.entries()) {
      expect((await listed(c.joinLinks[i])).total).toBe(c.joins[i])
      expect((await listed(c.departureLinks[i])).total).toBe(c.departures[i])
    }
    // The voided join of April 2026 is neither counted nor listed.
    expect(c.joins[c.months.indexOf('2026-04')]).toBe(0)
  })

  it('each month\'s bar of aid paid is the sum of the applications its list shows, over every version of the program', async () => {
    const p2025 = await t.core.db.selectFrom('aid_program').select('id').where('code', '=', 'weiwen').where('year', '=', 2025).executeTakeFirstOrThrow()
    const app = await t.core.db.selectFrom('aid_application').selectAll().where('paid_on', '=', '2025-12-20').executeTakeFirstOrThrow()
    // Paid in March 2026 under last year's version of 慰问金; and one paid on 1 April, just outside the month.
    await t.core.db.insertInto('aid_application').values([
      { ...app, id: '00000000-0000-7000-8000-app000000091', program_id: p2025.id, amount_fen: 20_000, paid_on: '2026-03-31' },
      { ...app, id: '00000000-0000-7000-8000-app000000092', program_id: weiwen2026, amount_fen: 5_000, paid_on: '2026-04-01' },
    ]).execute()
    const c = await t.call('workbench.charts', { today: TODAY })
    const bars = c.aidByProgram[0]?.bars ?? []
    const march = bars.find((b) => b.label === '2026-03')
    expect(march?.value).toBe(70_000)
    expect(march?.link).toEqual({ path: '/aid/applications', query: { programCode: 'weiwen', status: 'paid', paidFrom: '2026-03-01', paidTo: '2026-03-31' } })
    for (const bar of bars) {
      if (!bar.link) throw new Error('a bar without its list')
      // The applications page reads the link's query as the URL it is opened with.
      const r = await t.call('aid.listApplications', { ...filterFromUrl(new URLSearchParams(bar.link.query), aidContract['aid.listApplications'].input), limit: 500 })
      expect(r.items).toHaveLength(r.total)
      expect(r.items.reduce((s, a) => s + a.amountFen, 0)).toBe(bar.value)
    }
  })

  it('sums the smaller unions into one bar that opens the whole register', async () => {
    const at = '2026-01-01T00:00:00.000Z'
    for (let i = 0; i < 13; i++) {
      const id = `00000000-0000-7000-8000-orgx${String(i).padStart(8, '0')}`
      await t.core.db.insertInto('org').values({ id, name: `小工会${String(i).padStart(2, '0')}`, type: '企业工会', status: 'active', created_at: at, updated_at: at }).execute()
      await t.core.db.insertInto('member_tally').values({ org_id: id, status: 'active', gender: '', is_migrant: 0, new_form_type: '', n: 2 }).execute()
    }
    const c = await t.call('workbench.charts', { today: TODAY })
    expect(c.membersByUnion).toHaveLength(13)
    expect(c.membersByUnion.at(-1)).toEqual({ label: '其他 3 家', value: 2 + 2 + 1, link: { path: '/members', query: { status: 'active' } } })
  })

  it('refuses a date that is not one, naming the field', async () => {
    const r = await t.reply('workbench.figures', { today: '2026-13-01' })
    expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(['INVALID_INPUT', 'today'])
  })
})
