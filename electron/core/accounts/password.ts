import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt with N = 2^16, r = 8, p = 1: 64 MiB and about a third of a second per guess on the office PC, which makes
 * guessing a stolen database's passwords slow without making a login feel slow. The parameters are stored with each
 * hash, so they can be raised later and old hashes still verify.
 */
const cost = { N: 2 ** 16, r: 8, p: 1 }
const keyBytes = 32

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem above 128·N·r, which node's 32 MiB default does not leave room for.
  const options: ScryptOptions = { ...o, maxmem: 256 * o.N * o.r }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

/** A per-user random salt and the derived key, as one self-describing string. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

const stored = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/

/** Compares in constant time; a malformed stored hash matches no password. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const m = stored.exec(hash)
  if (!m) return false
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const expected = Buffer.from(m[5] ?? '', 'base64')
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64'), { N, r, p })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash for an unknown name, so a wrong name costs as long as a wrong password and does not reveal which it was. */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('hex')))
}
