import type { Selectable } from 'kysely'

/** A negotiation meeting (协商会议) with its minutes. */
export interface CollectiveContractRoundTable {
  contract_id: string
  seq: number
  date: string
  minutes: string | null
}
export type CollectiveContractRoundRow = Selectable<CollectiveContractRoundTable>
export interface PartialDB {
  collective_contract_round: CollectiveContractRoundTable
}
