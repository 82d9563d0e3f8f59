import { memberEventLabels, memberStatusLabels } from '../../../shared/members/fields'
import { maskIdNumber, maskPhone } from '../../../shared/members/masking'
import { AppError } from '../../../shared/errors'
import { memberFormNames, type PrintedFile, type PrintedFiles } from '../../../shared/contract/print'
import type { ParsedInput } from '../../../shared/contract/index'
import type { FilePayload } from '../../../shared/contract/types'
import { resolveMember } from '../aid/facts'
import type { ReadContext } from '../context'
import type { Deferred } from '../deferred'
import { getMemberRow, memberEvents } from '../members/queries'
import type { PrintDocType } from '../db/schema/print_log'
import { certificateDoc, certificatesDoc } from './docs/certificate'
import { memberApplicationDoc, memberCertificateDoc, memberRegisterDoc, memberTransferDoc, type MemberFormData } from './docs/member-forms'
import { rosterDoc } from './docs/roster'
import { applyOffset, offsetFor } from './offsets'
import { applicationsForPrint, batchForPrint } from './queries'
import { checkNames, printMeta, printerFor, renderAfterCommit, renderFile, requirePrintableApplications, toCertificateData, workUnit, type Numbered, type NumberedAs } from './service'

/** Hands out serials: numberPrints when printing, a placeholder when only previewing. */
export type Numberer = (docType: PrintDocType, subjects: readonly Numbered[]) => Promise<Map<string, NumberedAs>>

/** What a preview prints where the serial goes: it has none until it is printed or exported. */
export const PREVIEW_SERIAL = '预览（未编号）'

export const previewNumbers: Numberer = (_docType, subjects) =>
  Promise.resolve(new Map(subjects.map((s) => [s.subjectId, { serial: PREVIEW_SERIAL, reprint: false }])))

const none: NumberedAs = { serial: '', reprint: false }

/** Reads and numbers now (in a print's transaction); the PDF is rendered after the commit. */
export async function certificateFile(ctx: ReadContext, { applicationId, printer }: ParsedInput<'print.certificate'>, numberer: Numberer): Promise<Deferred<PrintedFile>> {
  const rows = await applicationsForPrint(ctx.db, { id: applicationId })
  const row = rows[0]
  if (!row) throw new AppError('NOT_FOUND', '找不到这份救助申请', { field: 'applicationId' })
  requirePrintableApplications(rows)
  await checkNames(ctx, [row.member_name, row.payee_name])
  const n = (await numberer('certificate', [{ subjectId: row.id, subjectName: row.member_name }])).get(row.id) ?? none
  const offset = await offsetFor(ctx, 'certificate', printer)
  const meta = await printMeta(ctx)
  return renderAfterCommit([n], async (r) => {
    const dd = certificateDoc(meta, toCertificateData(row, n.serial, n.reprint), (await printerFor(r)).measure, offset)
    const out = await renderFile(r, dd, `发放证明-${row.member_name}-${n.serial}.pdf`)
    return { ...out, serials: [n.serial], reprint: n.reprint }
  })
}

