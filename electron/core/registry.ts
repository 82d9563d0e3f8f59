import { accountsHandlers, authHandlers } from './accounts/handlers'
import { aidHandlers } from './aid/handlers'
import { auditHandlers } from './audit/handlers'
import { backupHandlers } from './backup/handlers'
import { congressHandlers } from './congress/handlers'
import { contractsHandlers } from './contracts/handlers'
import { demoHandlers } from './demo/handlers'
import { hardshipHandlers } from './hardship/handlers'
import type { Handlers } from './handler-types'
import { mediationHandlers } from './mediation/handlers'
import { membersHandlers } from './members/handlers'
import { orgsHandlers } from './orgs/handlers'
import { printHandlers } from './print/handlers'
import { profileHandlers } from './profile/handlers'
import { systemHandlers } from './system/handlers'

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
}
