import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rm, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { AppError } from '../../../shared/errors'
import { fileStartsWith } from './file-magic'

/**
 * An encrypted backup: a 44-byte header, the AES-256-GCM ciphertext of the database file, and the 16-byte tag.
 *
 *   0  8  magic "UDBACKUP"        12  1  scrypt r
 *   8  1  format version (1)      13  1  scrypt p
 *   9  1  reserved (0)            14 16  salt
 *  10  1  log2 of scrypt N        30 12  nonce
 *  11  1  reserved (0)            42  2  reserved (0)
 *
 * The whole header is the cipher's additional data, so changing a parameter, the salt or the nonce fails the tag like
 * changing a byte of the data does. The key comes from the passphrase through scrypt (memory-hard), so a stolen stick
 * cannot be opened by trying passphrases quickly.
 */
const MAGIC = Buffer.from('UDBACKUP', 'ascii')
const VERSION = 1
const HEADER_BYTES = 44
const TAG_BYTES = 16
// 2^15 × 8 × 128 bytes = 32 MB per derivation, about 0.1 s: OWASP's scrypt minimum is 2^17 with r=8 at p=1 only for
// login-rate hashing; a backup is opened rarely, so the cost per guess is what matters and this keeps old PCs usable.
const LOG_N = 15
const R = 8
const P = 1

export function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const N = 2 ** logN
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

function header(salt: Buffer, nonce: Buffer): Buffer {
  const h = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(h, 0)
  h.writeUInt8(VERSION, 8)
  h.writeUInt8(LOG_N, 10)
  h.writeUInt8(R, 12)
  h.writeUInt8(P, 13)
  salt.copy(h, 14)
  nonce.copy(h, 30)
  return h
}

/** Whether a file starts with the encrypted backup's magic (a plain backup starts with "SQLite format 3"). */
export function isEncryptedBackup(path: string): Promise<boolean> {
  return fileStartsWith(path, MAGIC)
}

/** Encrypts `src` into `dest` (which must not exist). */
export async function encryptFile(src: string, dest: string, passphrase: string): Promise<void> {
  const salt = randomBytes(16)
  const nonce = randomBytes(12)
  const key = await deriveKey(passphrase, salt, LOG_N, R, P)
  const h = header(salt, nonce)
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(h)
  const out = createWriteStream(dest, { flags: 'wx', flush: true })
  out.write(h)
  await pipeline(createReadStream(src), cipher, out, { end: false })
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), () => resolve()).once('error', reject))
}

const wrongPassphrase = () => new AppError('PASSPHRASE_WRONG', '备份文件的密码不正确，或文件已被改动、不完整，无法解密。数据库未做任何修改。', { field: 'passphrase' })

/**
 * Decrypts `src` into `dest`. GCM authenticates only at the end, so the plaintext goes to `dest` first and `dest` is
 * removed when the tag does not match: nothing unauthenticated is ever left for a caller to open.
 */
export async function decryptFile(src: string, dest: string, passphrase: string): Promise<void> {
  const { size } = await stat(src)
  const handle = await open(src, 'r')
  const h = Buffer.alloc(HEADER_BYTES)
  const tag = Buffer.alloc(TAG_BYTES)
  try {
    await handle.read(h, 0, HEADER_BYTES, 0)
    if (size < HEADER_BYTES + TAG_BYTES) throw wrongPassphrase()
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES)
  } finally {
    await handle.close()
  }
  if (!h.subarray(0, 8).equals(MAGIC)) throw new AppError('NOT_A_BACKUP', '这不是基层工会工作台的加密备份文件')
  if (h.readUInt8(8) !== VERSION) {
    throw new AppError('DB_FROM_NEWER_VERSION', '这个加密备份由更新版本的基层工会工作台制作，本程序无法读取，请升级程序后再恢复。数据库未做任何修改。')
  }
  const logN = h.readUInt8(10)
  const r = h.readUInt8(12)
  const p = h.readUInt8(13)
  // A header made up to make scrypt take all memory or time is refused before deriving anything.
  if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw wrongPassphrase()
  const key = await deriveKey(passphrase, h.subarray(14, 30), logN, r, p)
  const decipher = createDecipheriv('aes-256-gcm', key, h.subarray(30, 42)).setAAD(h).setAuthTag(tag)
  try {
    await pipeline(createReadStream(src, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }), decipher, createWriteStream(dest, { flags: 'wx', flush: true }))
  } catch (err) {
    await rm(dest, { force: true })
    // A disk's failure carries its errno code (ENOSPC…); the one other failure here is the tag: a wrong passphrase or
    // changed bytes, which GCM cannot tell apart.
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('E')) throw err
    throw wrongPassphrase()
  }
}
