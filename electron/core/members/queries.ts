import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { listFilter } from '../../../shared/contract/members'
import type { MemberQueryPart } from '../../../shared/members/query'
import type { Database, Db } from '../db/schema/index'
import { countAll, startsWith } from '../db/sql-helpers'

export type ListFilter = z.output<typeof listFilter>
const memberColumns = [
  'member.id', 'member.name', 'member.id_number', 'member.id_kind', 'member.gender', 'member.birth_date', 'member.org_id',
  'member.enterprise_id', 'member.status', 'member.phone', 'member.is_migrant', 'member.new_form_type',
] as const

/**
 * member is the only table in FROM; the union and enterprise names come from correlated lookups by primary key, so
 * SQLite always drives the query from a member index and never re-sorts a join (pinned in the plan tests).
 */
function baseQuery(db: Db) {
  return db
    .selectFrom('member')
    .select(memberColumns)
    .select((eb) => [
      eb.selectFrom('org').select('org.name').whereRef('org.id', '=', 'member.org_id').as('org_name'),
      eb.selectFrom('enterprise').select('enterprise.name').whereRef('enterprise.id', '=', 'member.enterprise_id').as('enterprise_name'),
    ])
}

/** The column one query part searches, and the condition; each is an index range scan (pinned in the plan tests). */
function partCondition(part: MemberQueryPart, orgIds: string[]) {
  return (eb: ExpressionBuilder<Database, 'member'>) => {
    switch (part.by) {
      case 'name':
        return startsWith('member.name', part.prefix)
      case 'nameRest':
        return startsWith('member.name_rest', part.prefix)
      case 'pinyin':
        return startsWith('member.name_pinyin', part.prefix)
      case 'initials':
        return startsWith('member.name_initials', part.prefix)
      case 'idPrefix':
        return startsWith('member.id_number', part.prefix)
      case 'idSuffix':
        return startsWith('member.id_reversed', part.reversedPrefix)
      case 'birthDate':
        return eb('member.birth_date', '=', part.date)
      case 'phone':
        return startsWith('member.phone', part.prefix)
      case 'org':
        return eb('member.org_id', 'in', orgIds.length ? orgIds : [''])
    }
  }
}

const orderColumn = {
  name: 'member.name',
  nameRest: 'member.name_rest',
  pinyin: 'member.name_pinyin',
  initials: 'member.name_initials',
  idPrefix: 'member.id_number',
  idSuffix: 'member.id_reversed',
  birthDate: 'member.birth_date',
  phone: 'member.phone',
  org: 'member.name_pinyin',
} as const

export function orgIdsNamed(db: Db, text: string) {
  // The org table is small (hundreds of rows): a substring scan over it is fine, unlike over member.
  return db.selectFrom('org').select('id').where(sql<boolean>`instr(name, ${text}) > 0`).execute()
}

/** The builder, so the plan tests can EXPLAIN exactly what runs. */
export function searchPartQuery(db: Db, part: MemberQueryPart, p: { orgId?: string; limit: number; orgIds: string[] }) {
  let q = baseQuery(db).where(partCondition(part, p.orgIds))
  if (p.orgId) q = q.where('member.org_id', '=', p.orgId)
  return q.orderBy(orderColumn[part.by]).limit(p.limit)
}

export function searchPart(db: Db, part: MemberQueryPart, p: { orgId?: string; limit: number; orgIds: string[] }) {
  return searchPartQuery(db, part, p).execute()
}

/** Birth-date bounds for an age range on `today`: age ≥ n ⇔ born on or before today − n years. */
function yearsBefore(today: string, n: number): string {
  return `${String(Number(today.slice(0, 4)) - n).padStart(4, '0')}${today.slice(4)}`
}

