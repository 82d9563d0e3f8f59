import { sql } from 'kysely'
import type { HardshipStatus } from '../../../shared/hardship/types'
import type { Db } from '../db/schema/index'
import type { MemberEventTypeColumn } from '../db/schema/member_event'
import { countAll } from '../db/sql-helpers'

/*
 * Every figure of the workbench is one aggregate over an index or a small table: member counts from member_tally (kept
 * by triggers, a few rows per union), event counts from member_event_type_date_org, aid from aid_application_paid (both
 * migration 0149). Nothing here reads member rows into JavaScript.
 */

export const DEPARTURE_TYPES: readonly MemberEventTypeColumn[] = ['transfer_out', 'expel', 'withdraw']

/** Head counts by status and new-form type with the women and migrant splits, from the tally (a few rows per union). */
export function memberCountsQuery(db: Db) {
  return db
    .selectFrom('member_tally')
    .select([
      'status',
      'new_form_type',
      sql<number>`coalesce(sum(n), 0)`.as('n'),
      sql<number>`coalesce(sum(case when gender = '女' then n else 0 end), 0)`.as('women'),
      sql<number>`coalesce(sum(case when is_migrant = 1 then n else 0 end), 0)`.as('migrant'),
    ])
    .where('status', 'in', ['active', 'retained'])
    .groupBy(['status', 'new_form_type'])
}

/** 在会/保留 totals, and the women, migrant and new-form splits of 在会. */
export async function memberCounts(db: Db) {
  const rows = await memberCountsQuery(db).execute()
  const active = rows.filter((r) => r.status === 'active')
  const sum = (rs: typeof rows, k: 'n' | 'women' | 'migrant') => rs.reduce((s, r) => s + r[k], 0)
  return {
    active: sum(active, 'n'),
    retained: sum(rows.filter((r) => r.status === 'retained'), 'n'),
    women: sum(active, 'women'),
    migrant: sum(active, 'migrant'),
    // The tally stores "no new-form type" as ''.
    newForm: new Map(active.filter((r) => r.new_form_type !== '').map((r) => [r.new_form_type, r.n])),
  }
}

/** 在会 members per active union, largest first. */
export function membersByUnionQuery(db: Db) {
  return db
    .selectFrom('member_tally as t')
    .innerJoin('org as o', 'o.id', 't.org_id')
    .select(['o.id', 'o.name', sql<number>`sum(t.n)`.as('n')])
    .where('t.status', '=', 'active')
    .where('o.status', '=', 'active')
    .groupBy(['o.id', 'o.name'])
    .having(sql<number>`sum(t.n)`, '>', 0)
    .orderBy('n', 'desc')
    .orderBy('o.name')
}

/** Live (not voided) membership events of these types dated in [from, to]. */
export function eventCountQuery(db: Db, types: readonly MemberEventTypeColumn[], from: string, to: string) {
  return db
    .selectFrom('member_event')
    .select(countAll().as('n'))
    .where('voided_at', 'is', null)
    .where('type', 'in', [...types])
    .where('date', '>=', from)
    .where('date', '<=', to)
}

/**
 * Members who joined and members who left per month (YYYY-MM) in [from, to]: members, not events, so that a month's bar
 * is the total of the member list it opens (members.list `event`), also for a member who joined twice in a month.
 */
export function eventsByMonthQuery(db: Db, from: string, to: string) {
  const month = sql<string>`substr(date, 1, 7)`
  return db
    .selectFrom('member_event')
    .select([
      month.as('month'),
      sql<number>`count(distinct case when type = 'join' then member_id end)`.as('joins'),
      sql<number>`count(distinct case when type <> 'join' then member_id end)`.as('departures'),
    ])
    .where('voided_at', 'is', null)
    .where('type', 'in', ['join', ...DEPARTURE_TYPES])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(month)
}

