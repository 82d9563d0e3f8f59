import type { CliCommand } from '../command'
import { aidCommands } from './aid'
import { auditCommands } from './audit'
import { backupCommands } from './backup'
import { callCommand } from './call'
import { congressCommands } from './congress'
import { contractsCommands } from './contracts'
import { demoClearCommand, demoCommand } from './demo'
import { hardshipCommands } from './hardship'
import { idCheckCommand } from './id'
import { membersEventCommand, membersExportCommand, membersImportCommand, membersListCommand, membersShowCommand } from './members'
import { mediationCommands } from './mediation'
import { orgsAddCommand, orgsListCommand } from './orgs'
import { initCommand, orgShowCommand } from './profile'
import { printCommands } from './print'
import { usersCommands } from './users'

/** Every CLI command; a feature adds its file here. Commands only turn arguments into contract calls. */
export const commands: CliCommand[] = [initCommand, orgShowCommand, callCommand, idCheckCommand, membersImportCommand, membersListCommand, membersShowCommand, membersEventCommand, membersExportCommand, orgsListCommand, orgsAddCommand, demoCommand, demoClearCommand, ...printCommands, ...aidCommands, ...hardshipCommands, ...mediationCommands, ...congressCommands, ...contractsCommands, ...auditCommands, ...backupCommands, ...usersCommands]
