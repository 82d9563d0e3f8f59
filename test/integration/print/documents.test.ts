import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { hardNames, seedAid, type AidFixture } from './fixtures'
import { compact, pdfFonts, pdfPages } from './pdf-text'

let t: TestCore
let aid: AidFixture
beforeEach(async () => {
  t = await createTestCore()
  aid = await seedAid(t)
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

  it('member forms print for a member named by ID number', async () => {
    for (const form of ['register', 'application', 'certificate'] as const) {
      const r = await t.call('print.memberForm', { idNumber: aid.idNumbers[0], form })
      expect(pdfPages(r.file).join('')).toContain('张𠮷')
    }
    const refused = await t.reply('print.memberForm', { idNumber: aid.idNumbers[0], form: 'transfer' })
    expect(refused.ok || refused.error.code).toBe('WORKFLOW_STATE')
  })
})
