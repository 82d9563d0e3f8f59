import { schemaVersion } from '../db/open'
import type { FeatureHandlers } from '../handler-types'

export const systemHandlers = {
  'system.info': async ({ core, caller }) => ({
    appVersion: core.appVersion,
    schemaVersion,
    dbPath: core.dbPath,
    transport: caller.transport,
  }),
} satisfies FeatureHandlers<'system'>
