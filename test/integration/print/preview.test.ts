import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { coreWithAid, hardNames, type AidFixture } from './fixtures'
import { pdfPages } from './pdf-text'

let t: TestCore
let aid: AidFixture
beforeEach(async () => {
  ;({ t, aid } = await coreWithAid())
})
afterEach(() => t.close())

describe('preview before print', () => {
  it('previewing a certificate twice takes no serial and logs nothing; printing takes 000001, printing again is 补打', async () => {
    const applicationId = aid.applicationIds[0] ?? ''
    const before = await t.dump()
    for (let i = 0; i < 2; i++) {
      const p = await t.call('print.previewCertificate', { applicationId })
      const text = pdfPages(p.file).join('')
      expect(text).toContain(hardNames[0])
      expect(text).toContain('预览（未编号）')
      expect(text).not.toContain('补打')
      expect(p.serials).toEqual([])
      expect(p.reprint).toBe(false)
    }
    expect(await t.dump()).toEqual(before)
    expect(await t.call('print.log', {})).toHaveLength(0)

    const first = await t.call('print.certificate', { applicationId })
    expect(first.serials).toEqual(['2026-FFZM-000001'])
    expect(first.reprint).toBe(false)
    expect(pdfPages(first.file).join('')).not.toContain('补打')
    const again = await t.call('print.certificate', { applicationId })
    expect(again.serials).toEqual(['2026-FFZM-000001'])
    expect(again.reprint).toBe(true)
    expect(pdfPages(again.file).join('')).toContain('补打')
    // A preview after printing still writes nothing and still shows no serial.
    const after = await t.dump()
    expect(pdfPages((await t.call('print.previewCertificate', { applicationId })).file).join('')).toContain('预览（未编号）')
    expect(await t.dump()).toEqual(after)
  })

  it('roster and batch certificates preview without numbering; the roster then prints 000001', async () => {
    const before = await t.dump()
    const roster = await t.call('print.previewRoster', { batchId: aid.batchId })
    expect(pdfPages(roster.file).join('')).toContain('预览（未编号）')
    const batch = await t.call('print.previewCertificates', { batchId: aid.batchId })
    const pages = pdfPages(batch.file)
    expect(pages).toHaveLength(aid.applicationIds.length)
    for (const name of hardNames) expect(pages.join('')).toContain(name)
    expect(await t.dump()).toEqual(before)
    const printed = await t.call('print.roster', { batchId: aid.batchId })
    expect(printed.serials).toEqual(['2026-QLB-000001'])
  })
})
