import type { Selectable } from 'kysely'
import type { ContractKind } from '../../../../shared/contract/contracts'

/** A collective contract (集体合同) and its legal steps; dates YYYY-MM-DD, null until the step happens. */
export interface CollectiveContractTable {
  id: string
  kind: ContractKind
  title: string
  union_side: string | null
  employer_side: string | null
  /** The grassroots union named for the contract (where unknown enterprises were added). */
  org_id: string | null
  /** Sum of the covered enterprises' headcounts when saved. */
  workers_computed: number
  /** workers_computed, or the override entered with workers_reason. */
  workers_covered: number
  workers_reason: string | null
  /** ContractTerms as JSON. */
  terms_json: string
  body_text: string | null
  request_date: string | null
  reply_date: string | null
  vote_total: number | null
  vote_present: number | null
  vote_approve: number | null
  vote_date: string | null
  signed_date: string | null
  filed_date: string | null
  received_date: string | null
  objected: 0 | 1
  term_start: string | null
  term_end: string | null
  emergency: 0 | 1
  emergency_reason: string | null
  renewal_started_date: string | null
  created_at: string
  updated_at: string
}
export type CollectiveContractRow = Selectable<CollectiveContractTable>
export interface PartialDB {
  collective_contract: CollectiveContractTable
}
