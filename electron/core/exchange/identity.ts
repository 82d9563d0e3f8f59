import { AppError } from '../../../shared/errors'
import type { Core } from '../context'
import type { Db } from '../db/schema/index'
import { toProfile } from '../profile/mappers'
import { getProfileRow } from '../profile/queries'
import { makeKeyCard } from './key-card'
import { exchangeKeyPath, loadExchangeKeys, loadOrCreateExchangeKeys, type ExchangeKeys } from './keys'
import type { LocalIdentity } from './package-format'

// An in-memory database (tests) keeps its keys in memory, one pair per core, as the audit key does.
const inMemory = new WeakMap<Core, ExchangeKeys>()

async function keysOf(core: Core, create: boolean): Promise<ExchangeKeys | null> {
  if (core.dbPath === ':memory:') {
    if (!inMemory.has(core) && create) {
      const { generateKeyPairSync } = await import('node:crypto')
      inMemory.set(core, { signing: generateKeyPairSync('ed25519'), encryption: generateKeyPairSync('x25519'), createdAt: core.now() })
    }
    return inMemory.get(core) ?? null
  }
  const path = exchangeKeyPath(core.dbPath)
  return create ? loadOrCreateExchangeKeys(path, core.now()) : loadExchangeKeys(path)
}

/**
 * This office's or federation's keys with the card made from them and its profile. `create`: make the keys on first
 * use (`exchange keys init`, exporting the card); otherwise a database without keys is told how to make them.
 */
export async function localIdentity(core: Core, db: Db, opts: { create: boolean }): Promise<LocalIdentity> {
  const row = await getProfileRow(db)
  if (!row) throw new AppError('NOT_FOUND', '尚未设置本单位信息，请先在「设置」中填写单位名称和层级')
  const keys = await keysOf(core, opts.create)
  if (!keys) throw new AppError('EXCHANGE_KEY', '本单位还没有交换密钥：请先在「上报」页生成密钥（命令行：uniondesk exchange keys init）')
  const profile = toProfile(row)
  return { keys, card: makeKeyCard(keys, { unionName: profile.name, creditCode: profile.creditCode, level: profile.level }) }
}