export async function certificateFiles(ctx: ReadContext, { batchId, split, printer }: ParsedInput<'print.certificates'>, numberer: Numberer): Promise<Deferred<PrintedFiles>> {
  const batch = await batchForPrint(ctx.db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', '找不到这个发放批次', { field: 'batchId' })
  const rows = await applicationsForPrint(ctx.db, { batchId })
  if (rows.length === 0) throw new AppError('NOT_FOUND', '这个批次里没有申请', { field: 'batchId' })
  requirePrintableApplications(rows)
  await checkNames(ctx, rows.flatMap((r) => [r.member_name, r.payee_name]))
  const numbers = await numberer('certificate', rows.map((r) => ({ subjectId: r.id, subjectName: r.member_name })))
  const meta = await printMeta(ctx)
  const items = rows.map((r) => {
    const n = numbers.get(r.id) ?? none
    return toCertificateData(r, n.serial, n.reprint)
  })
  const serials = items.map((d) => d.serial)
  const offset = await offsetFor(ctx, 'certificate', printer)
  return renderAfterCommit([...numbers.values()], async (r) => {
    const { measure } = await printerFor(r)
    if (!split) {
      const out = await renderFile(r, certificatesDoc(meta, items, measure, offset), `发放证明-${batch.title}.pdf`)
      return { files: [out.file], pages: out.pages, serials }
    }
    const files: FilePayload[] = []
    let pages = 0
    for (const d of items) {
      const out = await renderFile(r, certificateDoc(meta, d, measure, offset), `${d.serial}-${d.recipient}.pdf`)
      files.push(out.file)
      pages += out.pages
    }
    return { files, pages, serials }
  })
}

export async function rosterFile(ctx: ReadContext, { batchId, printer }: ParsedInput<'print.roster'>, numberer: Numberer): Promise<Deferred<PrintedFile>> {
  const batch = await batchForPrint(ctx.db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', '找不到这个发放批次', { field: 'batchId' })
  const rows = await applicationsForPrint(ctx.db, { batchId })
  await checkNames(ctx, rows.map((r) => r.member_name))
  const n = (await numberer('roster', [{ subjectId: batch.id, subjectName: batch.title }])).get(batch.id) ?? none
  const offset = await offsetFor(ctx, 'roster', printer)
  const dd = rosterDoc(await printMeta(ctx), {
    serial: n.serial,
    reprint: n.reprint,
    programName: batch.program_name,
    batchTitle: batch.title,
    rows: rows.map((r) => ({
      name: r.member_name,
      idNumber: maskIdNumber(r.id_number),
      amountFen: r.amount_fen,
      note: r.payee_name && r.payee_name !== r.member_name ? `代领：${r.payee_name}${r.payee_relation ? `（${r.payee_relation}）` : ''}` : null,
    })),
  }, offset)
  return renderAfterCommit([n], async (r) => ({ ...(await renderFile(r, dd, `签领表-${batch.title}-${n.serial}.pdf`)), serials: [n.serial], reprint: n.reprint }))
}

/**
 * The member's own 会员登记表 is filled in and signed by the member, so when it is printed (not previewed on screen) it
 * shows the member's own ID number and phone in full; the dispatcher's audit row for the print records that it did
 * (`unmasked` in its outcome). Every other member form, and every preview, stays masked.
 */
export async function memberFormFile(ctx: ReadContext, input: ParsedInput<'print.memberForm'>, numberer: Numberer, { printing }: { printing: boolean }): Promise<Deferred<PrintedFile>> {
  // The register's own lookup rule: the ID number normalised (x → X, full-width digits), the current membership first.
  const { id } = await resolveMember(ctx.db, input)
  const m = await getMemberRow(ctx.db, { id })
  if (!m) throw new AppError('NOT_FOUND', '没有找到该会员', { field: 'memberId' })
  await checkNames(ctx, [m.name])
  const events = await memberEvents(ctx.db, m.id)
  const join = events.find((e) => e.type === 'join' || e.type === 'transfer_in')
  const out = [...events].reverse().find((e) => e.type === 'transfer_out')
  if (input.form === 'transfer' && !out) {
    throw new AppError('WORKFLOW_STATE', `${m.name}没有转出记录，不能开具组织关系接转函`)
  }
  const ownForm = printing && input.form === 'register'
  const data: MemberFormData = {
    name: m.name,
    gender: m.gender,
    birthDate: m.birth_date,
    ethnicity: m.ethnicity,
    idNumber: ownForm ? m.id_number : maskIdNumber(m.id_number),
    education: m.education,
    politicalStatus: m.political_status,
    employer: workUnit(m),
    phone: m.phone && !ownForm ? maskPhone(m.phone) : m.phone,
    hukouType: m.hukou_type,
    nativePlace: m.native_place,
    orgName: m.org_name,
    joinDate: join?.date ?? null,
    status: memberStatusLabels[m.status],
    events: events.map((e) => ({ type: memberEventLabels[e.type], date: e.date, reason: e.reason, orgName: e.org_name })),
    // 转出 names its destination since issue 13; older ones: inside this office a transfer writes 转出 then 转入 on the
    // same day, leaving it the reason names the new union.
    transfer: out ? {
      fromOrg: out.org_name,
      toOrg: out.to_org_name ?? out.to_text ?? events.find((e) => e.type === 'transfer_in' && e.date !== null && out.date !== null && e.date >= out.date)?.org_name ?? out.reason ?? '',
      date: out.date, reason: out.reason,
    } : null,
  }
  const meta = await printMeta(ctx)
  const name = `${memberFormNames[input.form]}-${m.name}.pdf`
  if (input.form === 'register') {
    const unmasked = ownForm ? { member: m.name, fields: ['身份证号', ...(m.phone ? ['联系电话'] : [])], reason: '本人签字的会员登记表' } : undefined
    return renderAfterCommit([], async (r) => ({ ...(await renderFile(r, memberRegisterDoc(meta, data), name)), serials: [], reprint: false }), unmasked)
  }
  if (input.form === 'application') return renderAfterCommit([], async (r) => ({ ...(await renderFile(r, memberApplicationDoc(meta, data), name)), serials: [], reprint: false }))
  const docType = input.form === 'certificate' ? 'member_certificate' : 'member_transfer'
  const n = (await numberer(docType, [{ subjectId: m.id, subjectName: m.name }])).get(m.id) ?? none
  const dd = input.form === 'certificate' ? memberCertificateDoc(meta, data, n.serial, n.reprint) : memberTransferDoc(meta, data, n.serial, n.reprint)
  await applyOffset(ctx, dd, docType, input.printer)
  return renderAfterCommit([n], async (r) => ({ ...(await renderFile(r, dd, name)), serials: [n.serial], reprint: n.reprint }))
}
