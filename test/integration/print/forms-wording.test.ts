import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { coreWithAid, idFor, type AidFixture } from './fixtures'
import { compact, pdfPages } from './pdf-text'

// Issue 13 items 11 and 18: what the printed forms say, read back from the PDF as a reader would.
let t: TestCore
let aid: AidFixture
beforeEach(async () => {
  ;({ t, aid } = await coreWithAid())
})
afterEach(() => t.close())

const text = async (p: Promise<{ file: { fileName: string; contentBase64: string } }>) => compact(pdfPages((await p).file).join(''))

describe('工作单位 is where the member works, never the union', () => {
  it('the enterprise of the register when no 工作单位 was typed; a dash when neither is known', async () => {
    const org = (await t.call('orgs.list', {}))[0]
    const enterprise = { id: 'enterprise-1' }
    await t.core.db.insertInto('enterprise').values({ id: enterprise.id, org_id: org?.id ?? '', name: '城关镇永发食品有限公司', credit_code: null, industry: null, economic_type: null, address: null, employee_count: null }).execute()
    const [withEnterprise, withNothing] = aid.memberIds
    await t.core.db.updateTable('member').set({ employer_name: null, enterprise_id: enterprise.id }).where('id', '=', withEnterprise ?? '').execute()
    await t.core.db.updateTable('member').set({ employer_name: null, enterprise_id: null }).where('id', '=', withNothing ?? '').execute()

    const first = await text(t.call('print.previewCertificate', { applicationId: aid.applicationIds[0] ?? '' }))
    expect(first).toContain('工作单位城关镇永发食品有限公司')
    const second = await text(t.call('print.previewCertificate', { applicationId: aid.applicationIds[1] ?? '' }))
    expect(second).toContain('工作单位—')
    expect(second).not.toContain('城关镇第一联合工会')
    const notice = await text(t.call('print.notice', { batchId: aid.batchId }))
    expect(notice).toContain('城关镇永发食品有限公司')
    expect(notice).not.toContain('城关镇第一联合工会')
    const register = await text(t.call('print.previewMemberForm', { memberId: withEnterprise ?? '', form: 'register' }))
    expect(register).toContain('工作单位城关镇永发食品有限公司')
  })
})

describe('签领表 amounts in words', () => {
  it('rows, the page subtotal and the total all read 人民币…元整', async () => {
    const r = await t.call('print.previewRoster', { batchId: aid.batchId })
    const page = compact(pdfPages(r.file)[0] ?? '')
    // Three rows, one 本页小计, one 合计: each amount in words with the same prefix.
    expect(page.match(/人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/g)).toHaveLength(5)
    expect(page.match(/(?<!人民币)壹万伍仟元整/g)).toBeNull()
  })
})

describe('公示 contact line', () => {
  it('names the contact person and the phone from 本单位信息', async () => {
    const notice = await text(t.call('print.notice', { batchId: aid.batchId }))
    expect(notice).toContain('联系人：李娜，电话：0931-1234567，地址：城关镇人民路1号')
  })

  it('without a phone in 本单位信息 the notice is refused, saying where to fill it in', async () => {
    await t.call('profile.save', { name: '城关镇总工会', level: '乡镇总工会' })
    const r = await t.reply('print.notice', { batchId: aid.batchId })
    expect(r.ok || r.error).toMatchObject({ code: 'NOT_SET_UP' })
    expect(r.ok || r.error.message).toContain('本单位信息')
  })
})

describe('member forms', () => {
  it("the member's own printed 会员登记表 shows the ID and phone in full, audited; previews and other forms stay masked", async () => {
    const org = (await t.call('orgs.list', {}))[0]
    const idNumber = idFor('1990-09-09', 31)
    const saved = await t.call('members.save', { orgId: org?.id ?? '', name: '周明', idNumber, phone: '13912345678', joinDate: '2021-06-01' })
    const memberId = saved.member.id

    const printed = await text(t.call('print.memberForm', { memberId, form: 'register' }))
    expect(printed).toContain(idNumber)
    expect(printed).toContain('13912345678')
    const audit = await t.core.db.selectFrom('audit_log').select(['method', 'outcome_json']).where('method', '=', 'print.memberForm').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.outcome_json).toContain('身份证号')
    expect(audit[0]?.outcome_json).toContain('本人签字的会员登记表')

    const preview = await text(t.call('print.previewMemberForm', { memberId, form: 'register' }))
    expect(preview).not.toContain(idNumber)
    expect(preview).toContain('139****5678')
    for (const form of ['certificate', 'application'] as const) {
      const other = await text(t.call('print.memberForm', { memberId, form }))
      expect(other, form).not.toContain(idNumber)
      expect(other, form).not.toContain('13912345678')
    }
  })

  it('print no internal member number: the register has no 会员编号 to look one up by', async () => {
    const memberId = aid.memberIds[0] ?? ''
    // What used to be printed as the number: the tail of the record's internal id.
    const internal = memberId.replace(/-/g, '').slice(-10).toUpperCase()
    for (const form of ['register', 'certificate'] as const) {
      const printed = await text(t.call('print.memberForm', { memberId, form }))
      expect(printed, form).not.toContain('会员编号')
      expect(printed, form).not.toContain(internal)
    }
  })
})

describe('templates by their Chinese names', () => {
  it('the calibration page and its file name say 发放证明, not certificate', async () => {
    const r = await t.call('print.calibration', { template: 'certificate' })
    expect(r.file.fileName).toBe('套打校准页-发放证明.pdf')
    const page = compact(pdfPages(r.file).join(''))
    expect(page).toContain('模板：发放证明')
    expect(page).not.toContain('certificate')
  })
})

describe('本单位名称', () => {
  it('with no profile, printing is refused with where to fill it in, and nothing is numbered', async () => {
    await t.core.db.deleteFrom('profile').execute()
    const before = await t.dump()
    for (const r of [await t.reply('print.certificate', { applicationId: aid.applicationIds[0] ?? '' }), await t.reply('print.previewRoster', { batchId: aid.batchId })]) {
      expect(r.ok || r.error).toMatchObject({ code: 'NOT_SET_UP' })
      expect(r.ok || r.error.message).toContain('本单位信息')
    }
    expect(await t.dump()).toBe(before)
  })
})
