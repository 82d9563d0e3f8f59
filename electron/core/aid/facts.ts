import { claimRef } from '../../../shared/aid/amount-change'
import { compareClaims } from '../../../shared/aid/claim-order'
import type { AidFacts, AidHistoryEntry, MemberStatus } from '../../../shared/aid/evaluate'
import { APPLICATION_STATUS_NAMES, type ApplicationStatus } from '../../../shared/aid/types'
import { normalizeIdText } from '../../../shared/identity/id-number'
import { fen, formatFen } from '../../../shared/money'
import { AppError } from '../../../shared/errors'
import { REGISTERED_STATUSES } from '../../../shared/hardship/types'
import type { Db } from '../db/schema/index'
import type { MemberRow, MemberStatusColumn } from '../db/schema/member'
import { capGroupPrograms } from './program-queries'

// What the engine may know about an applicant, read from the member register, the hardship files and earlier
// applications (shared/aid/evaluate.ts reads nothing else).

const statusNames: Record<MemberStatusColumn, MemberStatus> = {
  active: '在会',
  retained: '保留',
  transferred_out: '已转出',
  expelled: '已除名',
  withdrawn: '已退会',
}

export function memberStatusName(status: MemberStatusColumn): MemberStatus {
  return statusNames[status]
}

export interface MemberRef {
  memberId?: string | undefined
  idNumber?: string | undefined
}

/** Lookups of many members or applicants run in slices, to stay well under SQLite's bound-parameter limit. */
const SLICE = 500

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE))
  return out
}

function isCurrent(row: MemberRow): boolean {
  return row.status === 'active' || row.status === 'retained'
}

/** Members by id, batched; a missing id is simply absent from the map. */
export async function membersById(db: Db, ids: readonly string[]): Promise<Map<string, MemberRow>> {
  const out = new Map<string, MemberRow>()
  for (const part of slices([...new Set(ids)])) {
    for (const m of await db.selectFrom('member').selectAll().where('id', 'in', part).execute()) out.set(m.id, m)
  }
  return out
}

/**
 * Members by normalized ID number, batched. One person can have several memberships over the years: the current
 * (在会/保留) one wins, otherwise the most recently updated.
 */
export async function membersByIdNumber(db: Db, idNumbers: readonly string[]): Promise<Map<string, MemberRow>> {
  const out = new Map<string, MemberRow>()
  for (const part of slices([...new Set(idNumbers)])) {
    const rows = await db.selectFrom('member').selectAll().where('id_number', 'in', part).orderBy('updated_at', 'desc').execute()
    for (const m of rows) {
      const seen = out.get(m.id_number)
      if (!seen || (isCurrent(m) && !isCurrent(seen))) out.set(m.id_number, m)
    }
  }
  return out
}

/** By id, or by ID number preferring the person's current (在会/保留) membership over older ones. */
export async function resolveMember(db: Db, ref: MemberRef): Promise<MemberRow> {
  if (ref.memberId !== undefined) {
    const row = (await membersById(db, [ref.memberId])).get(ref.memberId)
    if (!row) throw new AppError('NOT_FOUND', '没有找到该会员', { field: 'memberId' })
    return row
  }
  const idNumber = normalizeIdText(ref.idNumber ?? '')
  const row = (await membersByIdNumber(db, [idNumber])).get(idNumber)
  if (!row) throw new AppError('NOT_FOUND', `会员名册中没有身份证号为 ${idNumber} 的会员`, { field: 'idNumber' })
  return row
}

/** The category of each member's registered hardship file (one file per member); members without one are absent. */
export async function registeredCategories(db: Db, memberIds: readonly string[]): Promise<Map<string, AidFacts['hardshipCategory']>> {
  const out = new Map<string, AidFacts['hardshipCategory']>()
  for (const part of slices([...new Set(memberIds)])) {
    const files = await db
      .selectFrom('hardship_file')
      .select(['member_id', 'category'])
      .where('member_id', 'in', part)
      .where('status', 'in', REGISTERED_STATUSES)
      .execute()
    for (const f of files) out.set(f.member_id, f.category)
  }
  return out
}

export async function registeredCategory(db: Db, memberId: string): Promise<AidFacts['hardshipCategory']> {
  return (await registeredCategories(db, [memberId])).get(memberId) ?? null
}

export interface HistoryRow extends AidHistoryEntry {
  id: string
}

/** Statuses before review: not a claim yet (草稿, 已提交, 已退回), so they count toward no limit. */
const PENDING: ReadonlySet<ApplicationStatus> = new Set(['draft', 'submitted', 'returned'])

/** Every application of each member, in claim order (shared/aid/claim-order.ts); rejected ones are marked so the engine skips them. */
export async function memberHistories(db: Db, memberIds: readonly string[]): Promise<Map<string, HistoryRow[]>> {
  const out = new Map<string, HistoryRow[]>()
  for (const part of slices([...new Set(memberIds)])) {
    const rows = await db
      .selectFrom('aid_application as a')
      .innerJoin('aid_program as p', 'p.id', 'a.program_id')
      .select(['a.id', 'a.member_id', 'a.date', 'a.amount_fen', 'a.status', 'a.self_paid_fen', 'p.code', 'p.year'])
      .where('a.member_id', 'in', part)
      .execute()
    for (const r of rows) {
      const list = out.get(r.member_id) ?? []
      list.push({
        id: r.id,
        programCode: r.code,
        programYear: r.year,
        date: r.date,
        amountFen: r.amount_fen,
        status: r.status === 'rejected' ? 'rejected' : 'active',
        pending: PENDING.has(r.status),
        label: `编号 ${claimRef(r.id)}，${APPLICATION_STATUS_NAMES[r.status]}，${formatFen(fen(r.amount_fen))} 元`,
        ...(r.self_paid_fen === null ? {} : { selfPaidFen: r.self_paid_fen }),
      })
      out.set(r.member_id, list)
    }
  }
  for (const list of out.values()) list.sort(compareClaims)
  return out
}

/** Every application of the member except `excludeId`; rejected ones are marked so the engine skips them. */
export async function memberHistory(db: Db, memberId: string, excludeId?: string): Promise<HistoryRow[]> {
  const all = (await memberHistories(db, [memberId])).get(memberId) ?? []
  return excludeId === undefined ? all : all.filter((h) => h.id !== excludeId)
}

export async function aidFacts(db: Db, member: MemberRow, date: string, history: readonly AidHistoryEntry[]): Promise<AidFacts> {
  return {
    date,
    memberStatus: memberStatusName(member.status),
    hardshipCategory: await registeredCategory(db, member.id),
    history,
    capGroupPrograms: await capGroupPrograms(db),
  }
}
