import { sql, type RawBuilder } from 'kysely'
import { newFormTypes, type NewFormType } from '../../../shared/members/fields'
import type { Db } from '../db/schema/index'
import type { MemberEventTypeColumn } from '../db/schema/member_event'

/*
 * Who was a member at a date (a year's end), counted without reading members into JavaScript: the trigger-kept
 * member_tally gives today's head counts, and only the members with a live event after that date are set back to the
 * state of their last event on or before it. A year that ended long ago thus costs the events since, not the register.
 * An event without a date (a roster imported without join dates) counts as before every date.
 */

export const ALL_EVENT_TYPES: readonly MemberEventTypeColumn[] = ['join', 'transfer_in', 'retain', 'transfer_out', 'expel', 'withdraw']
/** The events after which a person is 在会 or 保留. */
export const ACTIVE_AFTER: readonly MemberEventTypeColumn[] = ['join', 'transfer_in']
export const RETAINED_AFTER: readonly MemberEventTypeColumn[] = ['retain']

/**
 * Members with a live event dated after `end`. All six types are named so the range runs on member_event_type_date_org;
 * queries start from this (small) set and look members up by id, never the other way round.
 */
export function membersChangedAfter(db: Db, end: string) {
  return db
    .selectFrom('member_event')
    .select('member_event.member_id')
    .where('member_event.voided_at', 'is', null)
    .where('member_event.type', 'in', ALL_EVENT_TYPES)
    .where('member_event.date', '>', end)
}

/**
 * The member's last live event on or before `end` (undated ones first of all), for one of its columns. Events of one
 * day keep the order they were written in; a transfer between two unions of the office writes 转出 before 转入.
 */
export function lastEventOnOrBefore<C extends 'id' | 'type' | 'org_id' | 'date'>(db: Db, end: string, column: C, member: 'm.id' | 'c.member_id' = 'm.id') {
  return db
    .selectFrom('member_event as e')
    .select(`e.${column}` as const)
    // Correlated with the member of the outer query: its member row (m) or its changed-member set (c).
    .where('e.member_id', '=', sql.ref<string>(member))
    .where('e.voided_at', 'is', null)
    .where((w) => w.or([w('e.date', '<=', end), w('e.date', 'is', null)]))
    .orderBy('e.date', (o) => o.desc().nullsLast())
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(1)
}

/** Head counts of one union at a date: 在会 with its splits, and 保留. */
export interface UnionHeadCount {
  org_id: string
  active: number
  retained: number
  women: number
  /** 在会 members whose gender is not on file. */
  genderUnknown: number
  migrant: number
  newForm: number
  byNewForm: ReadonlyMap<NewFormType, number>
}

interface StateColumns {
  status: RawBuilder<unknown>
  gender: RawBuilder<unknown>
  migrant: RawBuilder<unknown>
  newForm: RawBuilder<unknown>
  /** What one row counts for: the tally's n, or 1 for a member row. */
  weight: RawBuilder<unknown>
}

/** The per-union sums, one SQL aggregate per column, so a query returns one row per union whatever the splits. */
function headCountSums(c: StateColumns) {
  const sumIf = (cond: RawBuilder<unknown>) => sql<number>`coalesce(sum(case when ${cond} then ${c.weight} else 0 end), 0)`
  const active = sql`${c.status} = 'active'`
  return [
    sumIf(active).as('active'),
    sumIf(sql`${c.status} = 'retained'`).as('retained'),
    sumIf(sql`${active} and ${c.gender} = '女'`).as('women'),
    sumIf(sql`${active} and ${c.gender} = ''`).as('genderUnknown'),
    sumIf(sql`${active} and ${c.migrant} = 1`).as('migrant'),
    sumIf(sql`${active} and ${c.newForm} in (${sql.join(newFormTypes)})`).as('newForm'),
    ...newFormTypes.map((t, i) => sumIf(sql`${active} and ${c.newForm} = ${t}`).as(`nf${i}`)),
  ] as const
}

type SumRow = { org_id: string | null } & Record<string, unknown>

function toHeadCount(r: SumRow): UnionHeadCount | null {
  if (r.org_id === null) return null
  const n = (k: string) => Number(r[k] ?? 0)
  const byNewForm = new Map(newFormTypes.map((t, i) => [t, n(`nf${i}`)]))
  return { org_id: r.org_id, active: n('active'), retained: n('retained'), women: n('women'), genderUnknown: n('genderUnknown'), migrant: n('migrant'), newForm: n('newForm'), byNewForm }
}

/** The two aggregates memberHeadCounts adds up, as queries (plan tests read their plans). */
export function headCountQueries(db: Db, end: string) {
  const today = db
    .selectFrom('member_tally')
    .select(['org_id', ...headCountSums({ status: sql.ref('status'), gender: sql.ref('gender'), migrant: sql.ref('is_migrant'), newForm: sql.ref('new_form_type'), weight: sql.ref('n') })])
    .where('status', 'in', ['active', 'retained'])
    .groupBy('org_id')
  // For each member changed since `end`: today's state counted -1, the state of the last event by `end` counted +1.
  const changes = db
    .with('c', () => membersChangedAfter(db, end).distinct())
    .with('last', (w) => w.selectFrom('c').select(['c.member_id', lastEventOnOrBefore(db, end, 'id', 'c.member_id').as('event_id')]))
    .with('delta', (w) =>
      w
        .selectFrom('c')
        .innerJoin('member as m', 'm.id', 'c.member_id')
        .select([sql<string>`m.org_id`.as('org_id'), sql<string>`m.status`.as('status'), 'm.gender', 'm.is_migrant', 'm.new_form_type', sql<number>`-1`.as('w')])
        .unionAll(
          w
            .selectFrom('last as l')
            .innerJoin('member_event as ev', 'ev.id', 'l.event_id')
            .innerJoin('member as m', 'm.id', 'l.member_id')
            .select([
              sql<string>`ev.org_id`.as('org_id'),
              sql<string>`case ev.type when 'join' then 'active' when 'transfer_in' then 'active' when 'retain' then 'retained' else 'gone' end`.as('status'),
              'm.gender',
              'm.is_migrant',
              'm.new_form_type',
              sql<number>`1`.as('w'),
            ]),
        ),
    )
    .selectFrom('delta as d')
    .select([
      'd.org_id',
      ...headCountSums({ status: sql.ref('d.status'), gender: sql`coalesce(d.gender, '')`, migrant: sql.ref('d.is_migrant'), newForm: sql`coalesce(d.new_form_type, '')`, weight: sql.ref('d.w') }),
    ])
    .groupBy('d.org_id')
  return { today, changes }
}

/**
 * 在会 and 保留 head counts at `end` per union, as signed parts: today's counts, and per union the difference the
 * members changed since make. Summing the parts per union gives the counts at `end`.
 */
export async function memberHeadCounts(db: Db, end: string): Promise<UnionHeadCount[]> {
  const q = headCountQueries(db, end)
  const [today, changes] = [await q.today.execute(), await q.changes.execute()]
  return [...today, ...changes].map(toHeadCount).filter((r): r is UnionHeadCount => r !== null)
}
