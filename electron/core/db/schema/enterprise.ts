import type { Selectable } from 'kysely'

/** An employer a union covers; a joint or industry union covers many. */
export interface EnterpriseTable {
  id: string
  org_id: string
  name: string
  credit_code: string | null
  industry: string | null
  economic_type: string | null
  address: string | null
  employee_count: number | null
}
export type EnterpriseRow = Selectable<EnterpriseTable>
export interface PartialDB {
  enterprise: EnterpriseTable
}
