import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { errnoOf, writeFileAtomic } from './atomic-write'

/**
 * An office's or federation's own exchange keys: Ed25519 to sign what it sends, X25519 to receive what is sent to it.
 * They live in `<db>.exchange-keys` (mode 0600) beside the database and never in it, so no export, backup or package
 * of the database carries them. Only the private keys are stored; the public halves are derived, so the two cannot
 * disagree.
 */
export interface KeyPair {
  privateKey: KeyObject
  publicKey: KeyObject
}

export interface ExchangeKeys {
  signing: KeyPair
  encryption: KeyPair
  /** When the keys were made; the key card carries it, so re-exporting a card keeps its fingerprint. */
  createdAt: string
}

type KeyKind = 'ed25519' | 'x25519'
const curveOf = { ed25519: 'Ed25519', x25519: 'X25519' } as const

const keyFileSchema = z.strictObject({
  kind: z.literal('uniondesk-exchange-keys'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  signingPrivateKey: z.base64(),
  encryptionPrivateKey: z.base64(),
})

export function exchangeKeyPath(dbPath: string): string {
  return `${dbPath}.exchange-keys`
}

const damaged = (path: string, why: string) =>
  new AppError('EXCHANGE_KEY', `交换密钥文件「${path}」${why}，无法生成或导入上报包。请从备份中找回该文件；若已遗失，需重新生成密钥并把新的密钥卡交给对方重新登记。`)

/** The 32 raw bytes of an Ed25519 or X25519 public key, the form a key card carries. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' })
  if (typeof jwk.x !== 'string') throw new AppError('EXCHANGE_KEY', '公钥无法导出')
  return Buffer.from(jwk.x, 'base64url')
}

/** A public key from its 32 raw bytes; throws on anything that is not a key of that kind. */
export function publicKeyFromRaw(kind: KeyKind, raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new AppError('EXCHANGE_KEY', `公钥应为 32 字节，实为 ${raw.length} 字节`)
  return createPublicKey({ key: { kty: 'OKP', crv: curveOf[kind], x: Buffer.from(raw).toString('base64url') }, format: 'jwk' })
}

function privateKeyFromDer(kind: KeyKind, base64: string, path: string, label: string): KeyPair {
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'pkcs8' })
  } catch {
    throw damaged(path, `中的${label}已损坏`)
  }
  if (privateKey.asymmetricKeyType !== kind) throw damaged(path, `中的${label}类型不对（应为 ${curveOf[kind]}）`)
  return { privateKey, publicKey: createPublicKey(privateKey) }
}

function parseKeyFile(text: string, path: string): ExchangeKeys {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw damaged(path, '已损坏（不是完整的 JSON）')
  }
  const file = keyFileSchema.safeParse(json)
  if (!file.success) throw damaged(path, '已损坏（内容不完整或格式不对）')
  return {
    signing: privateKeyFromDer('ed25519', file.data.signingPrivateKey, path, '签名私钥'),
    encryption: privateKeyFromDer('x25519', file.data.encryptionPrivateKey, path, '加密私钥'),
    createdAt: file.data.createdAt,
  }
}

/** The keys if the file exists; null when none were made yet. A damaged or exposed file is refused, never replaced. */
export async function loadExchangeKeys(path: string, platform: NodeJS.Platform = process.platform): Promise<ExchangeKeys | null> {
  let text: string
  try {
    // Like ssh: a private key others could read may already be copied, and the clerk must hear of it.
    // Windows has no such mode bits (its ACLs follow the user profile folder), so the check is POSIX only.
    if (platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
      throw damaged(path, '的权限过宽，其他用户可以读取（应只有本人可读写，即 chmod 600）')
    }
    text = await readFile(path, 'utf8')
  } catch (err) {
    if (err instanceof AppError) throw err
    if (errnoOf(err) === 'ENOENT') return null
    throw damaged(path, `无法读取（${errnoOf(err) || '未知原因'}）`)
  }
  return parseKeyFile(text, path)
}

function serialise(signing: KeyObject, encryption: KeyObject, createdAt: string): string {
  const der = (k: KeyObject) => k.export({ format: 'der', type: 'pkcs8' }).toString('base64')
  return `${JSON.stringify({ kind: 'uniondesk-exchange-keys', version: 1, createdAt, signingPrivateKey: der(signing), encryptionPrivateKey: der(encryption) }, null, 2)}\n`
}

/**
 * The keys at `path`, made on first use. Made once: an existing file is never overwritten, and when two processes
 * make keys at the same moment the file that landed first wins and both use it.
 */
export async function loadOrCreateExchangeKeys(path: string, now: string): Promise<ExchangeKeys> {
  const existing = await loadExchangeKeys(path)
  if (existing) return existing
  const signing = generateKeyPairSync('ed25519')
  const encryption = generateKeyPairSync('x25519')
  try {
    await writeFileAtomic(path, Buffer.from(serialise(signing.privateKey, encryption.privateKey, now)), { mode: 0o600, exclusive: true })
  } catch (err) {
    if (errnoOf(err) !== 'EEXIST') throw err
    const winner = await loadExchangeKeys(path)
    if (winner) return winner
    throw err
  }
  return { signing, encryption, createdAt: now }
}
