import type { z } from 'zod'
import { accountsContract } from './accounts'
import { aidContract } from './aid'
import { auditContract } from './audit'
import { backupContract } from './backup'
import { authContract } from './auth'
import { congressContract } from './congress'
import { contractsContract } from './contracts'
import { demoContract } from './demo'
import { exchangeContract } from './exchange'
import { federationViewsContract } from './federation-views'
import { federationContract } from './federation'
import { hardshipContract } from './hardship'
import { mediationContract } from './mediation'
import { membersContract } from './members'
import { orgsContract } from './orgs'
import { printContract } from './print'
import { profileContract } from './profile'
import { provincialContract } from './provincial'
import { reportsContract } from './reports'
import { reportsExportContract } from './reports-export'
import { systemContract } from './system'
import { workbenchContract } from './workbench'
import type { Returns } from './types'

/** The whole API: one object, method name → spec. Every transport and the typed client derive from it. */
export const contract = {
  ...systemContract,
  ...profileContract,
  ...hardshipContract,
  ...aidContract,
  ...orgsContract,
  ...printContract,
  ...membersContract,
  ...demoContract,
  ...mediationContract,
  ...congressContract,
  ...contractsContract,
  ...backupContract,
  ...authContract,
  ...accountsContract,
  ...auditContract,
  ...provincialContract,
  ...exchangeContract,
  ...reportsContract,
  ...reportsExportContract,
  ...workbenchContract,
  ...federationViewsContract,
  ...federationContract,
}

export type Contract = typeof contract
export type MethodName = keyof Contract
/** What a caller may send (before defaults are applied). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
/** What a handler receives (trimmed, defaulted, normalised). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Result<M extends MethodName> = Contract[M]['result'] extends Returns<infer R> ? R : never

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}
