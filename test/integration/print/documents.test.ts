import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { coreWithAid, hardNames, idFor, type AidFixture } from './fixtures'
import { compact, pdfFonts, pdfPages } from './pdf-text'

let t: TestCore
let aid: AidFixture
beforeEach(async () => {
  ;({ t, aid } = await coreWithAid())
})
afterEach(() => t.close())

describe('print.certificate', () => {
  it('prints the hard names, the uppercase amount and a yearly serial, with every font embedded as a subset', async () => {
    for (const [i, appId] of aid.applicationIds.entries()) {
      const r = await t.call('print.certificate', { applicationId: appId })
      const text = pdfPages(r.file).join('')
      expect(text).toContain(hardNames[i])
      expect(r.serials[0]).toBe(`2026-FFZM-${String(i + 1).padStart(6, '0')}`)
      expect(text).toContain(r.serials[0])
      expect(text).toContain('人民币壹万伍仟')
      expect(text).toContain('110101********')
      expect(text).not.toContain(aid.idNumbers[i])
      const fonts = pdfFonts(r.file)
      expect(fonts.length).toBeGreaterThan(0)
      for (const f of fonts) expect(f).toMatchObject({ emb: true, sub: true })
      if (i === 0) expect(fonts.some((f) => f.name.includes('NotoSerifJP'))).toBe(true)
    }
    const first = pdfPages((await t.call('print.certificate', { applicationId: aid.applicationIds[0] ?? '' })).file).join('')
    expect(first).toContain('2026-FFZM-000001')
    expect(first).toContain('补打')
    const log = await t.call('print.log', {})
    expect(log).toHaveLength(4)
    expect(log.filter((e) => e.reprint)).toHaveLength(1)
    expect(log.every((e) => e.printedBy === '测试员')).toBe(true)
  })

  it('refuses an unknown application and changes nothing', async () => {
    const before = await t.dump()
    const r = await t.reply('print.certificate', { applicationId: 'nope' })
    expect(r.ok || r.error).toMatchObject({ code: 'NOT_FOUND', field: 'applicationId' })
    expect(await t.dump()).toBe(before)
  })
})

describe('batch documents', () => {
  it('notice lists every recipient with masked IDs and never a bank number', async () => {
    const r = await t.call('print.notice', { batchId: aid.batchId })
    const text = pdfPages(r.file).join('')
    for (const n of hardNames) expect(text).toContain(n)
    expect(text).not.toContain('6228480012345678901')
    expect(compact(text)).toContain('第1页共1页')
  })

  it('certificates: one PDF with a page each, or one file per recipient; serials are reused as 补打', async () => {
    const one = await t.call('print.certificates', { batchId: aid.batchId })
    expect(one.files).toHaveLength(1)
    expect(one.pages).toBe(3)
    const split = await t.call('print.certificates', { batchId: aid.batchId, split: true })
    expect(split.files).toHaveLength(3)
    expect(split.serials).toEqual(one.serials)
    expect(split.files.map((f) => pdfPages(f).join('')).join('')).toContain('阿依古丽·买买提')
  })

  it('a batch takes fresh serials in list order in one go, keeps an earlier serial as 补打, and never reuses one', async () => {
    const single = await t.call('print.certificate', { applicationId: aid.applicationIds[1] ?? '' })
    expect(single.serials).toEqual(['2026-FFZM-000001'])
    const batch = await t.call('print.certificates', { batchId: aid.batchId, split: true })
    expect(batch.serials).toHaveLength(3)
    expect(batch.serials.filter((s) => s !== '2026-FFZM-000001')).toEqual(['2026-FFZM-000002', '2026-FFZM-000003'])
    const reprinted = batch.files.find((f) => f.fileName.startsWith('2026-FFZM-000001-'))
    expect(reprinted && pdfPages(reprinted).join('')).toContain('补打')
    const again = await t.call('print.certificates', { batchId: aid.batchId })
    expect(again.serials).toEqual(batch.serials)
    // Nothing new was numbered, so the counter stands where it was.
    const counter = await t.core.db.selectFrom('print_serial').select('last_seq').where('category', '=', 'FFZM').executeTakeFirstOrThrow()
    expect(counter.last_seq).toBe(3)
    const log = await t.call('print.log', { limit: 100 })
    expect(log.filter((e) => !e.reprint).map((e) => e.serial).sort()).toEqual(['2026-FFZM-000001', '2026-FFZM-000002', '2026-FFZM-000003'])
  })

  it('member forms print for a member named by ID number', async () => {
    for (const form of ['register', 'application', 'certificate'] as const) {
      const r = await t.call('print.memberForm', { idNumber: aid.idNumbers[0], form })
      expect(pdfPages(r.file).join('')).toContain('张𠮷')
    }
    const refused = await t.reply('print.memberForm', { idNumber: aid.idNumbers[0], form: 'transfer' })
    expect(refused.ok || refused.error.code).toBe('WORKFLOW_STATE')
  })
})

describe('print.memberForm finds the member the way the register does', () => {
  const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

  it('by an ID number typed with a lowercase x or in full-width digits', async () => {
    const org = (await t.call('orgs.list', {}))[0]
    const idNumber = Array.from({ length: 60 }, (_, i) => idFor('1975-05-05', i + 1)).find((id) => id.endsWith('X'))
    expect(idNumber).toBeDefined()
    await t.call('members.save', { orgId: org?.id ?? '', name: '赵晓丽', idNumber: idNumber ?? '', joinDate: '2021-06-01' })
    for (const typed of [(idNumber ?? '').toLowerCase(), fullWidth(idNumber ?? ''), `　${fullWidth((idNumber ?? '').toLowerCase())} `]) {
      const r = await t.call('print.previewMemberForm', { idNumber: typed, form: 'register' })
      expect(pdfPages(r.file).join('')).toContain('赵晓丽')
    }
    const printed = await t.call('print.memberForm', { idNumber: fullWidth((idNumber ?? '').toLowerCase()), form: 'certificate' })
    expect(pdfPages(printed.file).join('')).toContain('赵晓丽')
  })

  it('prefers the current membership over an older, ended one with the same ID number', async () => {
    const db = t.core.db
    const current = await db.selectFrom('member').selectAll().where('id', '=', aid.memberIds[0] ?? '').executeTakeFirstOrThrow()
    // The existing row becomes the old, ended membership (it stays first in rowid order); the person rejoined later.
    await db.updateTable('member').set({ status: 'withdrawn', name: '钱旧名' }).where('id', '=', current.id).execute()
    await db.insertInto('member').values({ ...current, id: 'member-rejoined', updated_at: '2020-01-01T00:00:00.000Z' }).execute()
    const r = await t.call('print.previewMemberForm', { idNumber: aid.idNumbers[0] ?? '', form: 'register' })
    const text = pdfPages(r.file).join('')
    expect(text).toContain('张𠮷')
    expect(text).not.toContain('钱旧名')
  })

  it('masks a landline as well as a mobile number', async () => {
    const org = (await t.call('orgs.list', {}))[0]
    const idNumber = idFor('1982-02-02', 7)
    await t.call('members.save', { orgId: org?.id ?? '', name: '孙座机', idNumber, phone: '0931-7654321', joinDate: '2021-06-01' })
    const text = compact(pdfPages((await t.call('print.previewMemberForm', { idNumber, form: 'register' })).file).join(''))
    expect(text).toContain('093*****4321')
    expect(text).not.toContain('7654321')
  })
})
