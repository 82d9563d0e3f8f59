import type { FeatureHandlers } from '../handler-types'
import { congressCheck, congressDetail, congressOverview, establishmentRates, saveCongress } from './service'

export const congressHandlers = {
  'congress.save': async (ctx, p) => saveCongress(ctx, p),
  'congress.get': async (ctx, p) => congressDetail(ctx, p),
  'congress.check': async (ctx, p) => congressCheck(ctx, p),
  'congress.overview': async (ctx, p) => congressOverview(ctx, p),
  'congress.rates': async ({ db }) => establishmentRates(db),
} satisfies FeatureHandlers<'congress'>
