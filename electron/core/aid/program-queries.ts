import { sql } from 'kysely'
import type { Db, Trx } from '../db/schema/index'
import type { AidProgramTable } from '../db/schema/aid_program'

export function findProgram(db: Db, id: string) {
  return db.selectFrom('aid_program').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The current version of a program; without a year, the latest year that has one. */
export function findCurrentProgram(db: Db, code: string, year?: number) {
  let q = db.selectFrom('aid_program').selectAll().where('code', '=', code).where('is_current', '=', 1)
  if (year !== undefined) q = q.where('year', '=', year)
  return q.orderBy('year', 'desc').limit(1).executeTakeFirst()
}

export function listProgramRows(db: Db, p: { year?: number; allVersions: boolean }) {
  let q = db.selectFrom('aid_program').selectAll()
  if (p.year !== undefined) q = q.where('year', '=', p.year)
  if (!p.allVersions) q = q.where('is_current', '=', 1)
  return q.orderBy('year', 'desc').orderBy('code').orderBy('version', 'desc').execute()
}

export interface ProgramMoney {
  code: string
  year: number
  committedFen: number
  paidFen: number
  applications: number
}

/** Committed and paid money per program code and year, over all versions (the budget belongs to the code and year). */
export async function programMoney(db: Db, filter: { code?: string; year?: number } = {}): Promise<ProgramMoney[]> {
  let q = db
    .selectFrom('aid_application as a')
    .innerJoin('aid_program as p', 'p.id', 'a.program_id')
    .select([
      'p.code',
      'p.year',
      sql<number>`coalesce(sum(case when a.status in ('reviewed','approved') then a.amount_fen else 0 end), 0)`.as('committedFen'),
      sql<number>`coalesce(sum(case when a.status = 'paid' then a.amount_fen else 0 end), 0)`.as('paidFen'),
      sql<number>`count(*)`.as('applications'),
    ])
    .groupBy(['p.code', 'p.year'])
  if (filter.code !== undefined) q = q.where('p.code', '=', filter.code)
  if (filter.year !== undefined) q = q.where('p.year', '=', filter.year)
  return q.execute()
}

/** Program versions under which money has been paid; those are frozen. */
export async function paidProgramIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('aid_application')
    .select('program_id')
    .distinct()
    .where('program_id', 'in', ids)
    .where('status', '=', 'paid')
    .execute()
  return new Set(rows.map((r) => r.program_id))
}

/** Cap group code → program codes in it (any year; the engine filters by year). */
export async function capGroupPrograms(db: Db): Promise<Record<string, string[]>> {
  const rows = await db
    .selectFrom('aid_program')
    .select(['code', 'cap_group'])
    .distinct()
    .where('cap_group', 'is not', null)
    .execute()
  const groups: Record<string, string[]> = {}
  for (const r of rows) if (r.cap_group !== null) (groups[r.cap_group] ??= []).push(r.code)
  return groups
}

export async function insertProgram(trx: Trx, row: AidProgramTable): Promise<void> {
  await trx.insertInto('aid_program').values(row).execute()
}

export async function updateProgramRow(trx: Trx, id: string, changes: Partial<Omit<AidProgramTable, 'id'>>): Promise<void> {
  await trx.updateTable('aid_program').set(changes).where('id', '=', id).execute()
}
