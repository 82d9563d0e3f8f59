import { sessionRecord } from '../../../shared/congress/session-record'
import { AppError } from '../../../shared/errors'
import { printTemplateName, type PrintedFile } from '../../../shared/contract/print'
import type { WriteContext } from '../context'
import { mapDeferred } from '../deferred'
import type { FeatureHandlers } from '../handler-types'
import { congressHandlers } from '../congress/handlers'
import { contractDetail } from '../contracts/service'
import { hardshipHandlers } from '../hardship/handlers'
import { getProfileRow } from '../profile/queries'
import { calibrationDoc } from './docs/calibration'
import { congressRecordDoc } from './docs/congress-record'
import { congressResolutionDoc } from './docs/congress-resolution'
import { contractFilingDoc } from './docs/contract-filing'
import { contractRequestDoc } from './docs/contract-request'
import { contractTextDoc } from './docs/contract-text'
import { hardshipFileDoc } from './docs/hardship-file'
import { noticeDoc } from './docs/notice'
import { offsetFor } from './offsets'
import { listOffsets, recentPrints, upsertOffset } from './queries'
import { checkNames, metaFrom, numberPrints, printMeta, renderFile } from './service'
import { toPrintLogEntry, toPrintOffset } from './mappers'
import { batchNotice } from './notice-data'
import type { Numberer } from './numbered'

/** Certificates, rosters and member forms break lines with the Unicode line breaker: loaded by the first such print. */
const numbered = () => import('./numbered')

/**
 * Printing or exporting takes the serial (or repeats it as 补打) and logs who printed what, in the call's short
 * transaction; the print functions return renderAfterCommit(…), so the PDF is made once that has committed.
 */
const numbering =
  (ctx: WriteContext): Numberer =>
  (docType, subjects) =>
    numberPrints(ctx, docType, subjects)

/** A preview carries no serial in its answer either: none was taken. */
const unnumbered = (out: PrintedFile): PrintedFile => ({ ...out, serials: [], reprint: false })

export const printHandlers = {
  'print.certificate': async (ctx, input) => (await numbered()).certificateFile(ctx, input, numbering(ctx)),
  'print.certificates': async (ctx, input) => (await numbered()).certificateFiles(ctx, input, numbering(ctx)),
  'print.previewCertificate': async (ctx, input) => {
    const { certificateFile, previewNumbers } = await numbered()
    return mapDeferred(await certificateFile(ctx, input, previewNumbers), unnumbered)
  },
  'print.previewCertificates': async (ctx, input) => {
    const { certificateFiles, previewNumbers } = await numbered()
    return mapDeferred(await certificateFiles(ctx, { ...input, split: false }, previewNumbers), (out) => {
      const file = out.files[0]
      if (!file) throw new AppError('NOT_FOUND', '这个批次里没有申请', { field: 'batchId' })
      return { file, pages: out.pages, serials: [], reprint: false }
    })
  },
  'print.notice': async (ctx, { batchId }) => {
    const profile = await getProfileRow(ctx.db)
    const data = await batchNotice(ctx, batchId, profile)
    await checkNames(ctx, data.rows.map((r) => r.name))
    const out = await renderFile(ctx, noticeDoc(metaFrom(ctx, profile), data), `公示名单-${data.title}.pdf`)
    return { ...out, serials: [], reprint: false }
  },
  'print.roster': async (ctx, input) => (await numbered()).rosterFile(ctx, input, numbering(ctx)),
  'print.previewRoster': async (ctx, input) => {
    const { rosterFile, previewNumbers } = await numbered()
    return mapDeferred(await rosterFile(ctx, input, previewNumbers), unnumbered)
  },
  'print.memberForm': async (ctx, input) => (await numbered()).memberFormFile(ctx, input, numbering(ctx), { printing: true }),
  'print.previewMemberForm': async (ctx, input) => {
    const { memberFormFile, previewNumbers } = await numbered()
    return mapDeferred(await memberFormFile(ctx, input, previewNumbers, { printing: false }), unnumbered)
  },
  'print.hardshipFile': async (ctx, { fileId }) => {
    const file = await hardshipHandlers['hardship.get'](ctx, { id: fileId })
    await checkNames(ctx, [file.memberName, ...file.familyMembers.map((f) => f.name)])
    const out = await renderFile(ctx, hardshipFileDoc(await printMeta(ctx), file), `困难职工档案表-${file.memberName}.pdf`)
    return { ...out, serials: [], reprint: false }
  },
  'print.congress': async (ctx, { enterpriseId, date, document }) => {
    const detail = await congressHandlers['congress.get'](ctx, { enterpriseId })
    const session = sessionRecord(detail, date)
    await checkNames(ctx, [detail.enterpriseName, ...session.items, ...session.votes.map((v) => v.item)])
    const meta = await printMeta(ctx)
    const dd = document === '决议' ? congressResolutionDoc(meta, detail, session) : congressRecordDoc(meta, detail, session)
    const out = await renderFile(ctx, dd, `职代会${document}-${detail.enterpriseName}-${date}.pdf`)
    return { ...out, serials: [], reprint: false }
  },
  'print.contract': async (ctx, { contractId, document }) => {
    const c = await contractDetail(ctx, contractId)
    await checkNames(ctx, [c.title, c.unionSide ?? '', c.employerSide ?? '', ...c.enterprises.map((e) => e.name), ...[...c.negotiators.union, ...c.negotiators.employer].map((p) => p.name)])
    const meta = await printMeta(ctx)
    const due = (key: 'reply' | 'filing') => c.timeline.find((s) => s.key === key)?.due ?? null
    const dd = document === '要约书' ? contractRequestDoc(meta, c, due('reply')) : document === '合同文本' ? contractTextDoc(meta, c) : contractFilingDoc(meta, c, due('filing'))
    const out = await renderFile(ctx, dd, `集体合同${document}-${c.title}.pdf`)
    return { ...out, serials: [], reprint: false }
  },
  'print.calibration': async (ctx, { template, printer }) => {
    const offset = await offsetFor(ctx, template, printer)
    // A ruler for the printer, issued to no one: it prints before the office has a name, and then names none.
    const unionName = (await getProfileRow(ctx.db))?.name ?? ''
    const dd = calibrationDoc({ template, printer, xMm: offset?.xMm ?? 0, yMm: offset?.yMm ?? 0, unionName })
    const out = await renderFile(ctx, dd, `套打校准页-${printTemplateName(template)}.pdf`)
    return { ...out, serials: [], reprint: false }
  },
  'print.offsets': async ({ db }) => (await listOffsets(db)).map(toPrintOffset),
  'print.saveOffset': async ({ trx, now }, input) => {
    const row = { template: input.template, printer: input.printer, x_mm: input.xMm, y_mm: input.yMm, updated_at: now() }
    await upsertOffset(trx, row)
    return toPrintOffset(row)
  },
  'print.log': async ({ db }, { limit }) => (await recentPrints(db, limit)).map(toPrintLogEntry),
} satisfies FeatureHandlers<'print'>
