import type { ContractAttachment, ContractDetail, ContractSaveParsed } from '../../../shared/contract/contracts'
import { checkContract, contractTimeline } from '../../../shared/contracts/rules'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { receiveScan } from '../aid/attachment-store'
import { readCalendar } from '../aid/settings'
import type { ReadContext, WriteContext } from '../context'
import { resolveEnterprises } from '../orgs/enterprise-by-name'
import { factsOf, negotiatorsOf, stageOf, termsOf, toContractAttachment, voteOf } from './mappers'
import { contractParts, findContractAttachment, getContractRow, insertContractAttachment, writeContract } from './queries'

export const todayOf = (ctx: ReadContext, today: string | null | undefined): string => today ?? todayIn(ctx.now())

export async function contractDetail(ctx: ReadContext, id: string, today?: string | null): Promise<ContractDetail> {
  const row = await getContractRow(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', `找不到集体合同 ${id}`, { field: 'id' })
  const parts = await contractParts(ctx.db, id)
  const cal = await readCalendar(ctx.db)
  const day = todayOf(ctx, today)
  const facts = factsOf(row, parts.negotiators, parts.rounds.map((r) => r.date))
  return {
    id: row.id, kind: row.kind, title: row.title, unionSide: row.union_side, employerSide: row.employer_side, union: parts.unionName,
    enterprises: parts.enterprises.map((e) => ({ id: e.id, name: e.name, orgId: e.org_id, creditCode: e.credit_code, workers: e.workers })),
    workersCovered: row.workers_covered, workersComputed: row.workers_computed, workersCoveredReason: row.workers_reason,
    negotiators: negotiatorsOf(parts.negotiators), terms: termsOf(row), text: row.body_text,
    requestDate: row.request_date, replyDate: row.reply_date, rounds: parts.rounds.map((r) => ({ date: r.date, minutes: r.minutes })),
    vote: voteOf(row), signedDate: row.signed_date, filedDate: row.filed_date, receivedDate: row.received_date, objected: row.objected === 1,
    termStart: row.term_start, termEnd: row.term_end, emergency: row.emergency === 1, emergencyReason: row.emergency_reason,
    renewalStartedDate: row.renewal_started_date, attachments: parts.attachments.map(toContractAttachment),
    stage: stageOf(row, day, cal), check: checkContract(facts, day, cal), timeline: contractTimeline(facts, day, cal), updatedAt: row.updated_at,
  }
}

export async function saveContract(ctx: WriteContext, input: ContractSaveParsed): Promise<ContractDetail> {
  const existing = input.id ? await getContractRow(ctx.trx, input.id) : undefined
  if (input.id && !existing) throw new AppError('NOT_FOUND', `找不到集体合同 ${input.id}`, { field: 'id' })
  const id = existing?.id ?? ctx.newId()
  let orgId: string | null = null
  if (input.union) {
    const org = await ctx.trx.selectFrom('org').select('id').where('name', '=', input.union).executeTakeFirst()
    if (!org) throw new AppError('NOT_FOUND', `找不到基层工会「${input.union}」，请先在组织管理中登记`, { field: 'union' })
    orgId = org.id
  }
  const resolved = await resolveEnterprises(ctx, input.enterprises, input.union ?? undefined)
  const covered = [...new Map([...resolved.values()].map((e) => [e.id, e])).values()]
  const computed = covered.reduce((sum, e) => sum + (e.workers ?? 0), 0)
  const workers = input.workersCovered ?? computed
  // The register's headcounts are the figure the county checks; typing another needs its reason. Enterprises with no
  // headcount in the register (records loaded from paper) leave the entered figure as the only source.
  if (computed > 0 && workers !== computed && !input.workersCoveredReason) {
    throw new AppError('INVALID_INPUT', `「覆盖职工人数」${workers} 与覆盖企业登记的职工人数合计 ${computed} 不同，请填写「人数调整原因」`, { field: 'workersCoveredReason' })
  }
  const now = ctx.now()
  await writeContract(
    ctx.trx,
    {
      id, kind: input.kind, title: input.title, union_side: input.unionSide, employer_side: input.employerSide, org_id: orgId,
      workers_computed: computed, workers_covered: workers, workers_reason: workers === computed ? null : input.workersCoveredReason,
      terms_json: JSON.stringify(input.terms), body_text: input.text, request_date: input.requestDate, reply_date: input.replyDate,
      vote_total: input.vote?.total ?? null, vote_present: input.vote?.present ?? null, vote_approve: input.vote?.approve ?? null, vote_date: input.vote?.date ?? null,
      signed_date: input.signedDate, filed_date: input.filedDate, received_date: input.receivedDate, objected: input.objected ? 1 : 0,
      term_start: input.termStart, term_end: input.termEnd, emergency: input.emergency ? 1 : 0, emergency_reason: input.emergency ? input.emergencyReason : null,
      renewal_started_date: input.renewalStartedDate, created_at: existing?.created_at ?? now, updated_at: now,
    },
    {
      enterprises: covered.map((e) => ({ contract_id: id, enterprise_id: e.id, workers: e.workers })),
      negotiators: (['union', 'employer'] as const).flatMap((side) => input.negotiators[side].map((n, seq) => ({ contract_id: id, side, seq, name: n.name, chief: n.chief ? 1 as const : 0 as const, expert: n.expert ? 1 as const : 0 as const }))),
      rounds: input.rounds.map((r, seq) => ({ contract_id: id, seq, date: r.date, minutes: r.minutes })),
    },
    !existing,
  )
  return contractDetail({ ...ctx, db: ctx.trx }, id)
}

export async function attachContractFile(ctx: WriteContext, p: { contractId: string; file: { fileName: string; contentBase64: string } }): Promise<ContractAttachment> {
  const row = await getContractRow(ctx.trx, p.contractId)
  if (!row) throw new AppError('NOT_FOUND', `找不到集体合同 ${p.contractId}`, { field: 'contractId' })
  const id = ctx.newId()
  const { sha256, sizeBytes } = await receiveScan(ctx, { id, file: p.file, registeredAs: `集体合同「${row.title}」` })
  const found = await findContractAttachment(ctx.trx, { contractId: row.id, sha256 })
  if (found) return toContractAttachment(found)
  const attachment = { id, contract_id: row.id, file_name: p.file.fileName, sha256, size_bytes: sizeBytes, added_at: ctx.now(), added_by: ctx.caller.user.name }
  await insertContractAttachment(ctx.trx, attachment)
  return toContractAttachment(attachment)
}
