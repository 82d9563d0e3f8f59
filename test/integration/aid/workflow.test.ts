import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generatedBytes, xlsxRows } from '../../helpers/outbox'
import { fixedClock, type TestCore } from '../../helpers/test-core'
import { addMember, aidCore, as, fuweijinProgram, idNumber, YUAN } from './fixtures'

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')

beforeEach(async () => {
  // Entered and reviewed in early September, so notices from 2026-09-24 start after the review (issue 13).
  t = await aidCore({ now: fixedClock('2026-09-01T02:00:00.000Z') })
  await t.call('aid.addProgram', { program: fuweijinProgram })
})
afterEach(async () => t.close())

const materials = ['抚慰金申请表', '伤残等级鉴定结论']

async function reviewedApplication(n: number, name: string, input: Record<string, unknown> = { grade: 4 }) {
  const m = await addMember(t, { n, name })
  const app = await clerk().call('aid.createApplication', {
    programCode: 'fuweijin',
    idNumber: m.idNumber,
    input,
    date: '2026-09-01',
    materials,
    submit: true,
  })
  await chief().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
  return { member: m, app }
}

describe('抚慰金 from entry to 已发放', () => {
  it('walks 草稿 → 已提交 → 审核通过 → 批次 → 公示 → 批准 → 已发放, with the 2026 holidays skipped', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, date: '2026-09-01' })
    expect(draft.status).toBe('draft')
    expect(draft.amountFen).toBe(1_500_000)
    expect(draft.amountWords).toBe('壹万伍仟元整')
    expect(draft.actions.submit.allowed).toBe(false)
    expect(draft.idNumber).toBe('110101********0012'.replace('0012', m.idNumber.slice(-4)))

    const submitted = await clerk().call('aid.submitApplication', { id: draft.id, materials })
    expect(submitted.status).toBe('submitted')
    const reviewed = await chief().call('aid.reviewApplication', { id: draft.id, decision: 'approve', reason: null })
    expect(reviewed.status).toBe('reviewed')
    expect(reviewed.reviewedBy).toBe('李四')

    const batch = await clerk().call('aid.createBatch', { applicationIds: [draft.id] })
    expect(batch.title).toBe('2026年抚慰金第1批')
    expect(batch.totalFen).toBe(1_500_000)

    // Thu 24 Sep: day 1; 25–27 Sep 中秋 and weekend; 28, 29, 30 Sep; 1–7 Oct 国庆; Thu 8 Oct is day 5.
    const noticed = await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-09-24' })
    expect(noticed.noticeEnd).toBe('2026-10-08')
    expect(noticed.earliestApproval).toBe('2026-10-09')
    expect(noticed.noticeDays).toEqual(['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08'])

    const approved = await chief().call('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    expect(approved.status).toBe('approved')
    expect(approved.applications[0]?.status).toBe('approved')

    const paid = await clerk().call('aid.payApplication', { id: draft.id, method: 'bank', date: '2026-10-10', reference: 'ZZ20261010-01' })
    expect(paid.status).toBe('paid')
    expect(paid.payment).toEqual({ method: 'bank', date: '2026-10-10', reference: 'ZZ20261010-01', operator: '张三' })
    expect(paid.events.map((e) => e.actionName)).toEqual(['录入', '提交', '审核通过', '编入发放批次', '批准', '发放'])
    const after = await t.call('aid.getBatch', { id: batch.id })
    expect(after.status).toBe('paid')

    const [program] = await t.call('aid.listPrograms', { year: 2026 })
    expect(program?.budget).toEqual({ allocatedFen: 5_000_000, committedFen: 0, paidFen: 1_500_000, remainingFen: 3_500_000 })
    expect(program?.frozen).toBe(true)
  })

  it('refuses to pay an application that has not been approved, and changes nothing', async () => {
    const { app } = await reviewedApplication(1, '王建国')
    const before = await t.dump()
    const r = await clerk().reply('aid.payApplication', { id: app.id, method: 'bank', date: '2026-10-10', reference: null })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('WORKFLOW_STATE')
    expect(await t.dump()).toBe(before)
  })

  it('refuses to edit or submit an approved application, naming its status in Chinese, and changes nothing', async () => {
    const { app } = await reviewedApplication(1, '王建国')
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-09-24' })
    await chief().call('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    const before = await t.dump()
    for (const method of ['aid.updateApplication', 'aid.submitApplication'] as const) {
      const r = await clerk().reply(method, { id: app.id, materials })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('WORKFLOW_STATE')
        expect(r.error.message).toBe('申请当前状态为「已批准」，只有草稿或已退回的申请可以修改或提交')
      }
    }
    expect(await t.dump()).toBe(before)
  })

  it('refuses to approve a batch before its notice ends, and while an objection is open', async () => {
    const { app } = await reviewedApplication(1, '王建国')
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-09-24' })
    const before = await t.dump()
    const early = await chief().reply('aid.approveBatch', { id: batch.id, date: '2026-10-08' })
    expect(early.ok).toBe(false)
    if (!early.ok) {
      expect(early.error.code).toBe('NOTICE_NOT_ENDED')
      expect(early.error.message).toContain('2026-10-09')
    }
    expect(await t.dump()).toBe(before)

    const objection = await clerk().call('aid.addObjection', { batchId: batch.id, applicationId: app.id, date: '2026-09-28', raisedBy: '匿名', content: '伤残等级存疑' })
    const blocked = await chief().reply('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    expect(blocked.ok).toBe(false)
    if (!blocked.ok) expect(blocked.error.code).toBe('WORKFLOW_STATE')
    const detail = await t.call('aid.getBatch', { id: batch.id })
    expect(detail.actions.approve.allowed).toBe(false)

    await chief().call('aid.resolveObjection', { id: objection.id, resolution: '经核实鉴定结论无误', date: '2026-09-30' })
    const approved = await chief().call('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    expect(approved.objections[0]?.resolvedOn).toBe('2026-09-30')
  })

  it('refuses a notice shorter than five working days', async () => {
    const { app } = await reviewedApplication(1, '王建国')
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    const r = await t.replyRaw('aid.startNotice', { id: batch.id, startDate: '2026-09-24', days: 3 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.field).toBe('days')
  })

  it('separation of duties: the person who entered it may not approve it; the message names both', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 5 }, materials, submit: true })
    const before = await t.dump()
    const r = await clerk().reply('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('FORBIDDEN')
      expect(r.error.message).toContain('张三')
    }
    expect(await t.dump()).toBe(before)
    const seen = await clerk().call('aid.getApplication', { id: app.id })
    expect(seen.actions.review.allowed).toBe(false)

    await t.call('aid.saveSettings', { separationOfDuties: false, noticeDays: 5 })
    const alone = await clerk().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    expect(alone.status).toBe('reviewed')
  })

  it('separation of duties at batch approval: refused if the approver entered any application in the batch', async () => {
    const { app: first } = await reviewedApplication(1, '王建国')
    const m = await addMember(t, { n: 2, name: '刘明' })
    const second = await as(t, '王五').call('aid.createApplication', {
      programCode: 'fuweijin',
      idNumber: m.idNumber,
      input: { grade: 4 },
      date: '2026-09-01',
      materials,
      submit: true,
    })
    await chief().call('aid.reviewApplication', { id: second.id, decision: 'approve', reason: null })
    const batch = await clerk().call('aid.createBatch', { applicationIds: [first.id, second.id] })
    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-09-24' })
    const before = await t.dump()
    for (const approver of ['张三', '王五']) {
      const r = await as(t, approver).reply('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('FORBIDDEN')
        expect(r.error.message).toBe(`申请由「${approver}」录入，批准人「${approver}」不能是同一人（录入与审批分离）`)
      }
    }
    expect(await t.dump()).toBe(before)
    const approved = await chief().call('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    expect(approved.applications.map((a) => a.status)).toEqual(['approved', 'approved'])
  })

  it('returns an application with a reason, and it can be corrected and submitted again', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 7 }, materials, submit: true })
    const noReason = await t.replyRaw('aid.reviewApplication', { id: app.id, decision: 'return' })
    expect(noReason.ok).toBe(false)
    if (!noReason.ok) expect(noReason.error.field).toBe('reason')
    const returned = await chief().call('aid.reviewApplication', { id: app.id, decision: 'return', reason: '鉴定结论应为 5 级' })
    expect(returned.status).toBe('returned')
    expect(returned.returnReason).toBe('鉴定结论应为 5 级')
    const fixed = await clerk().call('aid.updateApplication', { id: app.id, input: { grade: 5 } })
    expect(fixed.amountFen).toBe(1_000_000)
    const again = await clerk().call('aid.submitApplication', { id: app.id })
    expect(again.status).toBe('submitted')
  })

  it('pays a death benefit to the named family payee, and the transfer sheet uses the payee as 户名', async () => {
    const death = { grade: 'death', payeeName: '刘桂芳', payeeRelation: '配偶', payeeIdNumber: '110101198203040021' }
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', {
      programCode: 'fuweijin',
      idNumber: m.idNumber,
      input: death,
      materials,
      submit: true,
      bankName: '中国建设银行大连分行',
      bankAccount: '6217000011112222333',
    })
    expect(app.amountFen).toBe(2_000_000)
    expect(app.payee).toEqual({
      name: '刘桂芳',
      relation: '配偶',
      idNumber: '110101********0021',
      bankName: '中国建设银行大连分行',
      bankAccount: '6217***********2333',
      accountSource: 'application',
    })
    await chief().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    const { app: second } = await reviewedApplication(2, '赵小红', { grade: 10 })
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id, second.id] })
    const notReady = await t.reply('aid.exportTransferSheet', { id: batch.id })
    expect(notReady.ok).toBe(false)
    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-11-02' })
    await chief().call('aid.approveBatch', { id: batch.id, date: '2026-11-09' })
    const file = await t.call('aid.exportTransferSheet', { id: batch.id })
    expect(file.fileName).toBe('2026年抚慰金第1批-银行转账表.xlsx')
    expect(file.rows).toBe(2)
    const rows = await xlsxRows(await generatedBytes(t.core, file))
    // The family payee's own ID number beside her account (the bank pays real-name); the total row is read in transfer-sheet.test.ts.
    expect(rows.slice(0, 3)).toEqual([
      ['户名', '身份证号码', '账号', '开户行', '金额', '摘要'],
      ['刘桂芳', '110101198203040021', '6217000011112222333', '中国建设银行大连分行', '20000', '抚慰金（会员王建国）'],
      ['赵小红', idNumber(2), '6222020000000000002', '中国工商银行大连分行', '5000', '抚慰金'],
    ])
    const result = await clerk().call('aid.payBatch', { id: batch.id, method: 'bank', date: '2026-11-10', reference: 'PL-1' })
    expect(result.paid).toHaveLength(2)
    expect((await t.call('aid.getBatch', { id: batch.id })).status).toBe('paid')
  })

  it('stores an attached scan under attachments/<sha256> only after the call commits', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    const content = Buffer.from('扫描件内容')
    const sha = createHash('sha256').update(content).digest('hex')
    const a = await clerk().call('aid.attachFile', {
      applicationId: app.id,
      material: '抚慰金申请表',
      file: { fileName: '申请表.jpg', contentBase64: content.toString('base64') },
    })
    expect(a.sha256).toBe(sha)
    expect(readFileSync(join(t.dir, 'attachments', sha)).equals(content)).toBe(true)
    const detail = await t.call('aid.getApplication', { id: app.id })
    expect(detail.materials[0]).toMatchObject({ name: '抚慰金申请表', provided: true })

    const wrong = await clerk().reply('aid.attachFile', {
      applicationId: app.id,
      material: '不在清单',
      file: { fileName: 'x.jpg', contentBase64: Buffer.from('另一个').toString('base64') },
    })
    expect(wrong.ok).toBe(false)
    expect(existsSync(join(t.dir, 'attachments', createHash('sha256').update('另一个').digest('hex')))).toBe(false)

    // A call that fails after its handler ran (and asked for the file to be written) rolls back, and the file is never
    // written: the audit row, inserted after the handler returns, is refused here by a trigger.
    await sql`create trigger refuse_attach_audit before insert on audit_log when new.method = 'aid.attachFile'
      begin select raise(abort, 'test: audit refused'); end`.execute(t.core.db)
    const before = await t.dump()
    const late = Buffer.from('第三份扫描件')
    const failed = await clerk().reply('aid.attachFile', {
      applicationId: app.id,
      material: '伤残等级鉴定结论',
      file: { fileName: '鉴定.jpg', contentBase64: late.toString('base64') },
    })
    expect(failed.ok).toBe(false)
    if (!failed.ok) expect(failed.error.code).toBe('INTERNAL')
    expect(existsSync(join(t.dir, 'attachments', createHash('sha256').update(late).digest('hex')))).toBe(false)
    expect(await t.dump()).toBe(before)
  })

  it('a change after money was paid makes a new version; before, it edits in place', async () => {
    const [v1] = await t.call('aid.listPrograms', {})
    if (!v1) throw new Error('no program')
    const edited = await t.call('aid.updateProgram', { id: v1.id, program: { ...fuweijinProgram, budgetFen: 60_000 * YUAN } })
    expect(edited.id).toBe(v1.id)
    expect(edited.version).toBe(1)
    const { app } = await reviewedApplication(1, '王建国')
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-11-02' })
    await chief().call('aid.approveBatch', { id: batch.id, date: '2026-11-09' })
    await clerk().call('aid.payApplication', { id: app.id, method: 'cash', date: '2026-11-09', reference: null })
    const v2 = await t.call('aid.updateProgram', { id: v1.id, program: { ...fuweijinProgram, name: '抚慰金（修订）', budgetFen: 60_000 * YUAN } })
    expect(v2.id).not.toBe(v1.id)
    expect(v2.version).toBe(2)
    expect(v2.budget.paidFen).toBe(1_500_000)
    const all = await t.call('aid.listPrograms', { allVersions: true })
    expect(all.map((p) => [p.version, p.current, p.frozen])).toEqual([
      [2, true, false],
      [1, false, true],
    ])
    const stale = await t.reply('aid.updateProgram', { id: v1.id, program: fuweijinProgram })
    expect(stale.ok).toBe(false)
  })
})
