import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import type { Core } from '../context'
import type { Trx } from '../db/schema/index'

/**
 * The audit chain's HMAC key, kept in a file beside the database (`uniondesk.db.audit-key`, mode 0600), never in it:
 * whoever holds only the database (a copied file, a stolen backup) cannot rewrite the trail so that it verifies. The
 * file also records how many rows were written before the key existed (the unkeyed legacy chain, migration 0100) and
 * that chain's last hash, so the legacy part cannot be extended or replaced later.
 */
export interface AuditKey {
  key: Buffer
  legacyRows: number
  legacyHead: string
}

const keyFileSchema = z.object({ version: z.literal(1), key: z.string().min(40), legacyRows: z.number().int().min(0), legacyHead: z.string() })

export function auditKeyPath(dbPath: string): string {
  return `${dbPath}.audit-key`
}

/** An in-memory database (tests) keeps its key in memory, one per core. */
const inMemory = new WeakMap<Core, AuditKey>()
const loaded = new WeakMap<Core, AuditKey>()

function parseKeyFile(text: string, path: string): AuditKey {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  const file = keyFileSchema.safeParse(parsed)
  if (!file.success) throw new AppError('AUDIT_KEY_INVALID', `审计密钥文件「${path}」已损坏，无法核验或追加操作日志`)
  return { key: Buffer.from(file.data.key, 'base64'), legacyRows: file.data.legacyRows, legacyHead: file.data.legacyHead }
}

/** The key if it exists (verification never creates one); null when there is none yet. */
export function readAuditKey(core: Core): AuditKey | null {
  if (core.dbPath === ':memory:') return inMemory.get(core) ?? null
  const cached = loaded.get(core)
  if (cached) return cached
  const path = auditKeyPath(core.dbPath)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT') return null
    throw new AppError('AUDIT_KEY_INVALID', `无法读取审计密钥文件「${path}」`)
  }
  const key = parseKeyFile(text, path)
  loaded.set(core, key)
  return key
}

/**
 * The key for appending, made on the first write: inside that write's transaction, so the legacy rows it counts are
 * exactly those before it. Two processes making it at once: 'wx' lets one win and the other reads the winner's.
 */
export async function auditKeyForWrite(core: Core, trx: Trx): Promise<AuditKey> {
  const existing = readAuditKey(core)
  if (existing) return existing
  const legacy = await trx
    .selectFrom('audit_log')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('seq').as('last')])
    .where('chain', '=', 'sha256')
    .executeTakeFirstOrThrow()
  const head = legacy.last === null ? null : await trx.selectFrom('audit_log').select('hash').where('seq', '=', legacy.last).executeTakeFirst()
  const made: AuditKey = { key: randomBytes(32), legacyRows: Number(legacy.n), legacyHead: head?.hash ?? '' }
  if (core.dbPath === ':memory:') {
    inMemory.set(core, made)
    return made
  }
  const path = auditKeyPath(core.dbPath)
  const text = JSON.stringify({ version: 1, key: made.key.toString('base64'), legacyRows: made.legacyRows, legacyHead: made.legacyHead })
  try {
    writeFileSync(path, text, { flag: 'wx', mode: 0o600 })
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'EEXIST') return readAuditKey(core) ?? made
    throw new AppError('AUDIT_KEY_INVALID', `无法建立审计密钥文件「${path}」，操作未保存`)
  }
  loaded.set(core, made)
  return made
}
