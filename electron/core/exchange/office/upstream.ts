import type { UpstreamView } from '../../../../shared/contract/exchange'
import type { ParsedInput } from '../../../../shared/contract/index'
import { AppError } from '../../../../shared/errors'
import { isFederationLevel } from '../../../../shared/contract/profile'
import type { WriteContext } from '../../context'
import { canonicalJson, keyCardFingerprint, parseKeyCard } from '../key-card'
import { ownCardState } from './identity-views'
import { upstreamView } from './mappers'
import { getUpstream, putUpstream } from './queries'

/**
 * Imports the federation's key card. Replacing one with another fingerprint is recorded in the audit trail (this
 * call's row, with the card before and after) and makes the next package full: baselines belong to a card.
 */
export async function setUpstream(ctx: WriteContext, input: ParsedInput<'exchange.setUpstream'>): Promise<UpstreamView & { replaced: string | null }> {
  const card = parseKeyCard(input.card)
  if (!isFederationLevel(card.level)) {
    throw new AppError('EXCHANGE_CARD_INVALID', `这张密钥卡属于「${card.unionName}」（${card.level}），不是县（区）或市总工会的密钥卡，不能作为上级导入`, { field: 'card' })
  }
  const fingerprint = keyCardFingerprint(card)
  const { ownCard } = await ownCardState(ctx)
  if (ownCard?.fingerprint === fingerprint) throw new AppError('EXCHANGE_CARD_INVALID', '这是本单位自己的密钥卡，不能作为上级导入', { field: 'card' })
  const before = await getUpstream(ctx.trx)
  const row = { id: 'self' as const, union_name: card.unionName, fingerprint, card_json: canonicalJson(card), set_at: ctx.now(), set_by: ctx.caller.user.name }
  if (before?.fingerprint !== fingerprint) await putUpstream(ctx.trx, row)
  const stored = before?.fingerprint === fingerprint ? before : row
  return { ...upstreamView(stored), replaced: before && before.fingerprint !== fingerprint ? before.fingerprint : null }
}
