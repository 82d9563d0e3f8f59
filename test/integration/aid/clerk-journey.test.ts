import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claimRef } from '../../../shared/aid/amount-change'
import type { TestCore } from '../../helpers/test-core'
import { generatedBytes, xlsxRows } from '../../helpers/outbox'
import { addMember, aidCore, as, fuweijinProgram, weiwenProgram } from './fixtures'

// Issue 13, the clerk's journey through aid: the dead ends a clerk met, each walked again through dispatch.
// The clock stands at 2026-11-23 (fixedClock): every review below happens that day.

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')

beforeEach(async () => {
  t = await aidCore()
})
afterEach(async () => t.close())

async function expectRefused(run: () => Promise<{ ok: boolean; error?: { code: string; field?: string; message: string } }>, code: string) {
  const before = await t.dump()
  const r = await run()
  expect(r.ok).toBe(false)
  expect(r.error?.code).toBe(code)
  expect(await t.dump()).toBe(before)
  return r.error ?? { code: '', message: '' }
}

/** Entered by 张三 with every material, reviewed by 李四, batched, noticed from 2026-11-23 and approved on 11-30. */
async function approvedBatch(applicationIds: string[]) {
  for (const id of applicationIds) await chief().call('aid.reviewApplication', { id, decision: 'approve', reason: null })
  const batch = await clerk().call('aid.createBatch', { applicationIds })
  await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-11-23' })
  return chief().call('aid.approveBatch', { id: batch.id, date: '2026-11-30' })
}

async function submitted(idNumber: string, extra: { bankName?: string; bankAccount?: string } = {}) {
  return clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber, input: {}, materials: ['慰问申请表'], submit: true, ...extra })
}

