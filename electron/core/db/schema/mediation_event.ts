import type { Selectable } from 'kysely'

/** One dated workflow step of a case (受理 when registered, then the actions of shared/mediation/workflow.ts). */
export interface MediationEventTable {
  id: string
  case_id: string
  action: string
  date: string
  operator: string
  note: string | null
  at: string
}
export type MediationEventRow = Selectable<MediationEventTable>
export interface PartialDB {
  mediation_event: MediationEventTable
}
