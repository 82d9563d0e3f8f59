import type { KeyCardFile, KeyCardView } from '../../../../shared/contract/exchange'
import { AppError } from '../../../../shared/errors'
import type { ReadContext } from '../../context'
import { safeFileName } from '../../files/safe-file-name'
import { localIdentity } from '../identity'
import type { LocalIdentity } from '../package-format'
import { cardView } from './mappers'

/** The card file handed to the federation: pretty JSON (any layout gives the same fingerprint, which is canonical). */
export function keyCardFile(identity: LocalIdentity): KeyCardFile {
  return {
    card: cardView(identity.card),
    fileName: safeFileName(`${identity.card.unionName}-密钥卡.json`),
    text: `${JSON.stringify(identity.card, null, 2)}\n`,
  }
}

/** Our own card, or why there is none (no keys made yet, or a damaged key file): the page says so in the core's words. */
export async function ownCardState(ctx: ReadContext): Promise<{ ownCard: KeyCardView | null; keyProblem: string | null }> {
  try {
    return { ownCard: cardView((await localIdentity(ctx.core, ctx.db, { create: false })).card), keyProblem: null }
  } catch (err) {
    if (err instanceof AppError && err.code === 'EXCHANGE_KEY') return { ownCard: null, keyProblem: err.message }
    throw err
  }
}
