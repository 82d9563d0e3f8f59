import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '../../../electron/core/context'
import { dispatch } from '../../../electron/core/dispatch'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { getPrinter } from '../../../electron/core/print/printer'
import { voidReason } from '../../../electron/core/print/service'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { hardNames, seedAid } from './fixtures'
import { pdfPages } from './pdf-text'

let t: TestCore
let other: Core | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await other?.close()
  other = undefined
  await t.close()
})

/** The PDF engine fails once (out of memory, a damaged font file) after the print's serials were committed. */
function failNextRender(core: Core): void {
  vi.spyOn(getPrinter(core.fontsDir), 'render').mockRejectedValueOnce(new Error('模拟：排版时内存不足'))
}

describe('a print whose PDF cannot be made after its serials were committed', () => {
  it('logs the serials as 作废 and the next print takes new ones as originals, not as 补打', async () => {
    t = await createTestCore()
    const aid = await seedAid(t)
    const [first = ''] = aid.applicationIds

    failNextRender(t.core)
    const failed = await t.reply('print.certificate', { applicationId: first })
    expect(failed.ok).toBe(false)
    if (failed.ok) return
    // The clerk is told the number is used up and what the next print does.
    expect(failed.error.message).toContain('2026-FFZM-000001')
    expect(failed.error.message).toContain('作废')
    expect(await t.call('print.log', {})).toMatchObject([{ serial: '2026-FFZM-000001', reprint: false, voidReason }])

    const retry = await t.call('print.certificate', { applicationId: first })
    expect(retry).toMatchObject({ serials: ['2026-FFZM-000002'], reprint: false })
    expect(pdfPages(retry.file).join('')).not.toContain('补打')
    const again = await t.call('print.certificate', { applicationId: first })
    expect(again).toMatchObject({ serials: ['2026-FFZM-000002'], reprint: true })

    // A batch mixing a reprint and fresh serials: every row of the failed call is voided, the original stays.
    failNextRender(t.core)
    const batch = await t.reply('print.certificates', { batchId: aid.batchId })
    expect(batch).toMatchObject({ ok: false })
    await t.call('print.certificates', { batchId: aid.batchId })

    const log = await t.call('print.log', { limit: 100 })
    const voided = log.filter((e) => e.voidReason !== null)
    expect(voided.map((e) => e.serial).sort()).toEqual(['2026-FFZM-000001', '2026-FFZM-000002', '2026-FFZM-000003', '2026-FFZM-000004'])
    expect(voided.filter((e) => e.reprint).map((e) => e.serial)).toEqual(['2026-FFZM-000002'])
    // Every serial printed as an original appears once as such, none of them a voided one, and the first member's
    // original (printed before the failed batch) is still his: the batch retry reprints it.
    const originals = log.filter((e) => e.voidReason === null && !e.reprint)
    expect(originals.map((e) => e.serial).sort()).toEqual(['2026-FFZM-000002', '2026-FFZM-000005', '2026-FFZM-000006'])
    expect(originals.find((e) => e.serial === '2026-FFZM-000002')?.subjectName).toBe(hardNames[0])
    expect(log.filter((e) => e.voidReason === null && e.reprint && e.subjectName === hardNames[0]).map((e) => e.serial)).toEqual(['2026-FFZM-000002', '2026-FFZM-000002'])

    // The audit trail has the commit's row and the failure's row for each failed call.
    const audits = await t.core.db.selectFrom('audit_log').select(['method', 'outcome_json']).where('method', 'like', 'print.%').execute()
    expect(audits.filter((a) => a.outcome_json.includes('failedAfterCommit'))).toHaveLength(2)
    // It records the serials each print took, not a clipped copy of the PDF.
    expect(audits.filter((a) => a.method === 'print.certificate').map((a) => JSON.parse(a.outcome_json) as unknown)).toContainEqual({ serials: ['2026-FFZM-000002'], reprint: false })
    expect(audits.some((a) => a.outcome_json.includes('contentBase64'))).toBe(false)
  })
})

describe('rendering holds no write lock', () => {
  it('another connection writes while a large print is still rendering', async () => {
    t = await createTestCore({ file: true })
    const aid = await seedAid(t, 150)
    // A second window or command on the same file, which gives up on the write lock after 200 ms.
    other = await openCore({ dbPath: t.core.dbPath, dataDir: t.dir, log: memoryLogger(), busyTimeoutMs: 200 })
    const otherCore = other
    const caller = { user: { name: '另一窗口', role: 'admin' as const }, transport: 'http' as const }
    const logged = async () => (await otherCore.readDb.selectFrom('print_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

    let settled = false
    const printing = t.reply('print.certificates', { batchId: aid.batchId, split: true }).finally(() => (settled = true))
    // The serials become visible to the other connection when the print's transaction commits.
    while (!settled && (await logged()) === 0) await new Promise((res) => setTimeout(res, 5))
    expect(settled, 'the print committed its serials only when it had finished rendering').toBe(false)
    const wrote = await dispatch(otherCore, caller, 'orgs.save', { name: '打印时新建的工会', type: '联合基层工会' })
    const stillRendering = !settled
    const printed = await printing

    expect(wrote).toMatchObject({ ok: true })
    expect(stillRendering).toBe(true)
    expect(printed.ok && printed.result.files.length).toBe(150)
    expect(await logged()).toBe(150)
  })
})
