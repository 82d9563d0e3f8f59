import { idCheckChar } from '../../../shared/identity/id-number'
import type { Input, MethodName, Result } from '../../../shared/contract/index'
import type { Reply } from '../../../shared/errors'
import type { Caller } from '../../../electron/core/context'
import type { MemberStatusColumn } from '../../../electron/core/db/schema/member'
import { dispatchTyped } from '../../../electron/core/dispatch'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// Members are inserted straight into the register's tables: these tests are about aid, not about members.save.

export const ORG_ID = '00000000-0000-7000-8000-org000000001'

export function idNumber(n: number, birth = '19800101'): string {
  const first17 = `110101${birth}${String(n).padStart(3, '0')}`
  return `${first17}${idCheckChar(first17)}`
}

let orgReady = new WeakSet<TestCore>()

export async function addMember(
  t: TestCore,
  p: { n: number; name: string; status?: MemberStatusColumn; bank?: boolean },
): Promise<{ id: string; idNumber: string }> {
  const at = '2026-01-01T00:00:00.000Z'
  if (!orgReady.has(t)) {
    await t.core.db.insertInto('org').values({ id: ORG_ID, name: '测试基层工会', type: '基层工会', status: 'active', created_at: at, updated_at: at }).execute()
    orgReady.add(t)
  }
  const id = `00000000-0000-7000-8000-mem${String(p.n).padStart(9, '0')}`
  const idNo = idNumber(p.n)
  await t.core.db
    .insertInto('member')
    .values({
      id,
      org_id: ORG_ID,
      enterprise_id: null,
      name: p.name,
      id_number: idNo,
      id_kind: 'resident',
      gender: null,
      birth_date: '1980-01-01',
      ethnicity: null,
      employment_status: null,
      education: null,
      skill_level: null,
      phone: null,
      hukou_type: null,
      hukou_place: null,
      political_status: null,
      employer_name: null,
      native_place: null,
      is_migrant: 0,
      new_form_type: null,
      bank_name: p.bank === false ? null : '中国工商银行大连分行',
      bank_account: p.bank === false ? null : `6222020${String(p.n).padStart(12, '0')}`,
      notes: null,
      status: p.status ?? 'active',
      name_rest: p.name.slice(1),
      name_pinyin: p.name,
      name_initials: p.name,
      name_key: p.name,
      name_given: null,
      id_reversed: [...idNo].reverse().join(''),
      created_at: at,
      updated_at: at,
    })
    .execute()
  return { id, idNumber: idNo }
}

export function resetFixtures(): void {
  orgReady = new WeakSet<TestCore>()
}

/**
 * A fresh core as most aid tests want it: review by a second person (separation of duties) and a 5-day 公示, with the
 * fixtures' member counter reset. `options` as createTestCore's (a fixed clock).
 */
export async function aidCore(options?: Parameters<typeof createTestCore>[0]): Promise<TestCore> {
  resetFixtures()
  const t = await createTestCore(options)
  await t.call('aid.saveSettings', { separationOfDuties: true, noticeDays: 5 })
  return t
}

/** A call as a named operator, for separation of duties. */
export function as(t: TestCore, name: string) {
  const caller: Caller = { user: { name, role: 'admin' }, transport: 'cli' }
  return {
    reply: <M extends MethodName>(method: M, input: Input<M>): Promise<Reply<Result<M>>> => dispatchTyped(t.core, caller, method, input),
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
      const r = await dispatchTyped(t.core, caller, method, input)
      if (!r.ok) throw new Error(`${method} 被拒绝：${r.error.code} ${r.error.message}`)
      return r.result
    },
  }
}

export const YUAN = 100

/** 慰问金: a fixed 500 yuan against one form, the simplest program a review and a payout can run on. */
export const weiwenProgram = { code: 'weiwen', name: '慰问金', year: 2026, budgetFen: 100_000 * YUAN, kind: 'fixed', amountFen: 500 * YUAN, materials: ['慰问申请表'] }

export const medicalProgram = {
  code: 'yiliao',
  name: '职工医疗互助',
  year: 2026,
  budgetFen: 5_000_000 * YUAN,
  kind: 'medical',
  deductibleYearlyFen: 100_000,
  segments: [
    { uptoFen: 1_000_000, rate: 0.3 },
    { uptoFen: 3_000_000, rate: 0.4 },
    { uptoFen: 5_000_000, rate: 0.6 },
    { uptoFen: null, rate: 0.95 },
  ],
  minPayoutFen: 10_000,
  yearlyCapFen: 100_000_000,
  allowancePerDayFen: 5_000,
  allowanceMaxDays: 30,
} as const

export const fuweijinProgram = {
  code: 'fuweijin',
  name: '抚慰金',
  year: 2026,
  budgetFen: 50_000 * YUAN,
  rule: {
    kind: 'graded',
    tiers: [
      { grades: [1, 2, 3, 4], amountFen: 1_500_000 },
      { grades: [5, 6], amountFen: 1_000_000 },
      { grades: [7, 8, 9, 10], amountFen: 500_000 },
      { grades: ['death'], amountFen: 2_000_000 },
    ],
  },
  constraints: { memberStatuses: ['在会', '保留'], oncePerMember: true },
  materials: ['抚慰金申请表', '伤残等级鉴定结论'],
} as const

/**
 * An application that has passed review (审核通过): entered and submitted with every material it needs by 张三,
 * approved by 李四. Only such claims count toward once-per-member and the other limits.
 */
export async function reviewedApplication(t: TestCore, input: Omit<Input<'aid.createApplication'>, 'submit'>): Promise<Result<'aid.reviewApplication'>> {
  const draft = await as(t, '张三').call('aid.createApplication', { ...input, submit: false })
  const needed = draft.materials.filter((m) => m.needed).map((m) => m.name)
  await as(t, '张三').call('aid.submitApplication', { id: draft.id, materials: needed })
  return as(t, '李四').call('aid.reviewApplication', { id: draft.id, decision: 'approve', reason: null })
}
