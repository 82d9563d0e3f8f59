import type { RegisteredOffice } from '../../../../shared/contract/federation'
import { isFederationLevel } from '../../../../shared/contract/profile'
import { AppError } from '../../../../shared/errors'
import type { Db } from '../../db/schema/index'
import type { WriteContext } from '../../context'
import type { ExchangeOfficeRow } from '../../db/schema/exchange_office'
import { toProfile } from '../../profile/mappers'
import { getProfileRow } from '../../profile/queries'
import { canonicalJson, keyCardFingerprint, parseKeyCard, type KeyCard } from '../key-card'
import { insertOffice, officeByCreditCode, officeByFingerprint, updateOffice } from './queries'

/** Only a 县（区）/市总工会 database receives packages; an office that tries is told what its level is. */
export async function requireFederation(db: Db): Promise<void> {
  const row = await getProfileRow(db)
  if (!row) throw new AppError('NOT_SET_UP', '尚未设置本单位信息，请先在「设置」中填写单位名称和层级')
  const profile = toProfile(row)
  if (!isFederationLevel(profile.level)) {
    throw new AppError('NOT_SET_UP', `本单位层级为「${profile.level}」，不是县（区）总工会或市总工会：只有上级总工会登记下级单位、导入上报包`)
  }
}

export function officeCard(row: Pick<ExchangeOfficeRow, 'card_json'>): KeyCard {
  return parseKeyCard(row.card_json)
}

const registered = (row: Pick<ExchangeOfficeRow, 'id' | 'union_name' | 'credit_code' | 'level' | 'fingerprint' | 'last_sequence'>, flags: { replaced: boolean; alreadyRegistered: boolean }): RegisteredOffice => ({
  officeId: row.id,
  unionName: row.union_name,
  creditCode: row.credit_code,
  level: row.level,
  fingerprint: row.fingerprint,
  lastSequence: row.last_sequence,
  ...flags,
})

/**
 * Registers an office's card. The same card again changes nothing. A new card of a registered credit code (new PC,
 * new keys) replaces the old one only when the clerk says so, after comparing fingerprints; the office then owes a
 * full package (its baseline is reset), because what it changed under the old keys cannot be told apart from loss.
 */
export async function registerOffice(ctx: WriteContext, input: { card: string; replace: boolean }): Promise<RegisteredOffice> {
  await requireFederation(ctx.trx)
  const card = parseKeyCard(input.card)
  const fingerprint = keyCardFingerprint(card)
  const same = await officeByFingerprint(ctx.trx, fingerprint)
  if (same) return registered(same, { replaced: false, alreadyRegistered: true })
  const cardJson = canonicalJson(card)
  const previous = card.creditCode ? await officeByCreditCode(ctx.trx, card.creditCode) : undefined
  if (previous) {
    if (!input.replace) {
      throw new AppError(
        'CONFLICT',
        `统一社会信用代码 ${card.creditCode ?? ''} 已登记为「${previous.union_name}」（指纹 ${previous.fingerprint}）。新密钥卡指纹为 ${fingerprint}：请先与对方电话核对指纹，确认更换后选择「替换」（命令行 --replace）`,
        { field: 'replace' },
      )
    }
    const changes = {
      union_name: card.unionName,
      level: card.level,
      fingerprint,
      card_json: cardJson,
      registered_at: ctx.now(),
      registered_by: ctx.caller.user.name,
      last_sequence: 0,
      last_kind: null,
    }
    await updateOffice(ctx.trx, previous.id, changes)
    return registered({ ...previous, ...changes }, { replaced: true, alreadyRegistered: false })
  }
  const row = {
    id: ctx.newId(),
    union_name: card.unionName,
    credit_code: card.creditCode,
    level: card.level,
    fingerprint,
    card_json: cardJson,
    registered_at: ctx.now(),
    registered_by: ctx.caller.user.name,
    last_sequence: 0,
  }
  await insertOffice(ctx.trx, row)
  return registered(row, { replaced: false, alreadyRegistered: false })
}
