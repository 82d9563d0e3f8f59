import { sql, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { listFilter } from '../../../shared/contract/members'
import type { MemberQueryPart } from '../../../shared/members/query'
import type { Db } from '../db/schema/index'
import { startsWith } from '../db/sql-helpers'
import { listTerms } from './list-queries'

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

/** The condition of one query part; each is an index range scan (pinned in the plan tests). */
function partCondition(part: MemberQueryPart, orgIds: string[]): RawBuilder<boolean> {
  switch (part.by) {
    case 'name':
      return startsWith('member.name_key', part.prefix)
    case 'nameRest':
      return startsWith('member.name_rest', part.prefix)
    case 'given':
      return startsWith('member.name_given', part.prefix)
    case 'pinyin':
      return startsWith('member.name_pinyin', part.prefix)
    case 'initials':
      return startsWith('member.name_initials', part.prefix)
    case 'idPrefix':
      return startsWith('member.id_number', part.prefix)
    case 'idSuffix':
      return startsWith('member.id_reversed', part.reversedPrefix)
    case 'birthDate':
      return sql<boolean>`${sql.ref('member.birth_date')} = ${part.date}`
    case 'birthMonth':
      return startsWith('member.birth_date', part.prefix)
    case 'phone':
      return startsWith('member.phone', part.prefix)
    case 'org':
      return sql<boolean>`${sql.ref('member.org_id')} in (${sql.join(orgIds.length ? orgIds : [''])})`
  }
}

const orderColumn = {
  name: 'member.name_key',
  nameRest: 'member.name_rest',
  given: 'member.name_given',
  pinyin: 'member.name_pinyin',
  initials: 'member.name_initials',
  idPrefix: 'member.id_number',
  idSuffix: 'member.id_reversed',
  birthDate: 'member.birth_date',
  birthMonth: 'member.birth_date',
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

/**
 * The rowids of the members a search text matches, one index range per meaning of the text, so the list and its count
 * can combine a search with any filter and count exactly (issue 10). UNION ALL: a member matched twice (王王 by name
 * and by given name) is one member to `rowid IN (…)` and to count(distinct), without sorting each range to merge them.
 */
export function searchMatches(parts: MemberQueryPart[], orgIds: string[]): RawBuilder<unknown> {
  const selects = parts.map((part) => sql`select member.rowid as member_rowid from member where ${partCondition(part, orgIds)}`)
  return selects.length ? sql.join(selects, sql` union all `) : sql`select null as member_rowid where 0`
}

/** The list filters as plain conditions on member (for callers that run their own query, such as the export). */
export function filterConditions(f: ListFilter, today: string, matches?: RawBuilder<unknown>): Array<RawBuilder<boolean>> {
  return listTerms({ filter: f, today, matches })
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

/** The member's history, oldest first; voided events (更正) only when asked for, as the register's history shows them. */
export function memberEvents(db: Db, memberId: string, opts: { withVoided?: boolean } = {}) {
  let q = db
    .selectFrom('member_event')
    .innerJoin('org', 'org.id', 'member_event.org_id')
    .leftJoin('org as to_org', 'to_org.id', 'member_event.to_org_id')
    .selectAll('member_event')
    .select(['org.name as org_name', 'to_org.name as to_org_name'])
    .where('member_event.member_id', '=', memberId)
  if (!opts.withVoided) q = q.where('member_event.voided_at', 'is', null)
  // An undated event (imported without a date) sorts first: it is the 入会 the roster recorded.
  return q.orderBy('member_event.date').orderBy('member_event.created_at').orderBy('member_event.id').execute()
}

/** The latest date among the member's standing (not voided) events; undated events do not bound later ones. */
export function lastEventDate(db: Db, memberId: string) {
  return db.selectFrom('member_event').select('date').where('member_id', '=', memberId).where('voided_at', 'is', null).where('date', 'is not', null)
    .orderBy('date', 'desc').limit(1).executeTakeFirst()
}

export function findActiveOrg(db: Db, id: string) {
  return db.selectFrom('org').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst()
}

export function findEnterprise(db: Db, id: string) {
  return db.selectFrom('enterprise').select(['id', 'org_id', 'name']).where('id', '=', id).executeTakeFirst()
}

/**
 * Records that refer to a member: every table with a member_id column (aid, hardship, and whatever later features add,
 * such as exchange records) other than the member's own history, plus numbered prints of member documents.
 */
export async function memberReferences(db: Db, memberId: string): Promise<Array<{ table: string; count: number }>> {
  const tables = await sql<{ name: string }>`select m.name from sqlite_master m join pragma_table_info(m.name) p on p.name = 'member_id'
    where m.type = 'table' and m.name not in ('member_event') order by m.name`.execute(db)
  const out: Array<{ table: string; count: number }> = []
  for (const { name } of tables.rows) {
    const n = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)} where member_id = ${memberId}`.execute(db)
    const count = n.rows[0]?.n ?? 0
    if (count > 0) out.push({ table: name, count })
  }
  const prints = await db.selectFrom('print_log').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('subject_id', '=', memberId).where('doc_type', 'in', ['member_certificate', 'member_transfer']).executeTakeFirst()
  if (prints && Number(prints.n) > 0) out.push({ table: 'print_log', count: Number(prints.n) })
  return out
}
