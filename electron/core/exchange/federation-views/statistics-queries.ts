import { sql, type Compilable, type RawBuilder } from 'kysely'
import { countAll } from '../../db/sql-helpers'
import type { Db } from '../../db/schema/index'
import { leftOutSides } from './left-out'

/**
 * The aggregates behind 汇总统计, over the indexes of migrations 0131/0132. Each figure is grouped either by office
 * (all offices) or by grassroots union within one office (the drill-down): `scope.officeId` null or set.
 * Left-out members (保留一方) are subtracted, not filtered per row: the counts scan a covering index, and the left-out
 * rows (a handful) are counted by the same grouping through a join that starts from the conflicts.
 */
export interface Scope {
  officeId: string | null
}

export interface Period {
  from: string
  to: string
}

const current = ['active', 'retained']

/** A built query: run it, or (plan tests) compile it. */
export type Runnable<R> = Compilable<R> & { execute(): Promise<R[]> }

/** The member a carried row (member_event, aid_application) points at. JSON ->> 'key' reads the same in SQLite ≥ 3.38 and PostgreSQL (jsonb). */
function carriedMemberId(column: 'r.data'): RawBuilder<string> {
  return sql<string>`(${sql.ref(column)} ->> 'member_id')`
}

export interface MemberCountRow {
  key: string
  status: string
  gender: string | null
  is_migrant: number
  new_form_type: string | null
  n: number
}

/**
 * Members by status (all statuses: the caller keeps 在会/保留), so the whole group-by is one walk of a covering index
 * in its own order: federation_member_counts by office, federation_member_org_counts within one office. Filtering
 * status here would let SQLite pick the (status, name_pinyin) index and look every row up in the table.
 */
export function memberCounts(db: Db, scope: Scope): Runnable<MemberCountRow> {
  const cols = ['fm.status', 'fm.gender', 'fm.is_migrant', 'fm.new_form_type'] as const
  if (scope.officeId === null) {
    return db.selectFrom('federation_member as fm').select(['fm.office_id as key', ...cols, countAll().as('n')]).groupBy(['fm.office_id', ...cols])
  }
  return db
    .selectFrom('federation_member as fm')
    .where('fm.office_id', '=', scope.officeId)
    .select(['fm.org_key as key', ...cols, countAll().as('n')])
    .groupBy(['fm.org_key', ...cols])
}

export function leftOutMemberCounts(db: Db, scope: Scope): Runnable<MemberCountRow> {
  let base = db
    .selectFrom(leftOutSides(db).as('lo'))
    .innerJoin('federation_member as fm', (j) => j.onRef('fm.office_id', '=', 'lo.office_id').onRef('fm.member_id', '=', 'lo.member_id'))
    .where('fm.status', 'in', current)
  const cols = ['fm.status', 'fm.gender', 'fm.is_migrant', 'fm.new_form_type'] as const
  if (scope.officeId === null) {
    return base.select(['fm.office_id as key', ...cols, countAll().as('n')]).groupBy(['fm.office_id', ...cols])
  }
  base = base.where('fm.office_id', '=', scope.officeId)
  return base.select(['fm.org_key as key', ...cols, countAll().as('n')]).groupBy(['fm.org_key', ...cols])
}

export interface KeyCount {
  key: string | null
  n: number
}

/** 入会 events dated in the period that count (not voided), as the office's own annual return counts new members. */
function joinEvents(db: Db, period: Period) {
  return db
    .selectFrom('exchange_record as r')
    .where('r.table_name', '=', 'member_event')
    .where('r.kind', '=', 'join')
    .where('r.status', '=', 'counted')
    .where('r.on_date', '>=', period.from)
    .where('r.on_date', '<=', period.to)
}

export function newMemberCounts(db: Db, scope: Scope, period: Period): Runnable<KeyCount> {
  const q = joinEvents(db, period)
  if (scope.officeId === null) return q.select(['r.office_id as key', countAll().as('n')]).groupBy('r.office_id')
  return q.where('r.office_id', '=', scope.officeId).select(['r.org_key as key', countAll().as('n')]).groupBy('r.org_key')
}

/**
 * The 入会 events of left-out members, matched by office and the member the event names. Only the offices that have a
 * left-out member are read (index exchange_record_facts by office), and the caller skips the query when none has.
 */
export function leftOutNewMemberCounts(db: Db, scope: Scope, period: Period): Runnable<KeyCount> {
  const events = joinEvents(db, period)
    .where('r.office_id', 'in', db.selectFrom(leftOutSides(db).as('x')).select('x.office_id'))
    .select(['r.office_id', 'r.org_key', carriedMemberId('r.data').as('member_id')])
  const q = db
    .selectFrom(leftOutSides(db).as('lo'))
    .innerJoin(
      events.as('e'),
      (j) => j.onRef('e.office_id', '=', 'lo.office_id').onRef('e.member_id', '=', 'lo.member_id'),
    )
  if (scope.officeId === null) return q.select(['e.office_id as key', countAll().as('n')]).groupBy('e.office_id')
  return q.where('e.office_id', '=', scope.officeId).select(['e.org_key as key', countAll().as('n')]).groupBy('e.org_key')
}

export interface ContractSum {
  key: string | null
  n: number
  workers: number
}

/** Collective contracts signed in the period and the workers they cover (0131 facts: on_date = signed_date). */
export function contractSums(db: Db, scope: Scope, period: Period): Runnable<ContractSum> {
  const q = db
    .selectFrom('exchange_record as r')
    .where('r.table_name', '=', 'collective_contract')
    .where('r.on_date', '>=', period.from)
    .where('r.on_date', '<=', period.to)
  const sums = [countAll().as('n'), sql<number>`coalesce(sum(${sql.ref('r.head_count')}), 0)`.as('workers')] as const
  if (scope.officeId === null) return q.select(['r.office_id as key', ...sums]).groupBy('r.office_id')
  return q.where('r.office_id', '=', scope.officeId).select(['r.org_key as key', ...sums]).groupBy('r.org_key')
}

export interface AidSum {
  key: string | null
  n: number
  fen: number
}

/**
 * Aid paid in the period (facts: on_date = paid_on, amount_fen). Aid is money an office paid, so a left-out member's
 * payments still count: nothing was paid twice. An application carries no union: the drill-down finds it through the
 * member it was paid to.
 */
export function aidSums(db: Db, scope: Scope, period: Period): Runnable<AidSum> {
  const q = db
    .selectFrom('exchange_record as r')
    .where('r.table_name', '=', 'aid_application')
    .where('r.status', '=', 'paid')
    .where('r.on_date', '>=', period.from)
    .where('r.on_date', '<=', period.to)
  const sums = [countAll().as('n'), sql<number>`coalesce(sum(${sql.ref('r.amount_fen')}), 0)`.as('fen')] as const
  if (scope.officeId === null) return q.select(['r.office_id as key', ...sums]).groupBy('r.office_id')
  const officeId = scope.officeId
  return q
    .where('r.office_id', '=', officeId)
    .leftJoin('federation_member as fm', (j) => j.onRef('fm.office_id', '=', 'r.office_id').on('fm.member_id', '=', carriedMemberId('r.data')))
    .select(['fm.org_key as key', ...sums])
    .groupBy('fm.org_key')
    
}

/** The grassroots unions an office carried, for the drill-down's row labels (a few hundred at most: JSON read here). */
export function officeOrgRecords(db: Db, officeId: string) {
  return db.selectFrom('exchange_record').select(['row_key', 'data']).where('office_id', '=', officeId).where('table_name', '=', 'org').orderBy('row_key')
}
