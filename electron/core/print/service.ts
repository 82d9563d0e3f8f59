import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { FilePayload } from '../../../shared/contract/types'
import { todayIn } from '../../../shared/dates'
import { maskIdNumber } from '../../../shared/members/masking'
import { AppError } from '../../../shared/errors'
import { PAYMENT_METHOD_NAMES } from '../../../shared/aid/types'
import type { ReadContext, WriteContext } from '../context'
import { deferred, type Deferred } from '../deferred'
import { safeFileName } from '../files/safe-file-name'
import type { PrintDocType } from '../db/schema/print_log'
import type { ProfileRow } from '../db/schema/profile'
import { getProfileRow } from '../profile/queries'
import type { CertificateData, PrintMeta } from './docs/types'
import { assertPrintable } from './fallback'
import type { Printer } from './printer'
import { applicationsForPrint, insertPrintLog, originalPrints, takeSerials, voidPrints } from './queries'

/** 年度-类别-序号 categories. */
const categories: Record<PrintDocType, string> = {
  certificate: 'FFZM',
  roster: 'QLB',
  member_certificate: 'HYZM',
  member_transfer: 'JZH',
}

/**
 * Letterhead and date from a profile row already read (print.notice also needs its contact details). Every document
 * is issued and sealed in the office's name, so without one nothing is printed: a placeholder on paper would be signed
 * and handed out before anyone noticed.
 */
export function metaFrom(ctx: ReadContext, profile: ProfileRow | undefined): PrintMeta {
  const unionName = profile?.name.trim() ?? ''
  if (unionName === '') throw new AppError('NOT_SET_UP', noUnionName)
  return { unionName, date: todayIn(ctx.now()) }
}

export const noUnionName = '还没有填写本单位名称，文书的抬头和盖章处都要用到它：请先在「本单位信息」中填写单位名称（命令行：uniondesk init --name 单位名称），再打印'

export async function printMeta(ctx: ReadContext): Promise<PrintMeta> {
  return metaFrom(ctx, await getProfileRow(ctx.db))
}

/**
 * The print engine (pdfmake, pdfkit, fontkit, the line breaker: a quarter of a second to load) is imported by the first
 * document a process prints, so commands and calls that print nothing start without it.
 */
export async function printerFor(ctx: ReadContext): Promise<Printer> {
  const { getPrinter } = await import('./printer')
  return getPrinter(ctx.core.fontsDir)
}

/** Refuses before rendering, naming the person, when a name has a character no font can print. */
export async function checkNames(ctx: ReadContext, names: readonly string[]): Promise<void> {
  const { lookup } = await printerFor(ctx)
  for (const n of names) assertPrintable(lookup, n, n)
}

export function countPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

export async function renderFile(ctx: ReadContext, dd: TDocumentDefinitions, fileName: string): Promise<{ file: FilePayload; pages: number }> {
  // Layout runs on this thread and its stream settles in microtasks, so a batch of files would starve every other call of
  // this process (another tab's list, a database reply) until the last one; each file first lets them have a turn.
  await new Promise<void>((resolve) => setImmediate(resolve))
  const pdf = await (await printerFor(ctx)).render(dd)
  // Names come from members, unions and titles a clerk typed: the CLI writes them into --out, so never as a path.
  return { file: { fileName: safeFileName(fileName), contentBase64: pdf.toString('base64') }, pages: countPages(pdf) }
}

export interface Numbered {
  subjectId: string
  subjectName: string
}

/** A subject's serial for this print; logId is the print-log row that records it (none in a preview). */
export interface NumberedAs {
  serial: string
  reprint: boolean
  logId?: string
}

/** Personal numbers a print shows in full: recorded in the print's audit row (its outcome), with why. */
export interface UnmaskedPrint {
  member: string
  fields: string[]
  reason: string
}

/**
 * A print's PDF, rendered after the call's transaction has committed its serials (a thousand certificates take
 * seconds to lay out; the write lock is held for the serials only). When the PDF cannot be made, the serials stay used
 * (the counter never goes back, so no number is ever on two papers) and their log rows are marked 作废: the next print
 * of the same record takes a new serial as an original, not a 补打 of a document that never existed.
 */