describe('item 1: a payment that cannot be made', () => {
  it('warns at entry and review, then pays into the account the member was given afterwards', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国', bank: false })
    const app = await submitted(m.idNumber)
    expect(app.warnings).toEqual([expect.stringContaining('「王建国」没有登记开户银行和银行账号')])
    expect(app.payee.accountSource).toBeNull()
    // The reviewer sees the same warning; it does not stop the review.
    expect((await chief().call('aid.getApplication', { id: app.id })).warnings).toHaveLength(1)
    const batch = await approvedBatch([app.id])
    expect(batch.warnings).toEqual([expect.stringContaining('王建国')])
    await expectRefused(() => t.reply('aid.exportTransferSheet', { id: batch.id }), 'INVALID_INPUT')

    // The clerk adds the account to the member: the batch now uses it.
    await t.core.db.updateTable('member').set({ bank_name: '中国农业银行木棠支行', bank_account: '6228480012345678901' }).where('id', '=', m.id).execute()
    const detail = await t.call('aid.getApplication', { id: app.id })
    expect(detail.payee).toMatchObject({ bankName: '中国农业银行木棠支行', bankAccount: '6228***********8901', accountSource: 'member' })
    expect(detail.warnings).toEqual([])
    const file = await t.call('aid.exportTransferSheet', { id: batch.id })
    expect((await xlsxRows(await generatedBytes(t.core, file)))[1]?.slice(0, 4)).toEqual(['王建国', m.idNumber, '6228480012345678901', '中国农业银行木棠支行'])
    await clerk().call('aid.payBatch', { id: batch.id, method: 'bank', date: '2026-11-30', reference: 'PL-1' })

    // The paid record keeps the account the money went to, even after the member's account changes.
    await t.core.db.updateTable('member').set({ bank_account: '6228480099999999999' }).where('id', '=', m.id).execute()
    const paid = await t.core.db.selectFrom('aid_application').select(['bank_name', 'bank_account']).where('id', '=', app.id).executeTakeFirstOrThrow()
    expect(paid).toEqual({ bank_name: '中国农业银行木棠支行', bank_account: '6228480012345678901' })
  })

  it('an account named on the application wins over the member’s', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await submitted(m.idNumber, { bankName: '中国建设银行木棠支行', bankAccount: '6217 0000 1111 2222 333' })
    expect(app.payee).toMatchObject({ bankName: '中国建设银行木棠支行', bankAccount: '6217***********2333', accountSource: 'application' })
    const batch = await approvedBatch([app.id])
    const file = await t.call('aid.exportTransferSheet', { id: batch.id })
    expect((await xlsxRows(await generatedBytes(t.core, file)))[1]?.slice(0, 4)).toEqual(['王建国', m.idNumber, '6217000011112222333', '中国建设银行木棠支行'])
  })

  it('corrects the account up to payment, recorded with the reason and audited; refused once paid', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国', bank: false })
    const app = await submitted(m.idNumber)
    const batch = await approvedBatch([app.id])
    const corrected = await clerk().call('aid.correctPayee', {
      id: app.id,
      bankName: '中国邮政储蓄银行金江支行',
      bankAccount: '6217990012345678',
      reason: '会员提供工资卡',
    })
    expect(corrected.payee).toMatchObject({ bankName: '中国邮政储蓄银行金江支行', bankAccount: '6217********5678', accountSource: 'application' })
    expect(corrected.warnings).toEqual([])
    const event = corrected.events.at(-1)
    expect(event).toMatchObject({ actionName: '更正领款信息', operator: '张三' })
    expect(event?.note).toContain('会员提供工资卡')
    expect(event?.note).toContain('6217********5678')
    expect(event?.note).not.toContain('6217990012345678')
    const audit = await t.core.db.selectFrom('audit_log').select('method').where('method', '=', 'aid.correctPayee').execute()
    expect(audit).toHaveLength(1)

    // A member's own benefit is paid to the member: the payee cannot become someone else.
    const other = await expectRefused(
      () => clerk().reply('aid.correctPayee', { id: app.id, payeeName: '李某', bankName: null, bankAccount: null, reason: '代领' }),
      'INVALID_INPUT',
    )
    expect(other.field).toBe('payeeName')
    const half = await expectRefused(
      () => clerk().reply('aid.correctPayee', { id: app.id, bankName: null, bankAccount: '6217990012345678', reason: '补充' }),
      'INVALID_INPUT',
    )
    expect(half.field).toBe('bankName')

    await clerk().call('aid.payBatch', { id: batch.id, method: 'bank', date: '2026-11-30', reference: 'PL-1' })
    const late = await expectRefused(
      () => clerk().reply('aid.correctPayee', { id: app.id, bankName: '中国银行', bankAccount: '6216610012345678', reason: '改卡' }),
      'WORKFLOW_STATE',
    )
    expect(late.message).toContain('已发放')
  })

  it('a death benefit’s family payee is corrected in the application too', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const death = { grade: 'death', payeeName: '刘桂芳', payeeRelation: '配偶', payeeIdNumber: '110101198203040021' }
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: death })
    // The member's own account is not the family payee's.
    expect(app.payee.accountSource).toBeNull()
    expect(app.warnings).toEqual([expect.stringContaining('「刘桂芳」没有登记开户银行和银行账号')])
    const fixed = await clerk().call('aid.correctPayee', {
      id: app.id,
      payeeName: '王小明',
      payeeRelation: '子',
      payeeIdNumber: '110101200501010015',
      bankName: '中国银行木棠支行',
      bankAccount: '6216610012345678',
      reason: '配偶已故，由儿子领取',
    })
    expect(fixed.payee).toMatchObject({ name: '王小明', relation: '子', idNumber: '110101********0015', accountSource: 'application' })
    expect(fixed.input).toMatchObject({ payeeName: '王小明', payeeRelation: '子' })
  })
})

describe('item 2: drafts', () => {
  it('a draft counts toward no limit; the second of two pending claims is refused at review, naming the first', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const materials = ['抚慰金申请表', '伤残等级鉴定结论']
    const base = { programCode: 'fuweijin', idNumber: m.idNumber, materials, submit: true }
    const first = await clerk().call('aid.createApplication', { ...base, input: { grade: 4 }, date: '2026-11-02' })
    // Nothing was paid or approved: the second entry is not refused as 已领取.
    const second = await clerk().call('aid.createApplication', { ...base, input: { grade: 5 }, date: '2026-11-20' })
    expect(second.eligible).toBe(true)
    // Reviewed in the other order, the earlier claim is still refused: the later one has passed review.
    await chief().call('aid.reviewApplication', { id: second.id, decision: 'approve', reason: null })
    const refused = await expectRefused(() => chief().reply('aid.reviewApplication', { id: first.id, decision: 'approve', reason: null }), 'NOT_ELIGIBLE')
    expect(refused.message).toContain(`抚慰金每人只能领取一次，已有 2026-11-20 的申请（编号 ${claimRef(second.id)}，审核通过，10,000.00 元）`)
  })

  it('deletes a draft with its history and scans, audited; a submitted one is refused', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber: m.idNumber, input: {} })
    expect(draft.actions.delete.allowed).toBe(true)
    await clerk().call('aid.attachFile', {
      applicationId: draft.id,
      material: '慰问申请表',
      file: { fileName: '申请表.jpg', contentBase64: Buffer.from('扫描件').toString('base64') },
    })
    const removed = await clerk().call('aid.deleteApplication', { id: draft.id })
    expect(removed).toMatchObject({ memberName: '王建国', programName: '慰问金' })
    expect((await t.call('aid.listApplications', { memberId: m.id })).total).toBe(0)
    const left = await t.core.db.selectFrom('aid_attachment').select('id').execute()
    expect(left).toEqual([])
    expect(await t.core.db.selectFrom('audit_log').select('method').where('method', '=', 'aid.deleteApplication').execute()).toHaveLength(1)

    const sent = await submitted(m.idNumber)
    expect(sent.actions.delete.allowed).toBe(false)
    const refused = await expectRefused(() => clerk().reply('aid.deleteApplication', { id: sent.id }), 'WORKFLOW_STATE')
    expect(refused.message).toContain('不予发放')
  })

  it('a draft is continued: edited, then submitted', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 7 } })
    const edited = await clerk().call('aid.updateApplication', { id: draft.id, input: { grade: 4 }, bankName: '中国银行', bankAccount: '6216610012345678' })
    expect(edited).toMatchObject({ amountFen: 1_500_000, status: 'draft', payee: { accountSource: 'application' } })
    const done = await clerk().call('aid.submitApplication', { id: draft.id, materials: ['抚慰金申请表', '伤残等级鉴定结论'] })
    expect(done.status).toBe('submitted')
  })
})

