import type { ExpressionBuilder } from 'kysely'
import type { Database, Db } from '../../db/schema/index'

/**
 * The one rule for "not counted twice" (issue 15): a conflict resolved by 保留一方 (state kept_one) leaves out the side
 * whose office is not kept_office_id. Its federation_member row stays (the office still sends it), shown in the
 * register as 不计入; every figure leaves it out. The federation engineer's resolveConflict only sets state and
 * kept_office_id (electron/core/exchange/federation/), so this is the whole condition.
 */
export function leftOutSides(db: Db) {
  return db
    .selectFrom('exchange_conflict')
    .select(['first_office_id as office_id', 'first_member_id as member_id'])
    .where('state', '=', 'kept_one')
    .whereRef('kept_office_id', '!=', 'first_office_id')
    .unionAll(
      db
        .selectFrom('exchange_conflict')
        .select(['second_office_id as office_id', 'second_member_id as member_id'])
        .where('state', '=', 'kept_one')
        .whereRef('kept_office_id', '!=', 'second_office_id'),
    )
}

type FmScope = ExpressionBuilder<Database & { fm: Database['federation_member'] }, 'fm'>

/** For one page of the register: whether the row `fm` is left out (two index lookups, one per conflict side). */
export function leftOutFlag(eb: FmScope) {
  return eb.or([
    eb.exists(
      eb
        .selectFrom('exchange_conflict as c1')
        .select('c1.id')
        .whereRef('c1.first_office_id', '=', 'fm.office_id')
        .whereRef('c1.first_member_id', '=', 'fm.member_id')
        .where('c1.state', '=', 'kept_one')
        .whereRef('c1.kept_office_id', '!=', 'c1.first_office_id'),
    ),
    eb.exists(
      eb
        .selectFrom('exchange_conflict as c2')
        .select('c2.id')
        .whereRef('c2.second_office_id', '=', 'fm.office_id')
        .whereRef('c2.second_member_id', '=', 'fm.member_id')
        .where('c2.state', '=', 'kept_one')
        .whereRef('c2.kept_office_id', '!=', 'c2.second_office_id'),
    ),
  ])
}

/** Whether the row `fm` has an unresolved conflict on either side. */
export function openConflictFlag(eb: FmScope) {
  return eb.or([
    eb.exists(eb.selectFrom('exchange_conflict as o1').select('o1.id').whereRef('o1.first_office_id', '=', 'fm.office_id').whereRef('o1.first_member_id', '=', 'fm.member_id').where('o1.state', '=', 'open')),
    eb.exists(eb.selectFrom('exchange_conflict as o2').select('o2.id').whereRef('o2.second_office_id', '=', 'fm.office_id').whereRef('o2.second_member_id', '=', 'fm.member_id').where('o2.state', '=', 'open')),
  ])
}
