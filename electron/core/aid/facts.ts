import type { AidFacts, AidHistoryEntry, MemberStatus } from '../../../shared/aid/evaluate'
import { normalizeIdText } from '../../../shared/identity/id-number'
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

/** By id, or by ID number preferring the person's current (在会/保留) membership over older ones. */
export async function resolveMember(db: Db, ref: MemberRef): Promise<MemberRow> {
  if (ref.memberId !== undefined) {
    const row = await db.selectFrom('member').selectAll().where('id', '=', ref.memberId).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND', '没有找到该会员', { field: 'memberId' })
    return row
  }
  const idNumber = normalizeIdText(ref.idNumber ?? '')
  const rows = await db.selectFrom('member').selectAll().where('id_number', '=', idNumber).orderBy('updated_at', 'desc').execute()
  const row = rows.find((r) => r.status === 'active' || r.status === 'retained') ?? rows[0]
  if (!row) throw new AppError('NOT_FOUND', `会员名册中没有身份证号为 ${idNumber} 的会员`, { field: 'idNumber' })
  return row
}

export async function registeredCategory(db: Db, memberId: string): Promise<AidFacts['hardshipCategory']> {
  const row = await db
    .selectFrom('hardship_file')
    .select('category')
    .where('member_id', '=', memberId)
    .where('status', 'in', REGISTERED_STATUSES)
    .executeTakeFirst()
  return row?.category ?? null
}

export interface HistoryRow extends AidHistoryEntry {
  id: string
  createdAt: string
}

/** Every application of the member except `excludeId`; rejected ones are marked so the engine skips them. */
export async function memberHistory(db: Db, memberId: string, excludeId?: string): Promise<HistoryRow[]> {
  let q = db
    .selectFrom('aid_application as a')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .select(['a.id', 'a.date', 'a.amount_fen', 'a.status', 'a.self_paid_fen', 'a.created_at', 'p.code', 'p.year'])
    .where('a.member_id', '=', memberId)
  if (excludeId !== undefined) q = q.where('a.id', '!=', excludeId)
  const rows = await q.orderBy('a.date').orderBy('a.created_at').execute()
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    programCode: r.code,
    programYear: r.year,
    date: r.date,
    amountFen: r.amount_fen,
    status: r.status === 'rejected' ? 'rejected' : 'active',
    ...(r.self_paid_fen === null ? {} : { selfPaidFen: r.self_paid_fen }),
  }))
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
