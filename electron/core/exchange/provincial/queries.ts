import { sql } from 'kysely'
import type { ProvincialPeriod } from '../../../../shared/contract/provincial'
import type { MemberStatus } from '../../../../shared/members/fields'
import type { Db } from '../../db/schema/index'
import type { ExportRow } from '../../members/export'

/** The unions a provincial export lists: one, or every union that is active, has members or had a change in the period. */
export function unionsToReport(db: Db, p: { orgId?: string | undefined; period: ProvincialPeriod }) {
  let q = db.selectFrom('org').select(['id', 'name', 'credit_code'])
  if (p.orgId !== undefined) q = q.where('id', '=', p.orgId)
  else
    q = q.where((eb) =>
      eb.or([
        eb('status', '=', 'active'),
        eb.exists(eb.selectFrom('member_tally').select('n').whereRef('member_tally.org_id', '=', 'org.id').where('n', '>', 0)),
        eb.exists(
          eb
            .selectFrom('member_event')
            .select('id')
            .whereRef('member_event.org_id', '=', 'org.id')
            .where('date', '>=', p.period.from)
            .where('date', '<=', p.period.to),
        ),
      ]),
    )
  return q.orderBy('name').orderBy('id').execute()
}

/** Head counts by union and category, from the trigger-kept tally (a few rows per union, never the register). */
export function tallyRows(db: Db, orgId: string | undefined) {
  let q = db.selectFrom('member_tally').select(['org_id', 'status', 'gender', 'is_migrant', 'new_form_type', 'n']).where('n', '>', 0)
  if (orgId !== undefined) q = q.where('org_id', '=', orgId)
  return q.execute()
}

/** Persons per union and 会籍 event type within the period (both dates inclusive); voided events do not count. */
export function periodEventCounts(db: Db, p: { orgId?: string | undefined; period: ProvincialPeriod }) {
  let q = db
    .selectFrom('member_event')
    .select(['org_id', 'type', sql<number>`count(distinct member_id)`.as('persons')])
    .where('voided_at', 'is', null)
    .where('date', '>=', p.period.from)
    .where('date', '<=', p.period.to)
    .groupBy(['org_id', 'type'])
  if (p.orgId !== undefined) q = q.where('org_id', '=', p.orgId)
  return q.execute()
}

/**
 * One page of a union's members of one status in name order, after the last row of the page before (by pinyin and
 * id): a range of the member_org_status_pinyin index, so each page costs its own rows, never a re-scan.
 */
export function memberPage(db: Db, p: MemberPageRequest): Promise<ExportRow[]> {
  return memberPageQuery(db, p).execute()
}

interface MemberPageRequest {
  orgId: string
  status: MemberStatus
  after: { pinyin: string; id: string } | null
  limit: number
}

/** The query behind memberPage, for its plan test. */
export function memberPageQuery(db: Db, p: MemberPageRequest) {
  let q = db
    .selectFrom('member')
    .innerJoin('org', 'org.id', 'member.org_id')
    .leftJoin('enterprise as e', 'e.id', 'member.enterprise_id')
    .selectAll('member')
    .select(['org.name as org_name', 'e.name as enterprise_name'])
    .where('member.org_id', '=', p.orgId)
    .where('member.status', '=', p.status)
  if (p.after) q = q.where(sql<boolean>`(member.name_pinyin, member.id) > (${p.after.pinyin}, ${p.after.id})`)
  return q.orderBy('member.name_pinyin').orderBy('member.id').limit(p.limit)
}
