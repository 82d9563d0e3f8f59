import { contractTermsInput, type ContractAttachment, type ContractTerms, type Negotiator } from '../../../shared/contract/contracts'
import { effectiveDate, type ContractFacts } from '../../../shared/contracts/rules'
import type { WorkCalendar } from '../../../shared/dates'
import type { CollectiveContractRow } from '../db/schema/collective_contract'
import type { CollectiveContractAttachmentRow } from '../db/schema/collective_contract_attachment'
import type { CollectiveContractNegotiatorRow } from '../db/schema/collective_contract_negotiator'

/** Stored terms were validated when saved; parsing again keeps a hand-edited database from reaching the screen. */
export function termsOf(row: Pick<CollectiveContractRow, 'terms_json'>): ContractTerms {
  return contractTermsInput.parse(JSON.parse(row.terms_json))
}

export function negotiatorsOf(rows: CollectiveContractNegotiatorRow[]): { union: Negotiator[]; employer: Negotiator[] } {
  const of = (side: 'union' | 'employer') => rows.filter((r) => r.side === side).map((r) => ({ name: r.name, chief: r.chief === 1, expert: r.expert === 1 }))
  return { union: of('union'), employer: of('employer') }
}

export function voteOf(row: Pick<CollectiveContractRow, 'vote_total' | 'vote_present' | 'vote_approve' | 'vote_date'>) {
  return row.vote_total === null || row.vote_present === null || row.vote_approve === null
    ? null
    : { total: row.vote_total, present: row.vote_present, approve: row.vote_approve, date: row.vote_date }
}

export function factsOf(row: CollectiveContractRow, negotiators: CollectiveContractNegotiatorRow[], roundDates: string[]): ContractFacts {
  return {
    negotiators: negotiatorsOf(negotiators), requestDate: row.request_date, replyDate: row.reply_date, roundDates, vote: voteOf(row),
    signedDate: row.signed_date, filedDate: row.filed_date, receivedDate: row.received_date, objected: row.objected === 1,
    termStart: row.term_start, termEnd: row.term_end, emergency: row.emergency === 1, renewalStartedDate: row.renewal_started_date,
  }
}

/** Where the contract stands on `today`. */
export function stageOf(
  row: Pick<CollectiveContractRow, 'signed_date' | 'received_date' | 'objected' | 'term_end'>,
  today: string,
  cal: WorkCalendar,
): string {
  if (!row.signed_date) return '协商中'
  if (row.term_end && row.term_end < today) return '已到期'
  if (row.objected === 1) return '审查有异议'
  const eff = effectiveDate(row.received_date, false, cal)
  return eff && eff <= today ? '已生效' : '已签订'
}

export function toContractAttachment(r: CollectiveContractAttachmentRow): ContractAttachment {
  return { id: r.id, fileName: r.file_name, sha256: r.sha256, sizeBytes: r.size_bytes, addedAt: r.added_at }
}
