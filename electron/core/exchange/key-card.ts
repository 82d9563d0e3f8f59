import { createHash, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { creditCodeField } from '../../../shared/contract/fields'
import { unionLevels } from '../../../shared/contract/profile'
import { AppError, zodToAppError } from '../../../shared/errors'
import { publicKeyFromRaw, rawPublicKey, type ExchangeKeys } from './keys'

/**
 * A key card: what one office or federation hands to the other so that packages can be addressed and checked. It holds
 * public keys only. Its fingerprint is read out over the phone to be sure the card on the USB stick is the real one.
 */
export const keyCardVersion = 1

export interface KeyCard {
  kind: 'uniondesk-key-card'
  version: typeof keyCardVersion
  unionName: string
  creditCode: string | null
  level: (typeof unionLevels)[number]
  /** Ed25519, the 32 raw bytes in base64. */
  signingPublicKey: string
  /** X25519, the 32 raw bytes in base64. */
  encryptionPublicKey: string
  createdAt: string
}

export const keyCardLabels = {
  unionName: '单位名称',
  creditCode: '统一社会信用代码',
  level: '单位层级',
  signingPublicKey: '签名公钥',
  encryptionPublicKey: '加密公钥',
  createdAt: '生成时间',
} as const

/** A public key field: canonical base64 of exactly 32 bytes that the curve accepts as a key. */
const publicKeyField = (kind: 'ed25519' | 'x25519') =>
  z.string().refine(
    (text) => {
      const raw = Buffer.from(text, 'base64')
      if (raw.length !== 32 || raw.toString('base64') !== text) return false
      try {
        publicKeyFromRaw(kind, raw)
        return true
      } catch {
        return false
      }
    },
    { message: `不是有效的 ${kind === 'ed25519' ? 'Ed25519' : 'X25519'} 公钥（应为 32 字节的 base64）` },
  )

const keyCardSchema = z.strictObject({
  kind: z.literal('uniondesk-key-card'),
  version: z.literal(keyCardVersion),
  unionName: z.string().trim().min(1).max(100),
  creditCode: creditCodeField,
  level: z.enum(unionLevels),
  signingPublicKey: publicKeyField('ed25519'),
  encryptionPublicKey: publicKeyField('x25519'),
  createdAt: z.iso.datetime({ offset: false }),
})

/**
 * Canonical JSON: keys sorted at every depth, no spaces, UTF-8. Two programs that hold the same card produce the same
 * bytes, so the fingerprint depends on the card's content and never on how a file happened to be formatted.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new AppError('INTERNAL', '规范化 JSON 只接受整数')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function keyCardBytes(card: KeyCard): Buffer {
  return Buffer.from(canonicalJson(card), 'utf8')
}

/**
 * The card's fingerprint: SHA-256 of its canonical bytes as 8 groups of 5 digits, in the manner of Signal's safety
 * numbers. Each group is 4 bytes of the hash read big-endian, mod 100000 (2^32 mod 10^5 leaves a bias under 0.002%),
 * so the 40 digits carry about 133 bits; digits read out more reliably over the phone than hex.
 */
export function keyCardFingerprint(card: KeyCard): string {
  const hash = createHash('sha256').update(keyCardBytes(card)).digest()
  const groups: string[] = []
  for (let i = 0; i < 32; i += 4) groups.push(String(hash.readUInt32BE(i) % 100000).padStart(5, '0'))
  return groups.join(' ')
}

export interface CardHolder {
  unionName: string
  creditCode: string | null
  level: KeyCard['level']
}

/** This office's or federation's own card, from its keys and its profile. */
export function makeKeyCard(keys: ExchangeKeys, holder: CardHolder): KeyCard {
  return parseKeyCard(
    canonicalJson({
      kind: 'uniondesk-key-card',
      version: keyCardVersion,
      unionName: holder.unionName,
      creditCode: holder.creditCode,
      level: holder.level,
      signingPublicKey: rawPublicKey(keys.signing.publicKey).toString('base64'),
      encryptionPublicKey: rawPublicKey(keys.encryption.publicKey).toString('base64'),
      createdAt: keys.createdAt,
    }),
  )
}

const notACard = (why: string) => new AppError('EXCHANGE_CARD_INVALID', `不是基层工会工作台的密钥卡（${why}），未登记`)

/** A card from a file's text. Refused with a Chinese message naming what is wrong; nothing is trusted before it. */
export function parseKeyCard(text: string): KeyCard {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw notACard('不是 JSON 文件')
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw notACard('内容不是一组字段')
  const kind: unknown = Reflect.get(json, 'kind')
  if (kind !== 'uniondesk-key-card') throw notACard('缺少 kind: uniondesk-key-card')
  const version: unknown = Reflect.get(json, 'version')
  if (version !== keyCardVersion) {
    const newer = typeof version === 'number' && version > keyCardVersion
    throw new AppError(
      'EXCHANGE_CARD_INVALID',
      newer ? `密钥卡版本为 ${version}，比本程序能读的版本 ${keyCardVersion} 新，请先升级基层工会工作台` : `密钥卡版本「${String(version)}」不正确，本程序只认识版本 ${keyCardVersion}`,
      { field: 'version' },
    )
  }
  const card = keyCardSchema.safeParse(json)
  if (!card.success) {
    const err = zodToAppError(card.error, keyCardLabels)
    throw new AppError('EXCHANGE_CARD_INVALID', `密钥卡有误：${err.message}`, err.detail)
  }
  return card.data
}

export function cardSigningKey(card: KeyCard): KeyObject {
  return publicKeyFromRaw('ed25519', Buffer.from(card.signingPublicKey, 'base64'))
}

export function cardEncryptionKey(card: KeyCard): KeyObject {
  return publicKeyFromRaw('x25519', Buffer.from(card.encryptionPublicKey, 'base64'))
}
