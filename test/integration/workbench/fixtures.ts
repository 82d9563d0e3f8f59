import { idCheckChar } from '../../../shared/identity/id-number'
import type { NewFormType } from '../../../shared/members/fields'
import type { MemberEventTypeColumn } from '../../../electron/core/db/schema/member_event'
import type { MemberStatusColumn } from '../../../electron/core/db/schema/member'
import type { TestCore } from '../../helpers/test-core'

/*
 * A small office with known counts for every to-do and figure of the workbench (issue 16). Rows go straight into the
 * tables, as the aid tests do: these tests are about what the workbench counts, not about how each record is entered.
 * TODAY is the day every call is made for.
 */
export const TODAY = '2026-12-02'
const at = '2026-01-01T00:00:00.000Z'
const stamp = { created_at: at, updated_at: at }
const id = (kind: string, n: number) => `00000000-0000-7000-8000-${kind}${String(n).padStart(12 - kind.length, '0')}`

export const ORG_A = id('orga', 1)
export const ORG_B = id('orgb', 1)
const ORG_GONE = id('orgc', 1)

function idNumber(n: number): string {
  const first17 = `11010119800101${String(n).padStart(3, '0')}`
  return `${first17}${idCheckChar(first17)}`
}

interface MemberSpec {
  n: number
  org: string
  status: MemberStatusColumn
  gender: '男' | '女'
  migrant?: boolean
  newForm?: NewFormType
  events: Array<[MemberEventTypeColumn, string] | [MemberEventTypeColumn, string, 'voided']>
}

/** 4 在会 (2 women, 2 migrant, 1 rider, 1 courier), 1 保留; joins this year 4 (one on 1 January, one today, one who also left), 1 departure. */
const members: MemberSpec[] = [
  { n: 1, org: ORG_A, status: 'active', gender: '女', migrant: true, newForm: '外卖送餐员', events: [['join', '2026-03-05']] },
  { n: 2, org: ORG_A, status: 'active', gender: '男', migrant: true, events: [['join', '2026-01-01']] },
  { n: 3, org: ORG_A, status: 'active', gender: '女', events: [['join', '2025-12-31']] },
  { n: 4, org: ORG_A, status: 'retained', gender: '女', events: [['join', '2024-06-01'], ['retain', '2026-05-01']] },
  { n: 5, org: ORG_A, status: 'transferred_out', gender: '男', events: [['join', '2026-02-10'], ['transfer_out', '2026-11-20']] },
  { n: 6, org: ORG_B, status: 'active', gender: '男', newForm: '快递员', events: [['join', '2026-12-02'], ['join', '2026-04-01', 'voided']] },
  { n: 7, org: ORG_B, status: 'withdrawn', gender: '女', events: [['join', '2020-01-01'], ['withdraw', '2025-05-05']] },
]
export const memberId = (n: number) => id('mem', n)

