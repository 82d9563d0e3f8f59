import { afterEach, describe, expect, it } from 'vitest'
import { fenToChineseUpper, fen, formatFen, yuanToFen } from '../../../shared/money'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { seedAid } from './fixtures'
import { compact, pdfPages } from './pdf-text'

let t: TestCore
afterEach(() => t.close())

const amountsIn = (text: string, label: string) =>
  [...text.matchAll(new RegExp(`${label}.*?([\\d,]+\\.\\d\\d)`, 'g'))].map((m) => Number(yuanToFen((m[1] ?? '0').replace(/,/g, ''))))

describe('print.roster', () => {
  it('every page carries its subtotal, they add up to the grand total on the last page, and the header repeats', async () => {
    t = await createTestCore()
    const aid = await seedAid(t, 30, (i) => 12_345 + i * 100_007)
    const r = await t.call('print.roster', { batchId: aid.batchId })
    const pages = pdfPages(r.file, true)
    expect(pages.length).toBe(3)
    expect(r.pages).toBe(3)
    const subtotals = pages.flatMap((p) => amountsIn(p, '本页小计'))
    expect(subtotals).toHaveLength(3)
    const grand = aid.amounts.reduce((a, b) => a + b, 0)
    expect(subtotals.reduce((a, b) => a + b, 0)).toBe(grand)
    const last = pages.at(-1) ?? ''
    expect(amountsIn(last, '合计')).toEqual([grand])
    expect(compact(last)).toContain(fenToChineseUpper(fen(grand), { prefix: true }))
    expect(last).toContain(formatFen(fen(grand)))
    for (const p of pages) {
      expect(compact(p)).toContain('序号姓名身份证号')
      expect(p).toContain(r.serials[0])
    }
    const all = pages.join('')
    for (const n of ['张𠮷', '王䶮', '阿依古丽·买买提']) expect(all).toContain(n)
    expect(all).not.toContain('6228480012345678901')
    expect(all).toContain('代领：王小明')
    // A second print of the same batch is a 补打 with the same serial.
    const again = await t.call('print.roster', { batchId: aid.batchId })
    expect(again.serials).toEqual(r.serials)
    expect(again.reprint).toBe(true)
  })

  it('refuses a name with a character no font has, naming the person, and records nothing', async () => {
    t = await createTestCore()
    const aid = await seedAid(t, 2)
    await t.core.db.updateTable('member').set({ name: '李\uE000' }).where('id', '=', aid.memberIds[0] ?? '').execute()
    const before = await t.dump()
    const r = await t.reply('print.roster', { batchId: aid.batchId })
    expect(r.ok || r.error.code).toBe('FONT_GLYPH_MISSING')
    expect(r.ok || r.error.message).toContain('李\uE000')
    expect(await t.dump()).toBe(before)
  })
})

describe('套打 settings', () => {
  it('saves offsets per template and printer, and the calibration page shows them', async () => {
    t = await createTestCore()
    await t.call('print.saveOffset', { template: 'certificate', printer: '得力 DL-620K', xMm: 2.5, yMm: -1 })
    await t.call('print.saveOffset', { template: 'certificate', printer: '得力 DL-620K', xMm: 3, yMm: -1.5 })
    expect(await t.call('print.offsets', {})).toEqual([{ template: 'certificate', printer: '得力 DL-620K', xMm: 3, yMm: -1.5, updatedAt: expect.any(String) }])
    const page = await t.call('print.calibration', { template: 'certificate', printer: '得力 DL-620K' })
    expect(compact(pdfPages(page.file).join(''))).toContain('水平3毫米，垂直-1.5毫米')
  })

  it('refuses an offset beyond 50 mm and leaves the database unchanged', async () => {
    t = await createTestCore()
    const before = await t.dump()
    const r = await t.reply('print.saveOffset', { template: 'certificate', printer: 'x', xMm: 80, yMm: 0 })
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_INPUT', field: 'xMm' })
    expect(await t.dump()).toBe(before)
  })
})