export function renderAfterCommit<T>(taken: readonly NumberedAs[], render: (ctx: ReadContext) => Promise<T>, unmasked?: UnmaskedPrint): Deferred<T> {
  const logIds = taken.flatMap((t) => (t.logId ? [t.logId] : []))
  const fresh = taken.filter((t) => t.logId && !t.reprint).map((t) => t.serial)
  return deferred(render, {
    summary: { serials: taken.map((t) => t.serial), reprint: taken.some((t) => t.reprint), ...(unmasked ? { unmasked } : {}) },
    failed:
      logIds.length === 0
        ? undefined
        : async (ctx) => {
            await voidPrints(ctx.trx, logIds, ctx.now(), voidReason)
            if (fresh.length === 0) return '这次补打已在打印记录中记为作废（未生成文件），可以重新补打'
            const which = fresh.length === 1 ? `打印编号 ${fresh[0]} ` : `打印编号 ${fresh[0]} 等 ${fresh.length} 个`
            return `${which}已在打印记录中记为作废（未生成文件），重新打印将使用新编号`
          },
  })
}

export const voidReason = '生成PDF失败，未出文件'

/**
 * Gives each subject its serial: the original's when it was printed before (the print is then a 补打), a fresh one
 * from the year's counter otherwise. Every print, original or reprint, is logged with who and when.
 */
export async function numberPrints(ctx: WriteContext, docType: PrintDocType, subjects: readonly Numbered[]): Promise<Map<string, NumberedAs>> {
  const before = new Map((await originalPrints(ctx.trx, docType, subjects.map((s) => s.subjectId))).map((r) => [r.subject_id, r.serial]))
  const year = Number(todayIn(ctx.now()).slice(0, 4))
  const category = categories[docType]
  // One counter bump for the whole batch; the fresh serials go out in subject order.
  const fresh = await takeSerials(ctx.trx, year, category, subjects.filter((s) => !before.has(s.subjectId)).length)
  let next = 0
  const out = new Map<string, NumberedAs>()
  const at = ctx.now()
  const logRows = []
  for (const s of subjects) {
    const previous = before.get(s.subjectId)
    const serial = previous ?? `${year}-${category}-${String(fresh[next++]).padStart(6, '0')}`
    const logId = ctx.newId()
    out.set(s.subjectId, { serial, reprint: previous !== undefined, logId })
    logRows.push({
      id: logId,
      serial,
      doc_type: docType,
      subject_id: s.subjectId,
      subject_name: s.subjectName,
      reprint: previous !== undefined ? (1 as const) : (0 as const),
      printed_at: at,
      printed_by: ctx.caller.user.name,
    })
  }
  await insertPrintLog(ctx.trx, logRows)
  return out
}

type ApplicationRow = Awaited<ReturnType<typeof applicationsForPrint>>[number]

const printable = new Set(['approved', 'paid'])

export function requirePrintableApplications(rows: readonly ApplicationRow[]): void {
  const bad = rows.find((r) => !printable.has(r.status))
  if (bad) throw new AppError('WORKFLOW_STATE', `${bad.member_name}的申请尚未批准，不能打印发放证明`)
}

function firstText(json: string): string | null {
  const parsed: unknown = JSON.parse(json)
  if (Array.isArray(parsed)) {
    const first: unknown = parsed.find((x) => typeof x === 'string' && x.trim() !== '')
    return typeof first === 'string' ? first : null
  }
  return null
}

function certificateTitle(programName: string): string {
  if (programName.includes('抚慰')) return '抚慰金'
  if (programName.includes('慰问') || programName.includes('送温暖')) return '慰问金'
  if (programName.includes('助学')) return '助学金'
  return '救助金'
}

function isPaymentMethod(x: string | null): x is keyof typeof PAYMENT_METHOD_NAMES {
  return x !== null && Object.hasOwn(PAYMENT_METHOD_NAMES, x)
}

/**
 * 工作单位 on every form is where the member works: the 工作单位 typed on the member, else the enterprise of the register
 * the member belongs to. Never the union: the union issues the paper, it is not the member's employer.
 */
export function workUnit(r: { employer_name: string | null; enterprise_name: string | null }): string | null {
  return r.employer_name?.trim() || r.enterprise_name || null
}

export function toCertificateData(r: ApplicationRow, serial: string, reprint: boolean): CertificateData {
  return {
    serial,
    reprint,
    title: certificateTitle(r.program_name),
    recipient: r.member_name,
    idNumber: maskIdNumber(r.id_number),
    unit: workUnit(r),
    programName: r.program_name,
    reason: firstText(r.reasons_json) ?? firstText(r.breakdown_json) ?? r.program_name,
    amountFen: r.amount_fen,
    payee: r.payee_name && r.payee_name !== r.member_name ? { name: r.payee_name, relation: r.payee_relation } : null,
    paymentDate: r.paid_on,
    paymentMethod: isPaymentMethod(r.pay_method) ? PAYMENT_METHOD_NAMES[r.pay_method] : null,
  }
}
