import type { Selectable } from 'kysely'
import type { CaseStatus, DisputeType, LegalAidKind } from '../../../../shared/mediation/types'

/** A labour-dispute mediation case; an ended case's status is its outcome. */
export interface MediationCaseTable {
  id: string
  case_no: string
  status: CaseStatus
  type: DisputeType
  enterprise_id: string
  applied_on: string
  accepted_on: string
  closed_on: string | null
  mediator: string | null
  claims: string | null
  claim_fen: number | null
  legal_aid: 0 | 1
  legal_aid_kind: LegalAidKind | null
  agreement: string | null
  note: string | null
  created_at: string
  updated_at: string
}
export type MediationCaseRow = Selectable<MediationCaseTable>
export interface PartialDB {
  mediation_case: MediationCaseTable
}
