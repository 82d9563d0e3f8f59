import { sql } from 'kysely'
import type { ContractKind } from '../../../shared/contract/contracts'
import type { CollectiveContractTable } from '../db/schema/collective_contract'
import type { CollectiveContractAttachmentTable } from '../db/schema/collective_contract_attachment'
import type { CollectiveContractEnterpriseTable } from '../db/schema/collective_contract_enterprise'
import type { CollectiveContractNegotiatorTable } from '../db/schema/collective_contract_negotiator'
import type { CollectiveContractRoundTable } from '../db/schema/collective_contract_round'
import type { Db, Trx } from '../db/schema/index'

export function getContractRow(db: Db, id: string) {
  return db.selectFrom('collective_contract').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function contractParts(db: Db, id: string) {
  const enterprises = await db
    .selectFrom('collective_contract_enterprise as cce')
    .innerJoin('enterprise as e', 'e.id', 'cce.enterprise_id')
    .select(['e.id', 'e.name', 'e.org_id', 'e.credit_code', 'cce.workers'])
    .where('cce.contract_id', '=', id)
    .orderBy('e.name')
    .execute()
  const negotiators = await db.selectFrom('collective_contract_negotiator').selectAll().where('contract_id', '=', id).orderBy('side').orderBy('seq').execute()
  const rounds = await db.selectFrom('collective_contract_round').selectAll().where('contract_id', '=', id).orderBy('seq').execute()
  const attachments = await db.selectFrom('collective_contract_attachment').selectAll().where('contract_id', '=', id).orderBy('added_at').execute()
  const org = await db
    .selectFrom('collective_contract as c')
    .innerJoin('org', 'org.id', 'c.org_id')
    .select('org.name')
    .where('c.id', '=', id)
    .executeTakeFirst()
  return { enterprises, negotiators, rounds, attachments, unionName: org?.name ?? null }
}

export async function writeContract(
  trx: Trx,
  row: CollectiveContractTable,
  parts: { enterprises: CollectiveContractEnterpriseTable[]; negotiators: CollectiveContractNegotiatorTable[]; rounds: CollectiveContractRoundTable[] },
  isNew: boolean,
): Promise<void> {
  if (isNew) await trx.insertInto('collective_contract').values(row).execute()
  else {
    const { id, created_at: _created, ...changes } = row
    await trx.updateTable('collective_contract').set(changes).where('id', '=', id).execute()
    for (const t of ['collective_contract_enterprise', 'collective_contract_negotiator', 'collective_contract_round'] as const) {
      await trx.deleteFrom(t).where('contract_id', '=', id).execute()
    }
  }
  // Chunks of 500 rows stay far below SQLite's bound-parameter limit.
  for (let i = 0; i < parts.enterprises.length; i += 500) await trx.insertInto('collective_contract_enterprise').values(parts.enterprises.slice(i, i + 500)).execute()
  if (parts.negotiators.length) await trx.insertInto('collective_contract_negotiator').values(parts.negotiators).execute()
  if (parts.rounds.length) await trx.insertInto('collective_contract_round').values(parts.rounds).execute()
}

export interface ContractListFilter {
  kind?: ContractKind
  q?: string
  termEndFrom?: string
  termEndTo?: string
  limit: number
  offset: number
}

export function listContractRows(db: Db, f: ContractListFilter) {
  let q = db
    .selectFrom('collective_contract as c')
    .select([
      'c.id', 'c.kind', 'c.title', 'c.union_side', 'c.employer_side', 'c.workers_covered', 'c.signed_date', 'c.received_date', 'c.objected',
      'c.term_start', 'c.term_end',
      (eb) => eb.selectFrom('collective_contract_enterprise as cce').select(sql<number>`count(*)`.as('n')).whereRef('cce.contract_id', '=', 'c.id').as('enterprise_count'),
    ])
  if (f.kind) q = q.where('c.kind', '=', f.kind)
  if (f.q) q = q.where(sql<boolean>`instr(c.title, ${f.q}) > 0`)
  if (f.termEndFrom && f.termEndTo) q = q.where('c.term_end', '>=', f.termEndFrom).where('c.term_end', '<=', f.termEndTo)
  const ordered = f.termEndFrom ? q.orderBy('c.term_end').orderBy('c.id') : q.orderBy('c.signed_date', 'desc').orderBy('c.id')
  return ordered.limit(f.limit).offset(f.offset).execute()
}

/** Contracts that may raise a reminder: reply awaited, filing awaited, or term ending before `termEndTo`. */
export function reminderCandidates(db: Db, p: { today: string; termEndTo: string }) {
  const cols = ['id', 'title', 'request_date', 'reply_date', 'signed_date', 'filed_date', 'term_end', 'renewal_started_date'] as const
  const awaitingReply = db.selectFrom('collective_contract').select(cols).where('request_date', 'is not', null).where('reply_date', 'is', null)
  const awaitingFiling = db.selectFrom('collective_contract').select(cols).where('signed_date', 'is not', null).where('filed_date', 'is', null)
  const ending = db.selectFrom('collective_contract').select(cols).where('term_end', '>=', p.today).where('term_end', '<=', p.termEndTo)
  return awaitingReply.union(awaitingFiling).union(ending).execute()
}

/** Contracts in force on `asOf` (signed, not objected to, term not ended), counted by kind. */
export async function coverageFigures(db: Db, asOf: string) {
  const byKind = await sql<{ kind: ContractKind; contracts: number; workers: number }>`
    select kind, count(*) as contracts, coalesce(sum(workers_covered), 0) as workers
    from collective_contract
    where signed_date is not null and signed_date <= ${asOf} and objected = 0 and (term_end is null or term_end >= ${asOf})
    group by kind`.execute(db)
  const totals = await sql<{ enterprises: number; dedup: number }>`
    with active as (
      select id, workers_covered, workers_computed from collective_contract
      where signed_date is not null and signed_date <= ${asOf} and objected = 0 and (term_end is null or term_end >= ${asOf})
    ),
    by_enterprise as (
      select cce.enterprise_id, max(cce.workers) as w from collective_contract_enterprise cce join active a on a.id = cce.contract_id
      where a.workers_covered = a.workers_computed and a.workers_computed > 0
      group by cce.enterprise_id
    )
    select
      (select count(distinct cce.enterprise_id) from collective_contract_enterprise cce join active a on a.id = cce.contract_id) as enterprises,
      (select coalesce(sum(w), 0) from by_enterprise)
        + (select coalesce(sum(workers_covered), 0) from active where not (workers_covered = workers_computed and workers_computed > 0)) as dedup`.execute(db)
  const year = await sql<{ n: number }>`
    select count(*) as n from collective_contract where signed_date >= ${`${asOf.slice(0, 4)}-01-01`} and signed_date <= ${asOf}`.execute(db)
  return { byKind: byKind.rows, enterprises: totals.rows[0]?.enterprises ?? 0, dedup: totals.rows[0]?.dedup ?? 0, newThisYear: year.rows[0]?.n ?? 0 }
}

export function findContractAttachment(db: Db, p: { contractId: string; sha256: string }) {
  return db.selectFrom('collective_contract_attachment').selectAll().where('contract_id', '=', p.contractId).where('sha256', '=', p.sha256).executeTakeFirst()
}

export async function insertContractAttachment(trx: Trx, row: CollectiveContractAttachmentTable): Promise<void> {
  await trx.insertInto('collective_contract_attachment').values(row).execute()
}

export function enterpriseOptions(db: Db, p: { q: string; limit: number }) {
  let q = db.selectFrom('enterprise as e').innerJoin('org', 'org.id', 'e.org_id').select(['e.name', 'org.name as org_name', 'e.employee_count']).where('org.status', '=', 'active')
  if (p.q) q = q.where(sql<boolean>`instr(e.name, ${p.q}) > 0`)
  return q.orderBy('e.name').limit(p.limit).execute()
}
