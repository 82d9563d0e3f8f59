import type { FeatureHandlers } from '../../handler-types'
import { resolveConflict } from './conflicts'
import { importPackage } from './import'
import { registerOffice } from './register'

export const federationHandlers = {
  'federation.registerOffice': async (ctx, input) => registerOffice(ctx, input),
  'federation.importPackage': async (ctx, input) => importPackage(ctx, input),
  'federation.resolveConflict': async (ctx, input) => resolveConflict(ctx, input),
} satisfies FeatureHandlers<'federation'>