export async function seedWorkbench(t: TestCore): Promise<{ weiwen2026: string }> {
  const db = t.core.db
  await db.insertInto('org').values([
    { id: ORG_A, name: '木棠镇联合工会', type: '联合基层工会', status: 'active', ...stamp },
    { id: ORG_B, name: '新盈社区工会', type: '社区工会', status: 'active', ...stamp },
    { id: ORG_GONE, name: '已撤销工会', type: '企业工会', status: 'dissolved', ...stamp },
  ]).execute()
  await db.insertInto('enterprise').values([
    { id: id('ent', 1), org_id: ORG_A, name: '木棠农场有限公司', employee_count: 30 },
    { id: id('ent', 2), org_id: ORG_A, name: '木棠物流有限公司', employee_count: 45 },
    { id: id('ent', 3), org_id: ORG_B, name: '新盈食品厂', employee_count: 25 },
    { id: id('ent', 4), org_id: ORG_GONE, name: '已关停工厂', employee_count: 100 },
  ]).execute()
  for (const m of members) {
    const idNo = idNumber(m.n)
    await db.insertInto('member').values({
      id: memberId(m.n), org_id: m.org, enterprise_id: null, name: `会员${m.n}`, id_number: idNo, id_kind: 'resident', gender: m.gender,
      birth_date: '1980-01-01', ethnicity: null, employment_status: null, education: null, skill_level: null, phone: null, hukou_type: null,
      hukou_place: null, political_status: null, employer_name: null, native_place: null, is_migrant: m.migrant ? 1 : 0, new_form_type: m.newForm ?? null,
      bank_name: null, bank_account: null, notes: null, status: m.status, name_rest: '员', name_pinyin: `huiyuan${m.n}`, name_initials: 'hy',
      name_key: `会员${m.n}`, name_given: null, id_reversed: [...idNo].reverse().join(''), ...stamp,
    }).execute()
    let e = 0
    for (const [type, date, voided] of m.events) {
      await db.insertInto('member_event').values({
        id: id(`ev${m.n}x`, ++e), member_id: memberId(m.n), org_id: m.org, type, date, reason: null, operator: '测试', created_at: at,
        to_org_id: null, to_text: null, voided_at: voided ? at : null, voided_by: voided ? '测试' : null, void_reason: voided ? '录错' : null,
      }).execute()
    }
  }

  const weiwen = { code: 'weiwen', name: '慰问金', budgetFen: 10_000_000, kind: 'fixed', amountFen: 50_000, materials: ['慰问申请表'] } as const
  const p2026 = await t.call('aid.addProgram', { program: { ...weiwen, year: 2026 } })
  const p2025 = await t.call('aid.addProgram', { program: { ...weiwen, year: 2025, budgetFen: 5_000_000 } })
  // Batches in 公示: one ended (approvable since 12-01), one ending within 2 days, one later; one already approved.
  const batch = (n: number, status: 'notice' | 'approved', end: string, earliest: string) => ({
    id: id('bat', n), title: `第${n}批`, program_id: p2026.id, status, notice_start: '2026-11-20', notice_end: end, notice_days: 5,
    earliest_approval: earliest, approved_on: null, approved_by: null, created_at: at, created_by: '测试',
  })
  await db.insertInto('aid_batch').values([
    batch(1, 'notice', '2026-11-30', '2026-12-01'),
    batch(2, 'notice', '2026-12-04', '2026-12-07'),
    batch(3, 'notice', '2026-12-10', '2026-12-11'),
    batch(4, 'approved', '2026-11-01', '2026-11-02'),
  ]).execute()
  const app = (n: number, status: 'paid' | 'reviewed' | 'submitted' | 'draft', fen: number, paidOn: string | null, programId = p2026.id) => ({
    id: id('app', n), program_id: programId, member_id: memberId(1), date: '2026-01-05', input_json: '{}', amount_fen: fen, self_paid_fen: null,
    eligible: 1 as const, breakdown_json: '[]', reasons_json: '[]', materials_json: '[]', status, batch_id: null, payee_name: '会员1', payee_relation: null,
    payee_id_number: null, bank_name: null, bank_account: null, entered_by: '测试', reviewed_by: null, return_reason: null, reject_reason: null,
    pay_method: paidOn ? ('cash' as const) : null, paid_on: paidOn, pay_reference: null, paid_by: paidOn ? '测试' : null, basis_json: null, ...stamp,
  })
  await db.insertInto('aid_application').values([
    app(1, 'paid', 50_000, '2026-03-10'),
    app(2, 'paid', 30_000, '2026-11-01'),
    app(3, 'reviewed', 10_000, null),
    app(4, 'submitted', 10_000, null),
    app(5, 'submitted', 10_000, null),
    app(6, 'draft', 10_000, null),
    // Last year's program, paid last December: neither this year's figures nor the 12 months of the chart.
    app(7, 'paid', 70_000, '2025-12-20', p2025.id),
  ]).execute()

  const file = (n: number, member: number, status: '建档' | '年度复核' | '脱困', due: string) => ({
    id: id('hds', n), member_id: memberId(member), status, category: null, category_reason: null, causes_json: '[]', address: null, phone: null,
    bank_name: null, bank_account: null, household_size: 3, annual_income_fen: 0, rigid_expenses_fen: 0, family_json: '[]', incomes_json: '[]',
    expenses_json: '[]', note: null, registered_on: '2025-11-01', last_reviewed_on: null, next_review_due: due, ...stamp,
  })
  await db.insertInto('hardship_file').values([
    file(1, 1, '建档', '2026-11-01'), // overdue
    file(2, 2, '年度复核', '2026-12-20'), // due within 30 days
    file(3, 3, '建档', '2027-02-01'), // later
    file(4, 4, '脱困', '2026-11-01'), // no longer registered
  ]).execute()

  const contract = (n: number, kind: '综合' | '工资专项' | '区域性', p: Record<string, string | number | null>) => ({
    id: id('cct', n), kind, title: `合同${n}`, union_side: null, employer_side: null, org_id: ORG_A, workers_computed: 0, workers_covered: 0,
    workers_reason: null, terms_json: '{}', body_text: null, request_date: null, reply_date: null, vote_total: null, vote_present: null,
    vote_approve: null, vote_date: null, signed_date: null, filed_date: null, received_date: null, objected: 0 as const, term_start: null,
    term_end: null, emergency: 0 as const, emergency_reason: null, renewal_started_date: null, ...stamp, ...p,
  })
  await db.insertInto('collective_contract').values([
    contract(1, '综合', { signed_date: '2026-01-10', filed_date: '2026-01-15', term_start: '2026-01-15', term_end: '2027-01-31', workers_covered: 75 }),
    contract(2, '工资专项', { request_date: '2026-11-20' }), // reply awaited
    contract(3, '区域性', { signed_date: '2026-10-01', term_start: '2026-10-01', term_end: '2029-09-30', workers_covered: 25 }), // filing late
    contract(4, '综合', { signed_date: '2023-01-01', filed_date: '2023-01-05', term_start: '2023-01-01', term_end: '2025-12-31', workers_covered: 500 }),
  ]).execute()

  const congress = (n: number, established: number, termEnd: string) => ({
    id: id('cgs', n), enterprise_id: id('ent', n), established, rules_on_file: 1, term_start: '2023-01-01', term_end: termEnd, ...stamp,
  })
  await db.insertInto('congress').values([
    congress(1, 1, '2026-10-01'), // ended
    congress(2, 1, '2027-02-01'), // ends within 90 days
    congress(3, 1, '2028-06-30'),
    congress(4, 0, '2026-01-01'), // not established
  ]).execute()
  return { weiwen2026: p2026.id }
}
