import type { Selectable } from 'kysely'

/** An enterprise a contract covers, with its headcount from the register when the contract was saved. */
export interface CollectiveContractEnterpriseTable {
  contract_id: string
  enterprise_id: string
  workers: number | null
}
export type CollectiveContractEnterpriseRow = Selectable<CollectiveContractEnterpriseTable>
export interface PartialDB {
  collective_contract_enterprise: CollectiveContractEnterpriseTable
}
