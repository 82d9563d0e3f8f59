import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditRowsAfter } from '../../../electron/core/audit/queries'
import { auditHmac, genesisHash } from '../../../electron/core/audit/hash-chain'
import { readAuditKey } from '../../../electron/core/audit/key'
import { createTestCore, type TestCore } from '../../helpers/test-core'

describe('dispatcher', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    expect(await t.replyRaw('members.fly', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
  })

  it('refuses input that is not an object', async () => {
    expect(await t.replyRaw('profile.save', 'not json object')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('appends one hash-chained audit row per write, none per read', async () => {
    await t.call('profile.get', {})
    await t.call('profile.save', { name: '甲镇总工会', level: '乡镇总工会' })
    await t.call('profile.save', { name: '乙镇总工会', level: '乡镇总工会' })
    const rows = await auditRowsAfter(t.core.db, 0, 100)
    expect(rows.map((r) => r.method)).toEqual(['profile.save', 'profile.save'])
    expect(rows[0]).toMatchObject({ actor: '测试员', transport: 'cli', chain: 'hmac' })
    const key = readAuditKey(t.core)
    if (!key) throw new Error('no audit key after a write')
    let prev = genesisHash
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev)
      expect(row.hash).toBe(auditHmac(key.key, prev, row))
      prev = row.hash
    }
  })

  it('hides an internal failure behind a reference number and logs it', async () => {
    await t.core.db.destroy()
    const r = await t.replyRaw('profile.get', {})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).toMatch(/^系统内部错误，已记录（编号 [0-9A-F]{6}）$/)
  })
})
