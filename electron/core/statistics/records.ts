import type { ParsedInput } from '../../../shared/contract/index'
import type { ReportRecord, ReportRecordKind, ReportRecordPage } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import { memberEventLabels, memberEventTypes } from '../../../shared/members/fields'
import { maskIdNumber } from '../../../shared/members/masking'
import { fenToYuanString, isFen } from '../../../shared/money'
import { reportingYear } from '../../../shared/reports/period'
import type { ReadContext } from '../context'
import { figureCatalog } from './catalog'
import { paidPrograms } from './count-welfare'
import type { RecordRow } from './listing'
import { congressListing, contractListing, mediationListing, unionListing } from './records-bodies'
import { aidListing, eventListing, hardshipListing, memberListing } from './records-people'
import { requireOrgName } from './report'
import { readYearStart } from './settings'

/*
 * 统计项明细: the records one figure counts, a page at a time, with the same conditions as the figure's aggregate so a
 * figure and its list always agree. Personal numbers are masked here (shared/members/masking.ts).
 */

const yuan = (fen: number) => (isFen(fen) ? `${fenToYuanString(fen)}元` : '')

function detailText(kind: ReportRecordKind, row: RecordRow): string | null {
  const id = row.id_number ? maskIdNumber(row.id_number) : null
  const join = (...parts: Array<string | null>) => parts.filter((p) => p).join('，') || null
  if (kind === 'member_event') {
    const type = memberEventTypes.find((t) => t === row.detail)
    return join(type ? memberEventLabels[type] : row.detail, id)
  }
  if (kind === 'aid_application' && row.detail) {
    const cut = row.detail.lastIndexOf('|')
    return join(row.detail.slice(0, cut), yuan(Number(row.detail.slice(cut + 1))), id)
  }
  if (kind === 'enterprise' && row.detail) return `职工${row.detail}人`
  return join(row.detail, id)
}

const listings = [memberListing, eventListing, unionListing, contractListing, congressListing, hardshipListing, aidListing, mediationListing] as const

export async function listFigureRecords(ctx: ReadContext, p: ParsedInput<'reports.records'>): Promise<ReportRecordPage> {
  const { db } = ctx
  await requireOrgName(db, p.orgId)
  const yearStart = p.year !== undefined ? await readYearStart(db) : null
  // The annual return lists a program paid in either of its two years, so both sides of it can be opened.
  const periods = p.year !== undefined && yearStart !== null ? [reportingYear(p.year, yearStart), reportingYear(p.year - 1, yearStart)] : [{ from: p.from ?? '', to: p.to ?? '' }]
  const period = (p.previous ? periods[1] : periods[0]) ?? periods[0]
  if (!period) throw new AppError('INVALID_INPUT', '请给出年度或起止日期', { field: 'year' })
  const orgId = p.orgId ?? null
  const defs = figureCatalog(await paidPrograms(db, periods))
  const def = defs.find((d) => d.key === p.key)
  const found = def ? listings.map((f) => f(db, p.key, period, orgId)).find((l) => l !== null) : undefined
  if (!def || !found) throw new AppError('NOT_FOUND', `「统计项」没有这一项：${p.key}`, { field: 'key' })
  const [total, rows] = [await found.total(), await found.page(p.limit, p.offset)]
  const orgIds = [...new Set(rows.map((r) => r.org_id).filter((id): id is string => id !== null))]
  const names = new Map(orgIds.length ? (await db.selectFrom('org').select(['id', 'name']).where('id', 'in', orgIds).execute()).map((o) => [o.id, o.name]) : [])
  const items: ReportRecord[] = rows.map((r) => ({
    kind: found.kind,
    id: r.id,
    title: r.title,
    detail: detailText(found.kind, r),
    orgId: r.org_id,
    orgName: r.org_id ? (names.get(r.org_id) ?? null) : null,
    date: r.date,
    memberId: r.member_id,
  }))
  return { key: def.key, label: def.label, period, total, items }
}
