import type { CliCommand } from '../command'
import { callCommand } from './call'
import { initCommand, orgShowCommand } from './profile'

/** Every CLI command; a feature adds its file here. Commands only turn arguments into contract calls. */
export const commands: CliCommand[] = [initCommand, orgShowCommand, callCommand]
