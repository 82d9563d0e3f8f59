import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { canonicalJson, keyCardFingerprint, makeKeyCard, parseKeyCard, type KeyCard } from '../../../electron/core/exchange/key-card'
import { exchangeKeyPath, loadExchangeKeys, loadOrCreateExchangeKeys, rawPublicKey } from '../../../electron/core/exchange/keys'

const now = '2026-12-02T08:00:00.000Z'
const office = { unionName: '青山镇总工会', creditCode: '813301061234567888', level: '乡镇总工会' } as const

function refusal(fn: () => unknown): AppError {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected a refusal')
}

async function asyncRefusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected a refusal')
}

let dir: string
let keyFile: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ud-exchange-keys-'))
  keyFile = exchangeKeyPath(join(dir, 'uniondesk.db'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('exchange keys', () => {
  it('are made once, beside the database, readable only by the owner, and loaded again unchanged', async () => {
    expect(keyFile).toBe(join(dir, 'uniondesk.db.exchange-keys'))
    expect(await loadExchangeKeys(keyFile)).toBeNull()
    const made = await loadOrCreateExchangeKeys(keyFile, now)
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600)
    const again = await loadOrCreateExchangeKeys(keyFile, '2027-01-01T00:00:00.000Z')
    expect(rawPublicKey(again.signing.publicKey)).toEqual(rawPublicKey(made.signing.publicKey))
    expect(rawPublicKey(again.encryption.publicKey)).toEqual(rawPublicKey(made.encryption.publicKey))
    expect(again.createdAt).toBe(now)
    expect(made.signing.privateKey.asymmetricKeyType).toBe('ed25519')
    expect(made.encryption.privateKey.asymmetricKeyType).toBe('x25519')
    // No temporary file is left behind.
    expect(await readdir(dir)).toEqual(['uniondesk.db.exchange-keys'])
  })

  it('two processes making keys at once end up with one set', async () => {
    const [a, b] = await Promise.all([loadOrCreateExchangeKeys(keyFile, now), loadOrCreateExchangeKeys(keyFile, now)])
    expect(rawPublicKey(a.signing.publicKey)).toEqual(rawPublicKey(b.signing.publicKey))
  })

  it('refuses a key file others can read, and leaves it as it was', async () => {
    await loadOrCreateExchangeKeys(keyFile, now)
    const before = await readFile(keyFile)
    await chmod(keyFile, 0o644)
    const err = await asyncRefusal(loadOrCreateExchangeKeys(keyFile, now))
    expect(err.code).toBe('EXCHANGE_KEY')
    expect(err.message).toContain('权限')
    expect(await readFile(keyFile)).toEqual(before)
    // Windows has no such mode bits: the same file loads there.
    expect(await loadExchangeKeys(keyFile, 'win32')).not.toBeNull()
  })

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => 'hello'],
    ['a key that is not a key', (text: string) => text.replace(/"signingPrivateKey": "[^"]+"/, '"signingPrivateKey": "AAAA"')],
    [
      'the two keys swapped',
      (text: string) => {
        const file = z.record(z.string(), z.unknown()).parse(JSON.parse(text))
        return JSON.stringify({ ...file, signingPrivateKey: file.encryptionPrivateKey, encryptionPrivateKey: file.signingPrivateKey })
      },
    ],
    ['a field missing', (text: string) => text.replace(/"createdAt": "[^"]+",/, '')],
  ])('refuses a damaged key file (%s) instead of making new keys over it', async (_name, damage) => {
    await loadOrCreateExchangeKeys(keyFile, now)
    const damaged = damage(await readFile(keyFile, 'utf8'))
    await writeFile(keyFile, damaged, { mode: 0o600 })
    const err = await asyncRefusal(loadOrCreateExchangeKeys(keyFile, now))
    expect(err.code).toBe('EXCHANGE_KEY')
    expect(await readFile(keyFile, 'utf8')).toBe(damaged)
  })
})

describe('key cards', () => {
  async function card(): Promise<KeyCard> {
    return makeKeyCard(await loadOrCreateExchangeKeys(keyFile, now), office)
  }

  it('carry public keys only, and read back to the same card and fingerprint', async () => {
    const keys = await loadOrCreateExchangeKeys(keyFile, now)
    const c = makeKeyCard(keys, office)
    const text = canonicalJson(c)
    const privateDer = keys.signing.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
    expect(text).not.toContain(privateDer.slice(-40))
    expect(Object.keys(c).sort()).toEqual(['createdAt', 'creditCode', 'encryptionPublicKey', 'kind', 'level', 'signingPublicKey', 'unionName', 'version'])
    expect(parseKeyCard(text)).toEqual(c)
    expect(keyCardFingerprint(c)).toMatch(/^\d{5}( \d{5}){7}$/)
    // Formatting of the file does not matter: the fingerprint is over canonical bytes.
    const pretty = JSON.stringify(Object.fromEntries(Object.entries(c).reverse()), null, 4)
    expect(keyCardFingerprint(parseKeyCard(pretty))).toBe(keyCardFingerprint(c))
  })

  it('a card with a swapped key, or any changed field, has another fingerprint', async () => {
    const c = await card()
    const other = makeKeyCard(await loadOrCreateExchangeKeys(join(dir, 'other.exchange-keys'), now), office)
    const prints = new Set([
      keyCardFingerprint(c),
      keyCardFingerprint({ ...c, signingPublicKey: other.signingPublicKey }),
      keyCardFingerprint({ ...c, encryptionPublicKey: other.encryptionPublicKey }),
      keyCardFingerprint({ ...c, unionName: '青山镇总工会 ' }),
      keyCardFingerprint({ ...c, createdAt: '2026-12-02T08:00:00.001Z' }),
    ])
    expect(prints.size).toBe(5)
  })

  it('refuses what is not a card, a wrong version and a bad key, naming what is wrong', async () => {
    const c = await card()
    const cases: Array<[string, string | undefined]> = [
      ['not json', undefined],
      ['[1,2]', undefined],
      [JSON.stringify({ ...c, kind: 'something-else' }), undefined],
      [JSON.stringify({ ...c, version: 2 }), 'version'],
      [JSON.stringify({ ...c, version: '1' }), 'version'],
      [JSON.stringify({ ...c, signingPublicKey: c.signingPublicKey.slice(0, -4) }), 'signingPublicKey'],
      [JSON.stringify({ ...c, encryptionPublicKey: Buffer.alloc(33, 7).toString('base64') }), 'encryptionPublicKey'],
      [JSON.stringify({ ...c, signingPublicKey: `${c.signingPublicKey.slice(0, -2)}!=` }), 'signingPublicKey'],
      [JSON.stringify({ ...c, unionName: '' }), 'unionName'],
      [JSON.stringify({ ...c, level: '宇宙总工会' }), 'level'],
      [JSON.stringify({ ...c, creditCode: '813301061234567889' }), 'creditCode'],
      [JSON.stringify({ ...c, privateKey: 'x' }), undefined],
    ]
    for (const [text, field] of cases) {
      const err = refusal(() => parseKeyCard(text))
      expect(err.code, text).toBe('EXCHANGE_CARD_INVALID')
      expect(err.detail.field, text).toBe(field)
      expect(err.message).toMatch(/密钥卡/)
    }
  })
})
