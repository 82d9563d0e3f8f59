import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decryptFile, encryptFile, isEncryptedBackup } from './encrypted'

const dir = mkdtempSync(join(tmpdir(), 'uniondesk-enc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('encrypted backup files', () => {
  const plain = join(dir, 'plain.bin')
  // Larger than one stream chunk (64 KB), so the stream joins are exercised too.
  const content = randomBytes(300_000)
  writeFileSync(plain, content)
  const sealed = join(dir, 'sealed.udbak')

  it('round-trips with the passphrase, and the file does not contain the plaintext', async () => {
    await encryptFile(plain, sealed, '长城 passphrase 2026')
    expect(await isEncryptedBackup(sealed)).toBe(true)
    expect(await isEncryptedBackup(plain)).toBe(false)
    expect(readFileSync(sealed).includes(content.subarray(1000, 1032))).toBe(false)
    await decryptFile(sealed, join(dir, 'out.bin'), '长城 passphrase 2026')
    expect(readFileSync(join(dir, 'out.bin')).equals(content)).toBe(true)
  })

  // Offsets: 14 salt, 30 nonce (header, authenticated as additional data), 100 ciphertext, last byte the tag.
  it.each([14, 30, 100, -1])('refuses a file changed at byte %i, leaving no output behind', async (at) => {
    const bytes = readFileSync(sealed)
    const i = at < 0 ? bytes.length + at : at
    bytes[i] = (bytes[i] ?? 0) ^ 0x01
    const changed = join(dir, `changed-${at}.udbak`)
    writeFileSync(changed, bytes)
    const out = join(dir, `changed-${at}.bin`)
    await expect(decryptFile(changed, out, '长城 passphrase 2026')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' })
    expect(() => readFileSync(out)).toThrow()
  })

  it('refuses a wrong passphrase', async () => {
    await expect(decryptFile(sealed, join(dir, 'wrong.bin'), '长城 passphrase 2027')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' })
  })
})
