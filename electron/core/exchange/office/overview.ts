import { join } from 'node:path'
import type { ExchangeOverview } from '../../../../shared/contract/exchange'
import { isFederationLevel } from '../../../../shared/contract/profile'
import { exchangedTables } from '../../../../shared/exchange/exchanged-tables'
import type { ReadContext } from '../../context'
import { toProfile } from '../../profile/mappers'
import { getProfileRow } from '../../profile/queries'
import { plannedPackage } from './export'
import { ownCardState } from './identity-views'
import { outboundView, upstreamView } from './mappers'
import { countChangesAfter, countRows, getUpstream, listOutbound } from './queries'

/** An office sends a package a month: two hundred is sixteen years of them. */
const packagesShown = 200

/** Everything the 上报 page shows, from one read. */
export async function exchangeOverview(ctx: ReadContext): Promise<ExchangeOverview> {
  const { db } = ctx
  const profile = await getProfileRow(db)
  const isFederation = profile ? isFederationLevel(toProfile(profile).level) : false
  const { ownCard, keyProblem } = await ownCardState(ctx)
  const upstreamRow = await getUpstream(db)
  const upstream = upstreamRow ? upstreamView(upstreamRow) : null
  const fingerprint = upstream?.fingerprint ?? null
  const plan = fingerprint ? await plannedPackage(db, fingerprint, false) : { kind: 'full' as const, baseline: undefined }
  let pendingRecords = 0
  if (plan.baseline) pendingRecords = await countChangesAfter(db, plan.baseline.change_seq)
  else for (const t of exchangedTables) pendingRecords += await countRows(db, t.table)
  const packages = (await listOutbound(db, packagesShown)).map((row) => outboundView(row, fingerprint))
  return {
    isFederation,
    ownCard,
    keyProblem,
    upstream,
    baseline: plan.baseline ? { sequence: plan.baseline.sequence, deliveredAt: plan.baseline.delivered_at ?? '' } : null,
    nextKind: plan.kind,
    pendingRecords,
    defaultFolder: join(ctx.core.dataDir, '上报包'),
    packages,
  }
}
