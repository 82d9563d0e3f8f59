import { sql } from 'kysely'
import type { CaseStatus, DisputeType } from '../../../shared/mediation/types'
import { countAll, startsWith, totalOf } from '../db/sql-helpers'
import type { Db, Trx } from '../db/schema/index'
import type { MediationCaseTable } from '../db/schema/mediation_case'
import type { MediationEventTable } from '../db/schema/mediation_event'
import type { MediationWorkerTable } from '../db/schema/mediation_worker'

function base(db: Db) {
  return db
    .selectFrom('mediation_case as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .selectAll('c')
    .select(['e.name as enterprise_name'])
}
export type CaseRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>

export function findCase(db: Db, id: string) {
  return base(db).where('c.id', '=', id).executeTakeFirst()
}

export interface CaseFilter {
  q?: string | undefined
  status?: CaseStatus | undefined
  type?: DisputeType | undefined
}

/**
 * q is a case number, a worker's name, or part of the employer's name. A township handles a few hundred cases a year,
 * so the employer-name part scans the cases (no index can serve "contains"); number and worker name use indexes.
 */
function filtered(db: Db, f: CaseFilter) {
  let q = base(db)
  if (f.status !== undefined) q = q.where('c.status', '=', f.status)
  if (f.type !== undefined) q = q.where('c.type', '=', f.type)
  const text = f.q ?? ''
  if (text !== '') {
    q = q.where((eb) =>
      eb.or([
        eb('c.case_no', '=', text),
        sql<boolean>`instr(${sql.ref('e.name')}, ${text}) > 0`,
        eb.exists(eb.selectFrom('mediation_worker as w').select('w.id').whereRef('w.case_id', '=', 'c.id').where('w.name', '=', text)),
      ]),
    )
  }
  return q
}

export async function listCases(db: Db, f: CaseFilter, page: { limit: number; offset: number }) {
  const items = await filtered(db, f).orderBy('c.applied_on', 'desc').orderBy('c.case_no', 'desc').limit(page.limit).offset(page.offset).execute()
  return { items, total: await totalOf(filtered(db, f)) }
}

export function workersOf(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([])
  return db.selectFrom('mediation_worker').selectAll().where('case_id', 'in', caseIds).orderBy('case_id').orderBy('position').execute()
}

export function eventsOf(db: Db, caseId: string) {
  return db.selectFrom('mediation_event').selectAll().where('case_id', '=', caseId).orderBy('at').execute()
}

/** The highest case number of a year (numbers are YYYY-NNNN, so text order is number order). */
export async function lastCaseNo(db: Db, year: string): Promise<string | null> {
  const r = await db.selectFrom('mediation_case').select(sql<string | null>`max(case_no)`.as('no')).where(startsWith('case_no', `${year}-`)).executeTakeFirst()
  return r?.no ?? null
}

export async function insertCase(trx: Trx, row: MediationCaseTable): Promise<void> {
  await trx.insertInto('mediation_case').values(row).execute()
}

export async function updateCase(trx: Trx, id: string, changes: Partial<Omit<MediationCaseTable, 'id' | 'case_no' | 'created_at'>>): Promise<void> {
  await trx.updateTable('mediation_case').set(changes).where('id', '=', id).execute()
}

export async function replaceWorkers(trx: Trx, caseId: string, rows: MediationWorkerTable[]): Promise<void> {
  await trx.deleteFrom('mediation_worker').where('case_id', '=', caseId).execute()
  if (rows.length) await trx.insertInto('mediation_worker').values(rows).execute()
}

export async function insertEvent(trx: Trx, row: MediationEventTable): Promise<void> {
  await trx.insertInto('mediation_event').values(row).execute()
}

export function membersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('member').select(['id', 'name', 'id_number', 'phone']).where('id', 'in', ids).execute()
}

export function enterpriseById(db: Db, id: string) {
  return db.selectFrom('enterprise').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
}

/** Employers whose name contains q, for the case form; the register is a few thousand rows at most, so a scan is fine. */
export function enterprisesMatching(db: Db, q: string, limit: number) {
  return db
    .selectFrom('enterprise as e')
    .innerJoin('org as o', 'o.id', 'e.org_id')
    .select(['e.id', 'e.name', 'e.credit_code', 'o.name as org_name'])
    .where(sql<boolean>`instr(${sql.ref('e.name')}, ${q}) > 0`)
    .orderBy(sql`length(${sql.ref('e.name')})`)
    .orderBy('e.name')
    .limit(limit)
    .execute()
}

// --- report counts (mediation.stats): each is one indexed aggregate over the period ----------------------------------

export function receivedByType(db: Db, from: string, to: string) {
  return db
    .selectFrom('mediation_case')
    .select(['type', countAll().as('n'), sql<number>`sum(legal_aid)`.as('aid')])
    .where('applied_on', '>=', from)
    .where('applied_on', '<=', to)
    .groupBy('type')
    .execute()
}

export async function legalAidWorkers(db: Db, from: string, to: string): Promise<number> {
  const r = await db
    .selectFrom('mediation_case as c')
    .innerJoin('mediation_worker as w', 'w.case_id', 'c.id')
    .select(countAll().as('n'))
    .where('c.applied_on', '>=', from)
    .where('c.applied_on', '<=', to)
    .where('c.legal_aid', '=', 1)
    .executeTakeFirstOrThrow()
  return r.n
}

/** Cases closed in the period with their receipt day: the overrun needs the working-day calendar, so it is judged in code. */
export function closedIn(db: Db, from: string, to: string) {
  return db
    .selectFrom('mediation_case')
    .select(['status', 'applied_on', 'closed_on'])
    .where('closed_on', '>=', from)
    .where('closed_on', '<=', to)
    .execute()
}

export async function pendingOn(db: Db, to: string): Promise<number> {
  const r = await db
    .selectFrom('mediation_case')
    .select(countAll().as('n'))
    .where('applied_on', '<=', to)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', to)]))
    .executeTakeFirstOrThrow()
  return r.n
}
