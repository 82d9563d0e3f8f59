import { accountsHandlers, authHandlers } from './accounts/handlers'
import { aidHandlers } from './aid/handlers'
import { auditHandlers } from './audit/handlers'
import { backupHandlers } from './backup/handlers'
import { congressHandlers } from './congress/handlers'
import { contractsHandlers } from './contracts/handlers'
import { demoHandlers } from './demo/handlers'
import { exchangeHandlers } from './exchange/office/handlers'
import { federationHandlers } from './exchange/federation/handlers'
import { hardshipHandlers } from './hardship/handlers'
import type { Handlers } from './handler-types'
import { mediationHandlers } from './mediation/handlers'
import { membersHandlers } from './members/handlers'
import { orgsHandlers } from './orgs/handlers'
import { printHandlers } from './print/handlers'
import { profileHandlers } from './profile/handlers'
import { federationViewsHandlers } from './exchange/federation-views/handlers'
import { reportsHandlers } from './statistics/handlers'
import { reportsExportHandlers } from './reports-export/handlers'
import { provincialHandlers } from './exchange/provincial/handlers'
import { systemHandlers } from './system/handlers'
import { workbenchHandlers } from './workbench/handlers'

/** The one implementation of the contract; a method without a handler does not compile. */
export const registry: Handlers = {
  ...systemHandlers,
  ...profileHandlers,
  ...hardshipHandlers,
  ...aidHandlers,
  ...orgsHandlers,
  ...printHandlers,
  ...membersHandlers,
  ...demoHandlers,
  ...congressHandlers,
  ...mediationHandlers,
  ...contractsHandlers,
  ...backupHandlers,
  ...authHandlers,
  ...accountsHandlers,
  ...auditHandlers,
  ...reportsHandlers,
  ...reportsExportHandlers,
  ...provincialHandlers,
  ...exchangeHandlers,
  ...workbenchHandlers,
  ...federationHandlers,
  ...federationViewsHandlers,
}