/** Paid aid per month (by payment date) and program code in [from, to]. */
export function aidPaidByMonthQuery(db: Db, from: string, to: string) {
  const month = sql<string>`substr(a.paid_on, 1, 7)`
  return db
    .selectFrom('aid_application as a')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .select([month.as('month'), 'p.code', sql<number>`sum(a.amount_fen)`.as('fen')])
    .where('a.status', '=', 'paid')
    .where('a.paid_on', '>=', from)
    .where('a.paid_on', '<=', to)
    .groupBy([month, 'p.code'])
}

/** Active unions, and the enterprises under them with their headcount. */
export async function unionsAndEnterprises(db: Db) {
  const unions = await db.selectFrom('org').select(countAll().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow()
  const ent = await db
    .selectFrom('enterprise as e')
    .innerJoin('org as o', 'o.id', 'e.org_id')
    .select([countAll().as('n'), sql<number>`coalesce(sum(e.employee_count), 0)`.as('workers')])
    .where('o.status', '=', 'active')
    .executeTakeFirstOrThrow()
  return { unions: unions.n, enterprises: ent.n, workers: ent.workers }
}

/** Batches in 公示 whose notice ends by `until`, split by whether they may be approved on `today`. */
export async function noticeBatches(db: Db, today: string, until: string) {
  const row = await db
    .selectFrom('aid_batch')
    .select([
      countAll().as('n'),
      sql<number>`coalesce(sum(case when earliest_approval <= ${today} then 1 else 0 end), 0)`.as('approvable'),
    ])
    .where('status', '=', 'notice')
    .where('notice_end', '<=', until)
    .executeTakeFirstOrThrow()
  return { ending: row.n - row.approvable, approvable: row.approvable }
}

export function awaitingReviewQuery(db: Db) {
  return db.selectFrom('aid_application').select(countAll().as('n')).where('status', '=', 'submitted')
}

/** Registered hardship files whose yearly review falls due by `until`, and how many of them are already late. */
export function hardshipReviewsDueQuery(db: Db, today: string, until: string, statuses: readonly HardshipStatus[]) {
  return db
    .selectFrom('hardship_file')
    .select([countAll().as('n'), sql<number>`coalesce(sum(case when next_review_due < ${today} then 1 else 0 end), 0)`.as('overdue')])
    .where('next_review_due', '<=', until)
    // `+status`: the due date is the narrow condition; without statistics SQLite would start from the status index.
    .where(sql<string>`+status`, 'in', [...statuses])
}

/** Contracts whose term ends in [today, until] (index collective_contract_term_end). */
export function contractsExpiringQuery(db: Db, today: string, until: string) {
  return db.selectFrom('collective_contract').select(countAll().as('n')).where('term_end', '>=', today).where('term_end', '<=', until)
}

/** Established workers' congresses whose term has ended or ends by `until`. */
export function congressTermsEndingQuery(db: Db, today: string, until: string) {
  return db
    .selectFrom('congress')
    .select([countAll().as('n'), sql<number>`coalesce(sum(case when term_end < ${today} then 1 else 0 end), 0)`.as('ended')])
    .where('established', '=', 1)
    .where('term_end', 'is not', null)
    .where('term_end', '<=', until)
}

/**
 * Packages for the current federation still waiting for a receipt. One acknowledged later makes the earlier ones moot
 * (an incremental package carries everything since the last acknowledged one), so only those after it count.
 */
export function unacknowledgedPackagesQuery(db: Db) {
  const upstream = db.selectFrom('exchange_upstream').select('fingerprint').where('id', '=', 'self')
  const lastDelivered = db
    .selectFrom('exchange_outbound')
    .select(sql<number>`coalesce(max(sequence), 0)`.as('s'))
    .where('state', '=', 'delivered')
    .where('recipient_fingerprint', '=', upstream)
  return db
    .selectFrom('exchange_outbound')
    .select([countAll().as('n'), sql<number | null>`min(sequence)`.as('first_sequence'), sql<string | null>`min(created_at)`.as('first_created_at')])
    .where('state', '=', 'generated')
    .where('recipient_fingerprint', '=', upstream)
    .where('sequence', '>', lastDelivered)
}
