import type { FeatureHandlers } from '../../handler-types'
import { localIdentity } from '../identity'
import { exportPackage } from './export'
import { keyCardFile } from './identity-views'
import { exchangeOverview } from './overview'
import { importReceipt } from './receipt'
import { setUpstream } from './upstream'

/** The office's side of the USB exchange (issue 15): keys, the federation's card, packages out, receipts in. */
export const exchangeHandlers = {
  'exchange.overview': async (ctx) => exchangeOverview(ctx),
  // Keys live in a file beside the database; made once, so a second call answers the same card.
  'exchange.initKeys': async (ctx) => keyCardFile(await localIdentity(ctx.core, ctx.trx, { create: true })),
  'exchange.keyCard': async (ctx) => keyCardFile(await localIdentity(ctx.core, ctx.db, { create: false })),
  'exchange.setUpstream': async (ctx, input) => setUpstream(ctx, input),
  'exchange.export': async (ctx, input) => exportPackage(ctx, input),
  'exchange.importReceipt': async (ctx, input) => importReceipt(ctx, input),
} satisfies FeatureHandlers<'exchange'>
