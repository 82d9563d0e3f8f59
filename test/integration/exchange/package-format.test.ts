import { createHash, sign } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError, type ErrorCode } from '../../../shared/errors'
import { writeFileAtomic } from '../../../electron/core/exchange/atomic-write'
import { keyCardFingerprint, makeKeyCard } from '../../../electron/core/exchange/key-card'
import { loadOrCreateExchangeKeys } from '../../../electron/core/exchange/keys'
import { openPackage, sealPackage, type LocalIdentity, type SealInput } from '../../../electron/core/exchange/package-format'

const now = '2026-12-02T08:00:00.000Z'
let dir: string
let office: LocalIdentity
let federation: LocalIdentity
let otherFederation: LocalIdentity

async function identity(name: string, level: '乡镇总工会' | '街道总工会'): Promise<LocalIdentity> {
  const keys = await loadOrCreateExchangeKeys(join(dir, `${name}.exchange-keys`), now)
  return { keys, card: makeKeyCard(keys, { unionName: name, creditCode: null, level }) }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ud-exchange-pkg-'))
  office = await identity('青山镇总工会', '乡镇总工会')
  // Federation levels land with the rest of issue 15; the card's level does not matter to the format.
  federation = await identity('某县总工会', '街道总工会')
  otherFederation = await identity('邻县总工会', '街道总工会')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function seal(overrides: Partial<SealInput> = {}): Buffer {
  return sealPackage({
    sender: office,
    recipient: federation.card,
    sequence: 3,
    createdAt: now,
    schemaVersion: 1,
    kind: 'incremental',
    baseSequence: 2,
    rowCounts: { member: 2, aid_payment: 1 },
    payload: Buffer.from('{"member":[["张三"],["李四"]],"aid_payment":[[50000]]}'),
    ...overrides,
  })
}

const openAtFederation = (bytes: Buffer) => openPackage(bytes, { recipient: federation, knownSenders: [otherFederation.card, office.card] })

function refusalCode(fn: () => unknown): ErrorCode {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return err.code
    throw err
  }
  return 'INTERNAL'
}

/** What a holder of the office's signing key (or a broken office program) could produce: a valid signature over bad bytes. */
function resign(bytes: Buffer): Buffer {
  const body = bytes.subarray(0, bytes.length - 64)
  const digest = Buffer.concat([Buffer.from('uniondesk-exchange-v1 signature\0'), createHash('sha512').update(body).digest()])
  return Buffer.concat([body, sign(null, digest, office.keys.signing.privateKey)])
}

