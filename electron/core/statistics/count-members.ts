import { sql } from 'kysely'
import { newFormTypes } from '../../../shared/members/fields'
import type { ReportPeriod } from '../../../shared/contract/reports'
import type { Db } from '../db/schema/index'
import type { MemberEventTypeColumn } from '../db/schema/member_event'
import { newFormSlugs } from './catalog'
import { ALL_EVENT_TYPES, memberHeadCounts } from './member-state'
import { addCount, markUncomputable, type Tally } from './tally'

/** The 会籍变化 figures: each counts the live events of its types dated in the period. */
export const changeTypes: Readonly<Record<string, readonly MemberEventTypeColumn[]>> = {
  'changes.join': ['join'],
  'changes.transferIn': ['transfer_in'],
  'changes.departures': ['transfer_out', 'expel', 'withdraw'],
  'changes.transferOut': ['transfer_out'],
  'changes.expel': ['expel'],
  'changes.withdraw': ['withdraw'],
  'changes.retain': ['retain'],
}

/** Live membership events dated in the period, per union and type, from member_event_type_date_org alone. */
export function periodEventCounts(db: Db, period: ReportPeriod) {
  return db
    .selectFrom('member_event')
    .select(['org_id', 'type', sql<number>`count(*)`.as('n')])
    .where('voided_at', 'is', null)
    .where('type', 'in', ALL_EVENT_TYPES)
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .groupBy(['org_id', 'type'])
}

export async function countMembers(db: Db, period: ReportPeriod, t: Tally): Promise<void> {
  const any = await db.selectFrom('member').select('id').limit(1).executeTakeFirst()
  if (!any) {
    markUncomputable(t, 'members', '会员库中尚无会员，无法统计')
    markUncomputable(t, 'changes', '会员库中尚无会员，无法统计')
    return
  }
  let unknownGender = 0
  for (const r of await memberHeadCounts(db, period.to)) {
    addCount(t, 'members.total', r.org_id, r.active)
    addCount(t, 'members.retained', r.org_id, r.retained)
    addCount(t, 'members.women', r.org_id, r.women)
    addCount(t, 'members.migrant', r.org_id, r.migrant)
    addCount(t, 'members.newForm', r.org_id, r.newForm)
    for (const type of newFormTypes) addCount(t, `members.newForm.${newFormSlugs[type]}`, r.org_id, r.byNewForm.get(type) ?? 0)
    unknownGender += r.genderUnknown
  }
  if (unknownGender > 0) t.notes.set('members.women', `另有${unknownGender}名在会会员未登记性别，未计入`)
  t.notes.set('members.total', '女性、农民工、新就业形态按会员现登记的信息计')

  const events = await periodEventCounts(db, period).execute()
  for (const [key, types] of Object.entries(changeTypes)) {
    addCount(t, key, null, 0)
    for (const r of events) if (types.includes(r.type)) addCount(t, key, r.org_id, r.n)
  }
  const undated = await db
    .selectFrom('member_event')
    .select(sql<number>`count(*)`.as('n'))
    .where('voided_at', 'is', null)
    .where('type', '=', 'join')
    .where('date', 'is', null)
    .executeTakeFirstOrThrow()
  if (undated.n > 0) t.notes.set('changes.join', `另有${undated.n}条入会记录未填写日期（导入时未提供），不计入任何年度`)
}