describe('item 4: a notice never starts before the latest review in its batch', () => {
  it('refuses an earlier start with both dates in Chinese, and the batch says the earliest day', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await submitted(m.idNumber)
    await chief().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    expect(batch.earliestNoticeStart).toBe('2026-11-23')
    const refused = await expectRefused(() => clerk().reply('aid.startNotice', { id: batch.id, startDate: '2026-11-16' }), 'INVALID_INPUT')
    expect(refused.field).toBe('startDate')
    expect(refused.message).toContain('2026年11月16日')
    expect(refused.message).toContain('2026年11月23日')
    // Recorded after the fact, from the day of the review, is accepted.
    const noticed = await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-11-23' })
    expect(noticed).toMatchObject({ status: 'notice', noticeStart: '2026-11-23', earliestNoticeStart: null })
  })
})

describe('item 5: an uploaded scan counts as provided', () => {
  it('submits with the box left unticked once the scan is attached', async () => {
    await t.call('aid.addProgram', { program: weiwenProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber: m.idNumber, input: {} })
    expect(draft.actions.submit.allowed).toBe(false)
    await clerk().call('aid.attachFile', {
      applicationId: draft.id,
      material: '慰问申请表',
      file: { fileName: '申请表.jpg', contentBase64: Buffer.from('扫描件').toString('base64') },
    })
    // The form still sends its own ticks (none): the scan keeps the item provided.
    await clerk().call('aid.updateApplication', { id: draft.id, materials: [] })
    const ready = await clerk().call('aid.getApplication', { id: draft.id })
    expect(ready.materials[0]).toMatchObject({ name: '慰问申请表', provided: true })
    expect(ready.actions.submit.allowed).toBe(true)
    const done = await clerk().call('aid.submitApplication', { id: draft.id, materials: [] })
    expect(done.status).toBe('submitted')
  })
})

describe('the demo can be paid', () => {
  it('gives every member a bank card with a valid check digit, masked in lists', async () => {
    // The demo walks the flow as one operator, as a fresh installation allows.
    await t.call('aid.saveSettings', { separationOfDuties: false, noticeDays: 5 })
    await t.call('demo.load', { members: 50 })
    const rows = await t.core.db.selectFrom('member').select(['bank_name', 'bank_account']).execute()
    expect(rows.length).toBe(50)
    for (const r of rows) {
      expect(r.bank_name).toMatch(/^(中国农业银行|中国工商银行|中国建设银行|中国银行|中国邮政储蓄银行|农村信用合作联社).+支行$/)
      expect(r.bank_account).toMatch(/^\d{19}$/)
      expect(luhnValid(r.bank_account ?? '')).toBe(true)
    }
    const listed = await t.call('members.list', { pageSize: 5 })
    expect(JSON.stringify(listed)).not.toMatch(/\d{19}/)
    const pending = await t.call('aid.listApplications', { limit: 50 })
    for (const a of pending.items.filter((i) => i.status !== 'paid')) {
      expect((await t.call('aid.getApplication', { id: a.id })).warnings).toEqual([])
    }
  })
})

function luhnValid(digits: string): boolean {
  let sum = 0
  ;[...digits].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  })
  return sum % 10 === 0
}