describe('exchange package format', () => {
  it('round trip: the federation gets the manifest and the payload the office sealed', () => {
    const payload = Buffer.from('x'.repeat(100_000) + '职工')
    const bytes = seal({ payload, kind: 'full', sequence: 1, baseSequence: 0 })
    expect(bytes.subarray(0, 4).toString()).toBe('UDX1')
    expect(bytes.includes(Buffer.from('职工'))).toBe(false)
    const opened = openAtFederation(bytes)
    expect(opened.payload).toEqual(payload)
    expect(opened.sender).toEqual(office.card)
    expect(opened.manifest).toEqual({
      sender: keyCardFingerprint(office.card),
      recipient: keyCardFingerprint(federation.card),
      sequence: 1,
      createdAt: now,
      schemaVersion: 1,
      kind: 'full',
      baseSequence: 0,
      rowCounts: { member: 2, aid_payment: 1 },
      payloadHash: createHash('sha256').update(payload).digest('hex'),
    })
    // A fresh ephemeral key and nonce each time: the same data never gives the same file.
    expect(seal({ payload, kind: 'full', sequence: 1 }).equals(bytes)).toBe(false)
  })

  it('refuses one flipped byte at every position, with the reason of the region it falls in', () => {
    const bytes = seal()
    const manifestLength = bytes.readUInt32BE(6)
    const manifestEnd = 18 + manifestLength
    const seen = new Map<string, Set<ErrorCode>>()
    for (let i = 0; i < bytes.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const tampered = Buffer.from(bytes)
        tampered[i] = (tampered[i] ?? 0) ^ mask
        const code = refusalCode(() => openAtFederation(tampered))
        const region = i < 4 ? 'magic' : i < 6 ? 'version' : i < 18 ? 'lengths' : i < manifestEnd ? 'manifest' : i < bytes.length - 64 ? 'key, nonce, ciphertext, tag' : 'signature'
        const codes = seen.get(region) ?? new Set<ErrorCode>()
        codes.add(code)
        seen.set(region, codes)
      }
    }
    expect(Object.fromEntries([...seen].map(([region, codes]) => [region, [...codes].sort()]))).toEqual({
      magic: ['EXCHANGE_NOT_A_PACKAGE'],
      version: ['EXCHANGE_NEWER_VERSION', 'EXCHANGE_NOT_A_PACKAGE'],
      lengths: ['EXCHANGE_SIGNATURE', 'EXCHANGE_TRUNCATED'],
      // A changed digit of the sender's fingerprint names nobody registered; every other change breaks the signature.
      manifest: ['EXCHANGE_SENDER_UNKNOWN', 'EXCHANGE_SIGNATURE'],
      'key, nonce, ciphertext, tag': ['EXCHANGE_SIGNATURE'],
      signature: ['EXCHANGE_SIGNATURE'],
    })
  })

  it('refuses a file cut short anywhere, and what is not a package at all', () => {
    const bytes = seal()
    for (const length of [4, 10, 17, 18, 19, 100, bytes.length - 65, bytes.length - 64, bytes.length - 1]) {
      expect(refusalCode(() => openAtFederation(bytes.subarray(0, length))), `cut at ${length}`).toBe('EXCHANGE_TRUNCATED')
    }
    for (const notOne of [Buffer.alloc(0), Buffer.from('UDX'), Buffer.from('SQLite format 3\0'), Buffer.from('姓名,身份证号\n张三,110101199003071234')]) {
      expect(refusalCode(() => openAtFederation(notOne))).toBe('EXCHANGE_NOT_A_PACKAGE')
    }
    expect(refusalCode(() => openAtFederation(Buffer.concat([bytes, Buffer.from([0])])))).toBe('EXCHANGE_SIGNATURE')
  })

  it('refuses a package for another federation, from an unregistered office, or of a newer schema', () => {
    expect(refusalCode(() => openAtFederation(seal({ recipient: otherFederation.card })))).toBe('EXCHANGE_WRONG_RECIPIENT')
    expect(refusalCode(() => openPackage(seal(), { recipient: federation, knownSenders: [otherFederation.card] }))).toBe('EXCHANGE_SENDER_UNKNOWN')
    // The office re-made its keys but the federation still holds the old card: same name, another key.
    const impostor = { ...office.card, signingPublicKey: otherFederation.card.signingPublicKey }
    expect(refusalCode(() => openPackage(seal(), { recipient: federation, knownSenders: [impostor] }))).toBe('EXCHANGE_SENDER_UNKNOWN')
    const newer = seal({ schemaVersion: 2 })
    expect(refusalCode(() => openAtFederation(newer))).toBe('EXCHANGE_NEWER_VERSION')
    expect(openPackage(newer, { recipient: federation, knownSenders: [office.card], readableSchemaVersion: 2 }).manifest.schemaVersion).toBe(2)
  })

  it('checks the payload even when the signature is good (a broken or dishonest sender)', () => {
    const bytes = seal()
    const tampered = Buffer.from(bytes)
    const tagStart = bytes.length - 64 - 16
    tampered[tagStart - 1] = (tampered[tagStart - 1] ?? 0) ^ 1
    expect(refusalCode(() => openAtFederation(resign(tampered)))).toBe('EXCHANGE_PAYLOAD_CORRUPT')
    expect(openAtFederation(resign(bytes)).payload.length).toBeGreaterThan(0)
  })

  it('refuses to seal with keys that are not the ones on the office card', () => {
    expect(refusalCode(() => seal({ sender: { keys: office.keys, card: otherFederation.card } }))).toBe('EXCHANGE_KEY')
  })

  it('writes a package atomically: the file is whole or absent, with no temporary file left', async () => {
    const bytes = seal()
    const dest = join(dir, 'out', '上报包-3.udx')
    await writeFileAtomic(dest, bytes)
    expect(openAtFederation(await readFile(dest)).manifest.sequence).toBe(3)
    expect(await readdir(join(dir, 'out'))).toEqual(['上报包-3.udx'])
    await expect(writeFileAtomic(join(dest, 'inside-a-file.udx'), bytes)).rejects.toMatchObject({ code: 'FILE_UNWRITABLE' })
    expect(await readdir(join(dir, 'out'))).toEqual(['上报包-3.udx'])
  })
})
