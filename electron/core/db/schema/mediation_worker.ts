import type { Selectable } from 'kysely'

/** A worker party of a case: a member of the register (member_id) or a person outside it; id_number normalised, unmasked. */
export interface MediationWorkerTable {
  id: string
  case_id: string
  position: number
  member_id: string | null
  name: string
  id_number: string | null
  phone: string | null
}
export type MediationWorkerRow = Selectable<MediationWorkerTable>
export interface PartialDB {
  mediation_worker: MediationWorkerTable
}
