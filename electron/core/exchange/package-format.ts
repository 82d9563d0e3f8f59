import { createCipheriv, createDecipheriv, createHash, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { AppError, type ErrorCode } from '../../../shared/errors'
import { canonicalJson, cardEncryptionKey, cardSigningKey, keyCardFingerprint, type KeyCard } from './key-card'
import { publicKeyFromRaw, rawPublicKey, type ExchangeKeys } from './keys'

/**
 * One `.udx` exchange package, all integers big-endian:
 *
 *   magic "UDX1" (4) | format version u16 (2) | manifest length M u32 (4) | ciphertext length C u64 (8)
 *   | manifest, canonical JSON (M) | ephemeral X25519 public key (32) | nonce (12) | ciphertext (C) | GCM tag (16)
 *   | Ed25519 signature (64)
 *
 * The payload is encrypted for the recipient with a fresh X25519 key: ECDH, HKDF-SHA256 (salt = ephemeral public key
 * || recipient public key, info "uniondesk-exchange-v1"), AES-256-GCM with the manifest bytes as additional data, so
 * the manifest cannot be swapped onto another payload. The signature covers every byte before it; it signs a
 * SHA-512 digest of them (with a context prefix), so a reader verifies without holding a second copy and a writer can
 * later stream the file. Both lengths sit in the header, so a short file is known to be short before anything else.
 */
const MAGIC = Buffer.from('UDX1', 'latin1')
export const packageFormatVersion = 1
const HEADER = 18
const EPHEMERAL = 32
const NONCE = 12
const TAG = 16
const SIGNATURE = 64
const FIXED = HEADER + EPHEMERAL + NONCE + TAG + SIGNATURE
const HKDF_INFO = Buffer.from('uniondesk-exchange-v1', 'utf8')
const SIGNATURE_CONTEXT = Buffer.from('uniondesk-exchange-v1 signature\0', 'utf8')

/** The tables a package carries; bumped when a payload's shape changes in a way an older reader cannot read. */
export const exchangeSchemaVersion = 1

/** A receipt 回执 is a package too: the federation seals it to the office that sent the package it acknowledges. */
export type PackageKind = 'full' | 'incremental' | 'receipt'

const fingerprintField = z.string().regex(/^\d{5}( \d{5}){7}$/)

const manifestSchema = z.object({
  sender: fingerprintField,
  recipient: fingerprintField,
  sequence: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: false }),
  schemaVersion: z.number().int().min(1),
  kind: z.enum(['full', 'incremental', 'receipt']),
  /**
   * The sequence this package builds on: an incremental package carries every change after the package numbered
   * here (the last one the federation acknowledged); 0 for a full package, which resets the baseline.
   */
  baseSequence: z.number().int().min(0),
  /** Rows per table, so the receiver can reconcile; a new table is one more key. */
  rowCounts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.number().int().min(0)),
  /** SHA-256 of the plaintext payload, hex. */
  payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The sender's audit trail as it stood (its last row's number and chained hash), signed with the package: a
   * federation that sees a later package name fewer rows, or another hash for the same row, knows the office's
   * trail was cut or rewritten since, which the office's database and key alone cannot show.
   */
  auditHead: z.object({ rows: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  /**
   * The row the last acknowledged package vouched for as the head, as it reads now (null: it is gone), so a trail cut
   * and then written on past its old length is still caught.
   */
  auditCheck: z.object({ rows: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/).nullable() }).optional(),
})
export type PackageManifest = z.infer<typeof manifestSchema>

/** This office's or federation's keys together with the card it gave out for them. */
export interface LocalIdentity {
  keys: ExchangeKeys
  card: KeyCard
}

export interface SealInput {
  sender: LocalIdentity
  recipient: KeyCard
  sequence: number
  createdAt: string
  schemaVersion: number
  kind: PackageKind
  baseSequence: number
  rowCounts: Readonly<Record<string, number>>
  auditHead?: AuditHead
  auditCheck?: PackageManifest['auditCheck']
  payload: Uint8Array
}

export type AuditHead = NonNullable<PackageManifest['auditHead']>

export interface OpenOptions {
  recipient: LocalIdentity
  /** The cards registered here (the federation's offices, or an office's one federation). */
  knownSenders: readonly KeyCard[]
  /** The newest payload schema this program reads. */
  readableSchemaVersion?: number
}

export interface OpenedPackage {
  manifest: PackageManifest
  payload: Buffer
  /** The registered card that signed the package. */
  sender: KeyCard
}

