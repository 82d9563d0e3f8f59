import type { ConflictSide, FederationConflict, FederationConflictPage } from '../../../../shared/contract/federation-views'
import { memberStatuses } from '../../../../shared/members/fields'
import { maskIdNumber } from '../../../../shared/members/masking'
import type { Db } from '../../db/schema/index'
import { countAll, totalOf } from '../../db/sql-helpers'
import type { ExchangeConflictRow } from '../../db/schema/exchange_conflict'

const statesFor = { open: ['open'], resolved: ['kept_one', 'kept_both'], all: ['open', 'kept_one', 'kept_both'] } as const

/** 冲突清单: each conflict with both offices' member as they stand in the merged register now (open first, newest first). */
export async function federationConflicts(db: Db, p: { state: 'open' | 'resolved' | 'all'; page: number; pageSize: number }): Promise<FederationConflictPage> {
  const q = db
    .selectFrom('exchange_conflict as c')
    .innerJoin('exchange_office as o1', 'o1.id', 'c.first_office_id')
    .innerJoin('exchange_office as o2', 'o2.id', 'c.second_office_id')
    .leftJoin('federation_member as f1', (j) => j.onRef('f1.office_id', '=', 'c.first_office_id').onRef('f1.member_id', '=', 'c.first_member_id'))
    .leftJoin('federation_member as f2', (j) => j.onRef('f2.office_id', '=', 'c.second_office_id').onRef('f2.member_id', '=', 'c.second_member_id'))
    .where('c.state', 'in', [...statesFor[p.state]])
  const [total, open, rows] = await Promise.all([
    totalOf(q),
    db.selectFrom('exchange_conflict').select(countAll().as('n')).where('state', '=', 'open').executeTakeFirstOrThrow(),
    q
      .selectAll('c')
      .select([
        'o1.union_name as first_office_name', 'o2.union_name as second_office_name',
        'f1.name as first_name', 'f1.status as first_status', 'f1.employer_name as first_employer',
        'f2.name as second_name', 'f2.status as second_status', 'f2.employer_name as second_employer',
      ])
      .orderBy('c.state')
      .orderBy('c.detected_at', 'desc')
      .orderBy('c.id')
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize)
      .execute(),
  ])
  return {
    total,
    openTotal: open.n,
    rows: rows.map((r) => ({
      id: r.id,
      idNumberMasked: maskIdNumber(r.id_number),
      detectedAt: r.detected_at,
      state: r.state,
      first: side(r, r.first_office_id, r.first_member_id, r.first_office_name, r.first_name, r.first_status, r.first_employer),
      second: side(r, r.second_office_id, r.second_member_id, r.second_office_name, r.second_name, r.second_status, r.second_employer),
      keptOfficeId: r.kept_office_id,
      note: r.note,
      resolvedAt: r.resolved_at,
      resolvedBy: r.resolved_by,
    }) satisfies FederationConflict),
  }
}

function side(c: ExchangeConflictRow, officeId: string, memberId: string, officeName: string, name: string | null, status: string | null, employer: string | null): ConflictSide {
  return {
    officeId,
    officeName,
    memberId,
    name,
    status: memberStatuses.find((s) => s === status) ?? null,
    employerName: employer,
    counted: c.state !== 'kept_one' || c.kept_office_id === officeId,
  }
}
