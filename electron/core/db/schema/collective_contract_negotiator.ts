import type { Selectable } from 'kysely'

/** A negotiator (协商代表) of one side, in the order entered. */
export interface CollectiveContractNegotiatorTable {
  contract_id: string
  side: 'union' | 'employer'
  seq: number
  name: string
  chief: 0 | 1
  expert: 0 | 1
}
export type CollectiveContractNegotiatorRow = Selectable<CollectiveContractNegotiatorTable>
export interface PartialDB {
  collective_contract_negotiator: CollectiveContractNegotiatorTable
}
