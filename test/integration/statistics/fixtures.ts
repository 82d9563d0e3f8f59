import type { Gender } from '../../../shared/members/fields'
import { compliant } from '../congress/fixtures'
import { makeId } from '../members/fixtures'
import type { TestCore } from '../../helpers/test-core'

/*
 * A small office with known counts on both sides of the statistical year's boundary (30 September / 1 October), for
 * the 2026 return (2025-10-01 … 2026-09-30) and the 2025 one before it. Unions, members and their events, contracts
 * and congresses go through the dispatcher; paid aid, hardship files and mediation cases are written straight into
 * their tables (their workflows have their own tests), with dates the workflows would give them.
 */

const at = '2026-11-01T00:00:00.000Z'

export interface StatisticsOffice {
  org: { a: string; b: string; c: string; d: string; e: string }
  member: Record<'zhang1' | 'wang2' | 'li3' | 'zhao4' | 'qian5' | 'sun6' | 'zhou7' | 'wu8' | 'feng10', string>
  enterprise: Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5', string>
}

let seq = 100
async function member(t: TestCore, orgId: string, name: string, gender: Gender, joinDate: string, extra: { isMigrant?: boolean; newFormType?: '快递员' | '外卖送餐员' } = {}) {
  // GB 11643 digit 17: odd for men, even for women.
  seq += (seq % 2 === 0) === (gender === '女') ? 2 : 1
  const saved = await t.call('members.save', { orgId, name, gender, idNumber: makeId('1990-01-01', seq), joinDate, ...extra })
  return saved.member.id
}

export async function buildStatisticsOffice(t: TestCore): Promise<StatisticsOffice> {
  await t.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  const a = await t.call('orgs.save', {
    name: '甲镇联合工会', type: '联合基层工会', foundedOn: '2020-05-01',
    enterprises: [{ name: '甲一机械有限公司', employeeCount: 100 }, { name: '甲二食品厂', employeeCount: 50 }],
  })
  // Founded on the last day of the 2026 year, on the first day of the next, and on the first day of 2026.
  const b = await t.call('orgs.save', { name: '乙社区工会', type: '社区工会', foundedOn: '2026-09-30', enterprises: [{ name: '乙三物业公司', employeeCount: 40 }] })
  const c = await t.call('orgs.save', { name: '丙公司工会', type: '企业工会', foundedOn: '2026-10-01', enterprises: [{ name: '丙四科技有限公司', employeeCount: 30 }] })
  const d = await t.call('orgs.save', { name: '丁村工会', type: '村工会', foundedOn: '2025-10-01', enterprises: [{ name: '丁五合作社' }] })
  const e = await t.call('orgs.save', { name: '戊厂工会', type: '企业工会', foundedOn: '2019-01-01' })
  await t.call('orgs.dissolve', { id: e.id, date: '2026-03-01', reason: '企业关闭' })
  const ent = (o: typeof a, i: number) => {
    const found = o.enterprises[i]
    if (!found) throw new Error('enterprise not saved')
    return found.id
  }
  const enterprise = { e1: ent(a, 0), e2: ent(a, 1), e3: ent(b, 0), e4: ent(c, 0), e5: ent(d, 0) }

  const m = {
    zhang1: await member(t, a.id, '张一', '女', '2020-01-01', { isMigrant: true }),
    wang2: await member(t, a.id, '王二', '男', '2026-09-30'),
    li3: await member(t, a.id, '李三', '女', '2026-10-01'),
    zhao4: await member(t, a.id, '赵四', '男', '2025-10-01', { newFormType: '快递员' }),
    // Joins and leaves within the 2026 year.
    qian5: await member(t, a.id, '钱五', '女', '2025-11-01'),
    sun6: await member(t, a.id, '孙六', '男', '2019-05-01'),
    zhou7: await member(t, a.id, '周七', '女', '2018-01-01'),
    wu8: await member(t, a.id, '吴八', '男', '2021-01-01', { isMigrant: true, newFormType: '外卖送餐员' }),
    feng10: await member(t, a.id, '冯十', '男', '2022-01-01'),
  }
  await t.call('members.event', { memberId: m.qian5, type: 'withdraw', date: '2026-06-01', reason: '个人要求退会' })
  await t.call('members.event', { memberId: m.sun6, type: 'retain', date: '2025-09-30', reason: '失业' })
  await t.call('members.event', { memberId: m.zhou7, type: 'transfer_out', date: '2025-10-01', reason: '劳动关系发生变化', toText: '外县某工会' })
  // A transfer between two unions of the office: 转出 at 甲, 转入 at 丁, same day.
  await t.call('members.transfer', { memberId: m.wu8, toOrgId: d.id, date: '2026-02-01', reason: '劳动关系发生变化' })
  await t.call('members.event', { memberId: m.feng10, type: 'expel', date: '2026-09-30', reason: '因犯罪被开除会籍' })

  await t.call('contracts.save', { kind: '综合', title: '甲镇综合集体合同', union: a.name, enterprises: ['甲一机械有限公司', '甲二食品厂'], signedDate: '2026-09-30' })
  await t.call('contracts.save', { kind: '工资专项', title: '甲一工资专项集体合同', union: a.name, enterprises: ['甲一机械有限公司'], signedDate: '2025-10-01' })
  await t.call('contracts.save', { kind: '区域性', title: '乙社区区域性集体合同', union: b.name, enterprises: ['乙三物业公司'], signedDate: '2026-10-01' })
  await t.call('contracts.save', { kind: '综合', title: '甲二综合集体合同（上期）', union: a.name, enterprises: ['甲二食品厂'], signedDate: '2025-09-30' })
  await t.call('contracts.save', { kind: '综合', title: '未签订的草案', union: a.name, enterprises: ['甲一机械有限公司'] })

  const base = compliant()
  const session = base.sessions?.[0]
  if (!session) throw new Error('fixture without a session')
  await t.call('congress.save', {
    ...base, enterprise: '甲一机械有限公司', union: a.name, termStart: '2025-10-01', termEnd: '2028-09-30',
    sessions: [{ ...session, date: '2025-10-01' }, { ...session, date: '2026-09-30' }],
  })
  await t.call('congress.save', { ...compliant(), enterprise: '乙三物业公司', union: b.name, established: false, termStart: null, termEnd: null, sessions: [] })

  await paidAid(t, m)
  await hardshipFiles(t, m)
  await mediationCases(t, enterprise)
  return { org: { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id }, member: m, enterprise }
}

