import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fuweijinDalian } from '../../../shared/aid/templates'
import { fixedClock, type TestCore } from '../../helpers/test-core'
import { addMember, aidCore, as, fuweijinProgram, medicalProgram, reviewedApplication, YUAN } from './fixtures'

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')

beforeEach(async () => {
  // Entered and reviewed in early September, so notices from 2026-09-24 start after the review (issue 13).
  t = await aidCore({ now: fixedClock('2026-09-01T02:00:00.000Z') })
})
afterEach(async () => t.close())

describe('aid.calc for a saved application leaves that application out', () => {
  it('a reviewed 抚慰金 previews as eligible, not as its own earlier claim', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await reviewedApplication(t, { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, date: '2026-09-01' })
    const counted = await t.call('aid.calc', { programCode: 'fuweijin', memberId: m.id, input: { grade: 4 }, date: '2026-09-01' })
    expect(counted.eligible).toBe(false)
    const preview = await t.call('aid.calc', { programCode: 'fuweijin', memberId: m.id, input: { grade: 4 }, date: '2026-09-01', applicationId: draft.id })
    expect(preview).toMatchObject({ eligible: true, amountFen: 1_500_000, amountWords: '壹万伍仟元整', reasons: [] })
  })

  it('a saved medical claim previews with the same amount it was saved with, building only on earlier claims', async () => {
    await t.call('aid.addProgram', { program: medicalProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const first = { programCode: 'yiliao', idNumber: m.idNumber, input: { selfPaidFen: 800 * YUAN, hospitalDays: 5 }, date: '2026-02-01' }
    await clerk().call('aid.createApplication', first)
    const second = await clerk().call('aid.createApplication', { ...first, input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 }, date: '2026-03-01' })
    expect(second.amountFen).toBe(300 * YUAN)
    const preview = await t.call('aid.calc', { ...first, input: { selfPaidFen: 1_200 * YUAN, hospitalDays: 3 }, date: '2026-03-01', applicationId: second.id })
    expect(preview.amountFen).toBe(300 * YUAN)
  })

  it("refuses another member's application id", async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const a = await addMember(t, { n: 1, name: '王建国' })
    const b = await addMember(t, { n: 2, name: '赵六' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: a.idNumber, input: { grade: 4 }, date: '2026-09-01' })
    const r = await t.reply('aid.calc', { programCode: 'fuweijin', memberId: b.id, input: { grade: 4 }, applicationId: draft.id })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.field).toBe('applicationId')
  })
})

describe('materials that only some applications need (抚慰金 亲属关系证明 only for a death)', () => {
  const relation = '与会员的亲属关系证明（死亡）'
  const always = fuweijinDalian.materials?.filter((m) => typeof m === 'string') ?? []
  const payee = { payeeName: '王小芳', payeeRelation: '女', payeeIdNumber: '110101200001010028' }

  beforeEach(async () => {
    await t.call('aid.addProgram', { program: { ...fuweijinDalian, year: 2026, budgetFen: 100_000 * YUAN } })
  })

  it('an injury claim is submitted without the death-only item, and the checklist says it is not needed', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, materials: always, submit: true })
    expect(app.status).toBe('submitted')
    expect(app.materials.find((x) => x.name === relation)).toMatchObject({ needed: false, provided: false, condition: '仅「伤残等级」为 死亡 时需要' })
    expect(app.materials.filter((x) => x.needed).map((x) => x.name)).toEqual(always)
  })

  it('a death claim cannot be submitted without it; the refusal changes nothing', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const draft = await clerk().call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 'death', ...payee }, materials: always })
    expect(draft.actions.submit).toEqual({ allowed: false, reason: `还缺少申请材料：${relation}` })
    expect(draft.materials.find((x) => x.name === relation)?.needed).toBe(true)
    const before = await t.dump()
    const r = await clerk().reply('aid.submitApplication', { id: draft.id })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.field).toBe('materials')
    }
    expect(await t.dump()).toBe(before)
    const submitted = await clerk().call('aid.submitApplication', { id: draft.id, materials: [...always, relation] })
    expect(submitted.status).toBe('submitted')
  })

  it('a program file may write the condition, and one on an unknown value format is refused', async () => {
    const program = await t.call('aid.getProgram', { programCode: 'fuweijin' })
    expect(program.definition.materials).toContainEqual({ name: relation, when: { grade: ['death'] } })
    const bad = await t.reply('aid.addProgram', { program: { ...fuweijinProgram, code: 'x', materials: [{ name: '证明', when: { grade: [] } }] } })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.field).toMatch(/materials\.0\.when/)
  })
})

describe('approve-action reasons per batch state', () => {
  it('names each state: 待公示, 已批准 and 已发放 each get their own reason, and core refuses with it', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await clerk().call('aid.createApplication', {
      programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 }, date: '2026-09-01', materials: [...fuweijinProgram.materials], submit: true,
    })
    await chief().call('aid.reviewApplication', { id: app.id, decision: 'approve', reason: null })
    const batch = await clerk().call('aid.createBatch', { applicationIds: [app.id] })
    expect(batch.actions.approve.reason).toBe('批次尚未公示，须经公示后才能批准')

    await clerk().call('aid.startNotice', { id: batch.id, startDate: '2026-09-24' })
    const approved = await chief().call('aid.approveBatch', { id: batch.id, date: '2026-10-09' })
    expect(approved.actions.approve).toEqual({ allowed: false, reason: '批次已批准，无需再次批准' })
    const before = await t.dump()
    const again = await chief().reply('aid.approveBatch', { id: batch.id, date: '2026-10-10' })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error).toMatchObject({ code: 'WORKFLOW_STATE', message: '批次已批准，无需再次批准' })
    expect(await t.dump()).toBe(before)

    await clerk().call('aid.payBatch', { id: batch.id, method: 'bank', date: '2026-10-10', reference: null })
    const paid = await t.call('aid.getBatch', { id: batch.id })
    expect(paid.actions.approve).toEqual({ allowed: false, reason: '批次已发放，无需再次批准' })
  })
})