function assertCardMatchesKeys(identity: LocalIdentity): void {
  const same =
    rawPublicKey(identity.keys.signing.publicKey).toString('base64') === identity.card.signingPublicKey &&
    rawPublicKey(identity.keys.encryption.publicKey).toString('base64') === identity.card.encryptionPublicKey
  if (!same) throw new AppError('EXCHANGE_KEY', '本单位的密钥卡与密钥文件不符（密钥已更换），请重新导出密钥卡并交给对方登记')
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest()
}

function signedDigest(signedPart: Uint8Array): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, createHash('sha512').update(signedPart).digest()])
}

function payloadKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipientPublic]), HKDF_INFO, 32))
}

/** The bytes of one sealed package, ready to be written (atomically) to a file. */
export function sealPackage(input: SealInput): Buffer {
  assertCardMatchesKeys(input.sender)
  const manifest = manifestSchema.parse({
    sender: keyCardFingerprint(input.sender.card),
    recipient: keyCardFingerprint(input.recipient),
    sequence: input.sequence,
    createdAt: input.createdAt,
    schemaVersion: input.schemaVersion,
    kind: input.kind,
    baseSequence: input.baseSequence,
    rowCounts: input.rowCounts,
    ...(input.auditHead ? { auditHead: input.auditHead } : {}),
    ...(input.auditCheck ? { auditCheck: input.auditCheck } : {}),
    payloadHash: sha256(input.payload).toString('hex'),
  })
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8')
  const recipientKey = cardEncryptionKey(input.recipient)
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralPublic = rawPublicKey(ephemeral.publicKey)
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipientKey })
  const key = payloadKey(shared, ephemeralPublic, rawPublicKey(recipientKey))
  const nonce = randomBytes(NONCE)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(manifestBytes)
  const ciphertext = Buffer.concat([cipher.update(input.payload), cipher.final()])
  const header = Buffer.alloc(HEADER)
  MAGIC.copy(header, 0)
  header.writeUInt16BE(packageFormatVersion, 4)
  header.writeUInt32BE(manifestBytes.length, 6)
  header.writeBigUInt64BE(BigInt(ciphertext.length), 10)
  const signedPart = Buffer.concat([header, manifestBytes, ephemeralPublic, nonce, ciphertext, cipher.getAuthTag()])
  return Buffer.concat([signedPart, sign(null, signedDigest(signedPart), input.sender.keys.signing.privateKey)])
}

const refuse = (code: ErrorCode, message: string) => new AppError(code, message, { field: 'file' })
const altered = (why: string) => refuse('EXCHANGE_SIGNATURE', `签名不符（文件被改动）：${why}，未导入`)

interface Frame {
  manifestBytes: Buffer
  ephemeralPublic: Buffer
  nonce: Buffer
  ciphertext: Buffer
  tag: Buffer
  signedPart: Buffer
  signature: Buffer
}

/** Splits the file into its regions by the header's lengths; refuses what is not a package or is not all there. */
function frame(bytes: Buffer): Frame {
  const magicSeen = bytes.subarray(0, MAGIC.length)
  if (bytes.length < MAGIC.length || !magicSeen.equals(MAGIC)) throw refuse('EXCHANGE_NOT_A_PACKAGE', '不是交换包：文件开头不是上报包的标记，未导入')
  if (bytes.length < HEADER) throw refuse('EXCHANGE_TRUNCATED', `文件不完整：只有 ${bytes.length} 字节，连文件头都不全（可能拷贝时 U 盘被拔出），未导入`)
  const version = bytes.readUInt16BE(4)
  if (version === 0) throw refuse('EXCHANGE_NOT_A_PACKAGE', '不是交换包：格式版本为 0，未导入')
  if (version > packageFormatVersion) {
    throw refuse('EXCHANGE_NEWER_VERSION', `版本较新：这个包的格式版本为 ${version}，本程序只能读到版本 ${packageFormatVersion}，请先升级基层工会工作台，未导入`)
  }
  const manifestLength = bytes.readUInt32BE(6)
  const ciphertextLength = bytes.readBigUInt64BE(10)
  const expected = BigInt(FIXED + manifestLength) + ciphertextLength
  if (BigInt(bytes.length) < expected) {
    throw refuse('EXCHANGE_TRUNCATED', `文件不完整：应有 ${expected} 字节，只有 ${bytes.length} 字节（可能拷贝时 U 盘被拔出），未导入`)
  }
  if (BigInt(bytes.length) > expected) throw altered(`文件末尾多出 ${BigInt(bytes.length) - expected} 字节`)
  let at = HEADER
  const take = (n: number) => bytes.subarray(at, (at += n))
  const manifestBytes = take(manifestLength)
  const ephemeralPublic = take(EPHEMERAL)
  const nonce = take(NONCE)
  const ciphertext = take(Number(ciphertextLength))
  const tag = take(TAG)
  const signedPart = bytes.subarray(0, at)
  return { manifestBytes, ephemeralPublic, nonce, ciphertext, tag, signedPart, signature: take(SIGNATURE) }
}