async function paidAid(t: TestCore, m: StatisticsOffice['member']) {
  const program = (id: string, code: string, name: string, year: number) => ({
    id, code, name, year, version: 1, kind: 'fixed' as const, budget_fen: 10_000_000, cap_group: null, definition_json: '{}', is_current: 1 as const,
    created_at: at, created_by: '测试员', updated_at: at,
  })
  await t.core.db.insertInto('aid_program').values([
    program('prog-weiwen-2025', 'weiwen', '慰问金', 2025),
    program('prog-weiwen-2026', 'weiwen', '困难职工慰问金', 2026),
    program('prog-zhuxue-2026', 'zhuxue', '金秋助学', 2026),
  ]).execute()
  let n = 0
  const application = (programId: string, memberId: string, amountFen: number, paidOn: string | null) => ({
    id: `app-${++n}`, program_id: programId, member_id: memberId, date: paidOn ?? '2026-08-01', input_json: '{}', amount_fen: amountFen,
    self_paid_fen: null, eligible: 1 as const, breakdown_json: '[]', reasons_json: '[]', materials_json: '[]',
    status: paidOn ? ('paid' as const) : ('approved' as const), batch_id: null, payee_name: '会员', payee_relation: null, payee_id_number: null,
    bank_name: null, bank_account: null, entered_by: '张三', reviewed_by: '李四', return_reason: null, reject_reason: null,
    pay_method: paidOn ? ('cash' as const) : null, paid_on: paidOn, pay_reference: null, paid_by: paidOn ? '李四' : null, basis_json: null,
    created_at: at, updated_at: at,
  })
  await t.core.db.insertInto('aid_application').values([
    application('prog-weiwen-2026', m.zhang1, 50_000, '2026-09-30'),
    application('prog-weiwen-2025', m.zhang1, 30_000, '2025-10-01'),
    application('prog-weiwen-2026', m.wang2, 20_000, '2026-10-01'),
    application('prog-weiwen-2025', m.zhao4, 100_000, '2025-09-30'),
    application('prog-zhuxue-2026', m.wu8, 80_000, '2026-08-01'),
    application('prog-zhuxue-2026', m.wu8, 80_000, null),
  ]).execute()
}

async function hardshipFiles(t: TestCore, m: StatisticsOffice['member']) {
  const file = (id: string, memberId: string, status: '建档' | '年度复核' | '脱困', category: '深度困难' | '相对困难' | '意外致困') => ({
    id, member_id: memberId, status, category, category_reason: null, causes_json: '[]', address: null, phone: null, bank_name: null, bank_account: null,
    household_size: 3, annual_income_fen: 3_000_000, rigid_expenses_fen: 1_000_000, family_json: '[]', incomes_json: '[]', expenses_json: '[]', note: null,
    registered_on: null, last_reviewed_on: null, next_review_due: null, created_at: at, updated_at: at,
  })
  await t.core.db.insertInto('hardship_file').values([
    file('hf-1', m.zhang1, '年度复核', '深度困难'),
    file('hf-2', m.wang2, '脱困', '相对困难'),
    file('hf-3', m.wu8, '建档', '意外致困'),
  ]).execute()
  let n = 0
  const step = (fileId: string, s: string, date: string) => ({ id: `he-${++n}`, file_id: fileId, step: s, date, operator: '测试员', note: null, at })
  await t.core.db.insertInto('hardship_event').values([
    step('hf-1', '申请', '2025-08-01'), step('hf-1', '建档', '2025-09-30'), step('hf-1', '年度复核', '2026-09-01'),
    step('hf-2', '申请', '2025-09-01'), step('hf-2', '建档', '2025-10-01'), step('hf-2', '脱困', '2026-09-30'),
    step('hf-3', '申请', '2026-09-01'), step('hf-3', '建档', '2026-10-01'),
  ]).execute()
}

async function mediationCases(t: TestCore, e: StatisticsOffice['enterprise']) {
  const mcase = (id: string, enterpriseId: string, status: '调解中' | '调解成功' | '调解不成' | '受理', accepted: string, closed: string | null) => ({
    id, case_no: `2026-${id}`, status, type: '劳动报酬' as const, enterprise_id: enterpriseId, applied_on: accepted, accepted_on: accepted, closed_on: closed,
    mediator: null, claims: null, claim_fen: null, legal_aid: 0 as const, legal_aid_kind: null, agreement: null, note: null, created_at: at, updated_at: at,
  })
  await t.core.db.insertInto('mediation_case').values([
    mcase('m1', e.e1, '调解成功', '2025-09-30', '2025-10-10'),
    mcase('m2', e.e1, '调解不成', '2025-10-01', '2026-09-30'),
    mcase('m3', e.e3, '调解中', '2026-09-30', null),
    mcase('m4', e.e3, '受理', '2026-10-01', null),
  ]).execute()
}