/** The list filters as conditions on member columns only, so the count needs no join. */
export function filterConditions(f: ListFilter, today: string, matchIds?: string[]): Array<RawBuilder<boolean>> {
  const conds: Array<RawBuilder<boolean>> = []
  const col = (c: string) => sql.ref(`member.${c}`)
  if (f.orgId) conds.push(sql<boolean>`${col('org_id')} = ${f.orgId}`)
  if (f.status) conds.push(sql<boolean>`${col('status')} = ${f.status}`)
  if (f.gender) conds.push(sql<boolean>`${col('gender')} = ${f.gender}`)
  if (f.migrant !== undefined) conds.push(sql<boolean>`${col('is_migrant')} = ${f.migrant ? 1 : 0}`)
  if (f.newFormType) conds.push(sql<boolean>`${col('new_form_type')} = ${f.newFormType}`)
  if (f.ageMin !== undefined) conds.push(sql<boolean>`${col('birth_date')} <= ${yearsBefore(today, f.ageMin)}`)
  if (f.ageMax !== undefined) conds.push(sql<boolean>`${col('birth_date')} > ${yearsBefore(today, f.ageMax + 1)}`)
  if (matchIds) conds.push(sql<boolean>`${col('id')} in (${sql.join(matchIds.length ? matchIds : [''])})`)
  return conds
}

const sortColumn = { name: 'member.name_pinyin', birthDate: 'member.birth_date', updatedAt: 'member.updated_at', createdAt: 'member.created_at' } as const

interface PageParams {
  conds: Array<RawBuilder<boolean>>
  sort: keyof typeof sortColumn
  order: 'asc' | 'desc'
  limit: number
  offset: number
}

export function listPageQuery(db: Db, p: PageParams) {
  let q = baseQuery(db)
  for (const c of p.conds) q = q.where(c)
  // rowid, not id, breaks ties: every index ends in rowid, so the ORDER BY is satisfied by the index alone.
  return q.orderBy(sortColumn[p.sort], p.order).orderBy(sql`member.rowid`, p.order).limit(p.limit).offset(p.offset)
}

export function listPage(db: Db, p: PageParams) {
  return listPageQuery(db, p).execute()
}

export function countQuery(db: Db, conds: Array<RawBuilder<boolean>>) {
  let q = db.selectFrom('member').select(countAll().as('n'))
  for (const c of conds) q = q.where(c)
  return q
}

export async function countMembers(db: Db, conds: Array<RawBuilder<boolean>>): Promise<number> {
  return (await countQuery(db, conds).executeTakeFirstOrThrow()).n
}

export function getMemberRow(db: Db, by: { id: string } | { idNumber: string }) {
  const q = db
    .selectFrom('member')
    .innerJoin('org', 'org.id', 'member.org_id')
    .leftJoin('enterprise as e', 'e.id', 'member.enterprise_id')
    .selectAll('member')
    .select(['org.name as org_name', 'e.name as enterprise_name'])
  return ('id' in by ? q.where('member.id', '=', by.id) : q.where('member.id_number', '=', by.idNumber)).executeTakeFirst()
}

export function memberEvents(db: Db, memberId: string) {
  return db
    .selectFrom('member_event')
    .innerJoin('org', 'org.id', 'member_event.org_id')
    .selectAll('member_event')
    .select('org.name as org_name')
    .where('member_event.member_id', '=', memberId)
    .orderBy('member_event.date')
    .orderBy('member_event.created_at')
    .orderBy('member_event.id')
    .execute()
}

export function lastEventDate(db: Db, memberId: string) {
  return db.selectFrom('member_event').select('date').where('member_id', '=', memberId).orderBy('date', 'desc').limit(1).executeTakeFirst()
}

export function findActiveOrg(db: Db, id: string) {
  return db.selectFrom('org').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst()
}

export function findEnterprise(db: Db, id: string) {
  return db.selectFrom('enterprise').select(['id', 'org_id', 'name']).where('id', '=', id).executeTakeFirst()
}

/** The list's total from the trigger-kept tally (migration 0005) when only equality filters are set. */
export async function countFromTally(db: Db, f: ListFilter): Promise<number> {
  let q = db.selectFrom('member_tally').select(sql<number>`coalesce(sum(n), 0)`.as('n'))
  if (f.orgId) q = q.where('org_id', '=', f.orgId)
  if (f.status) q = q.where('status', '=', f.status)
  if (f.gender) q = q.where('gender', '=', f.gender)
  if (f.migrant !== undefined) q = q.where('is_migrant', '=', f.migrant ? 1 : 0)
  if (f.newFormType) q = q.where('new_form_type', '=', f.newFormType)
  return (await q.executeTakeFirstOrThrow()).n
}