/** The (not yet verified) manifest and the sender it names: only to pick the key the signature is checked with. */
function claimedSender(manifestBytes: Buffer): { json: object; sender: string } {
  let json: unknown
  try {
    json = JSON.parse(manifestBytes.toString('utf8'))
  } catch {
    throw altered('清单不是完整的 JSON')
  }
  if (json === null || typeof json !== 'object') throw altered('清单不是一组字段')
  const sender: unknown = Reflect.get(json, 'sender')
  if (typeof sender !== 'string') throw altered('清单中没有发送方')
  return { json, sender }
}

function decrypt(f: Frame, manifest: PackageManifest, recipient: LocalIdentity): Buffer {
  const failed = () => refuse('EXCHANGE_PAYLOAD_CORRUPT', '内容校验失败：无法用本单位的密钥解开数据，未导入')
  let ephemeralKey: KeyObject
  let shared: Buffer
  try {
    ephemeralKey = publicKeyFromRaw('x25519', f.ephemeralPublic)
    shared = diffieHellman({ privateKey: recipient.keys.encryption.privateKey, publicKey: ephemeralKey })
  } catch {
    throw failed()
  }
  const key = payloadKey(shared, f.ephemeralPublic, rawPublicKey(recipient.keys.encryption.publicKey))
  const decipher = createDecipheriv('aes-256-gcm', key, f.nonce)
  decipher.setAAD(f.manifestBytes)
  decipher.setAuthTag(f.tag)
  let payload: Buffer
  try {
    payload = Buffer.concat([decipher.update(f.ciphertext), decipher.final()])
  } catch {
    throw failed()
  }
  if (sha256(payload).toString('hex') !== manifest.payloadHash) {
    throw refuse('EXCHANGE_PAYLOAD_CORRUPT', '内容校验失败：解开的数据与清单中的校验值不符，未导入')
  }
  return payload
}

/**
 * Opens a package: the signature is checked against a registered card before anything in it is trusted or decrypted;
 * then that it is addressed to us, that we can read its schema, and that the payload is the one the manifest names.
 * Every refusal is an AppError whose message starts with the reason a clerk can act on.
 */
export function openPackage(bytes: Buffer, options: OpenOptions): OpenedPackage {
  assertCardMatchesKeys(options.recipient)
  const f = frame(bytes)
  const { json, sender: senderFingerprint } = claimedSender(f.manifestBytes)
  const sender = options.knownSenders.find((card) => keyCardFingerprint(card) === senderFingerprint)
  if (!sender) {
    throw refuse(
      'EXCHANGE_SENDER_UNKNOWN',
      `发送方未登记：本单位没有登记指纹为 ${senderFingerprint.slice(0, 60)} 的密钥卡，请先核对并登记对方的密钥卡（若已登记，则这个文件已被改动），未导入`,
    )
  }
  if (!verify(null, signedDigest(f.signedPart), cardSigningKey(sender), f.signature)) throw altered(`与「${sender.unionName}」登记的签名公钥对不上`)
  const readable = options.readableSchemaVersion ?? exchangeSchemaVersion
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw refuse('EXCHANGE_NOT_A_PACKAGE', '不是交换包：清单格式不正确，未导入')
  const manifest = parsed.data
  if (manifest.recipient !== keyCardFingerprint(options.recipient.card)) {
    throw refuse('EXCHANGE_WRONG_RECIPIENT', `不是发给本单位的：这个包的收件方指纹为 ${manifest.recipient}，未导入`)
  }
  if (manifest.schemaVersion > readable) {
    throw refuse('EXCHANGE_NEWER_VERSION', `版本较新：这个包的数据版本为 ${manifest.schemaVersion}，本程序只能读到版本 ${readable}，请先升级基层工会工作台，未导入`)
  }
  return { manifest, payload: decrypt(f, manifest, options.recipient), sender }
}
