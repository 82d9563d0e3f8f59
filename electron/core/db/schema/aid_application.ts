import type { Selectable } from 'kysely'
import type { ApplicationStatus, PaymentMethod } from '../../../../shared/aid/types'

/** One application with the amount, breakdown and reasons computed when it was saved. */
export interface AidApplicationTable {
  id: string
  program_id: string
  member_id: string
  date: string
  input_json: string
  amount_fen: number
  /** Medical claims: the declared self-paid amount, which later claims of the year build on. */
  self_paid_fen: number | null
  eligible: 0 | 1
  breakdown_json: string
  reasons_json: string
  /** Names of the checklist materials ticked as provided. */
  materials_json: string
  status: ApplicationStatus
  batch_id: string | null
  /** The real-name account holder: the member, or the named family payee of a death benefit. */
  payee_name: string
  payee_relation: string | null
  payee_id_number: string | null
  bank_name: string | null
  bank_account: string | null
  entered_by: string
  reviewed_by: string | null
  return_reason: string | null
  reject_reason: string | null
  pay_method: PaymentMethod | null
  paid_on: string | null
  pay_reference: string | null
  paid_by: string | null
  /** JSON BasisClaim[]: the earlier claims the amount was computed on, as they stood then; null if saved before that was kept. */
  basis_json: string | null
  created_at: string
  updated_at: string
}
export type AidApplicationRow = Selectable<AidApplicationTable>
export interface PartialDB {
  aid_application: AidApplicationTable
}
