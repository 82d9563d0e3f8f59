import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keyCardFingerprint, parseKeyCard } from '../../../electron/core/exchange/key-card'
import { localIdentity } from '../../../electron/core/exchange/identity'
import { createTestCore } from '../../helpers/test-core'
import { makeId } from '../members/fixtures'
import { officeAndFederation, openAtFederation, receiptFor, type ExchangePair } from './exchange-fixtures'

let pair: ExchangePair | undefined
afterEach(async () => {
  await pair?.close()
  pair = undefined
})

async function withRegister(p: ExchangePair) {
  const orgId = (await p.office.call('orgs.save', { name: '青山镇联合工会', type: '联合基层工会' })).id
  const ids: string[] = []
  for (let i = 1; i <= 5; i++) {
    const saved = await p.office.call('members.save', { orgId, name: `会员${i}`, idNumber: makeId('1990-07-15', i * 2), joinDate: '2020-01-01', bankName: '农业银行', bankAccount: `62284800000000000${i}` })
    ids.push(saved.member.id)
  }
  return { orgId, ids }
}

async function exportTo(p: ExchangePair, full = false) {
  const out = join(p.office.dir, '上报')
  const r = await p.office.call('exchange.export', { out: `${out}/`, full })
  return { r, bytes: await readFile(r.file) }
}

describe('the office exports packages to its federation', () => {
  it('full, then incremental with only what changed: updates, new records and deletes, never bank accounts', async () => {
    pair = await officeAndFederation()
    const { orgId, ids } = await withRegister(pair)

    const first = await exportTo(pair)
    expect(first.r).toMatchObject({ sequence: 1, kind: 'full', baseSequence: 0 })
    expect(first.r.fileName).toMatch(/^青山镇总工会-上报包-第1号-\d{4}-\d{2}-\d{2}\.udx$/)
    const full = await openAtFederation(pair, first.bytes)
    expect(full.manifest).toMatchObject({ kind: 'full', sequence: 1, baseSequence: 0 })
    const members = full.rows.filter((r) => r.t === 'member')
    expect(members.map((m) => m.k).sort()).toEqual([...ids].sort())
    expect(first.r.counts.member).toBe(5)
    expect(full.manifest.rowCounts).toEqual(first.r.counts)
    for (const m of members) {
      if (m.op !== 'upsert') throw new Error('a full package carries rows')
      expect(Object.keys(m.row)).not.toContain('bank_account')
      expect(Object.keys(m.row)).not.toContain('bank_name')
      expect(m.row).toHaveProperty('id_number')
    }
    expect(first.bytes.includes(Buffer.from('6228480000'))).toBe(false)
    // The row as it is in the register, column for column and type for type, less the omitted ones.
    const stored = await pair.office.core.db.selectFrom('member').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow()
    const { bank_name: _bn, bank_account: _ba, ...expected } = stored
    expect(members.find((m) => m.k === ids[0])).toEqual({ t: 'member', k: ids[0], op: 'upsert', row: expected })

    // Without a receipt there is no baseline: the next package is full again.
    expect((await pair.office.call('exchange.overview', {})).nextKind).toBe('full')
    await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, first.bytes)).file })
    const overview = await pair.office.call('exchange.overview', {})
    expect(overview).toMatchObject({ nextKind: 'incremental', baseline: { sequence: 1 }, pendingRecords: 0 })
    expect(overview.packages[0]).toMatchObject({ sequence: 1, state: 'delivered', receipt: { outcome: 'merged', inserted: first.r.counts.member! + 1 + first.r.counts.member_event! } })

    await pair.office.call('members.save', { id: ids[0]!, orgId, name: '会员一改', idNumber: makeId('1990-07-15', 2), joinDate: '2020-01-01' })
    await pair.office.call('members.delete', { id: ids[1]!, reason: '录入重复' })
    const added = await pair.office.call('members.save', { orgId, name: '新会员', idNumber: makeId('1991-01-01', 4), joinDate: '2026-11-01' })

    const second = await exportTo(pair)
    expect(second.r).toMatchObject({ sequence: 2, kind: 'incremental', baseSequence: 1 })
    const inc = await openAtFederation(pair, second.bytes)
    expect(inc.manifest).toMatchObject({ kind: 'incremental', sequence: 2, baseSequence: 1 })
    const memberLines = inc.rows.filter((r) => r.t === 'member')
    expect(memberLines.map((r) => `${r.op}:${r.k}`).sort()).toEqual([`upsert:${ids[0]}`, `delete:${ids[1]}`, `upsert:${added.member.id}`].sort())
    const edited = memberLines.find((r) => r.k === ids[0])
    expect(edited?.op === 'upsert' && edited.row.name).toBe('会员一改')
    expect(inc.rows.filter((r) => r.t === 'org')).toEqual([])
    expect(second.r.counts.member).toBe(3)
  })

  it('incremental after incremental: each builds on the last acknowledged package; an unacknowledged one is carried again', async () => {
    pair = await officeAndFederation()
    const { orgId } = await withRegister(pair)
    const p1 = await exportTo(pair)
    await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p1.bytes)).file })

    const a = await pair.office.call('members.save', { orgId, name: '甲', idNumber: makeId('1992-02-02', 6), joinDate: '2026-10-01' })
    const p2 = await exportTo(pair)
    expect(p2.r).toMatchObject({ sequence: 2, kind: 'incremental', baseSequence: 1 })
    const b = await pair.office.call('members.save', { orgId, name: '乙', idNumber: makeId('1993-03-03', 8), joinDate: '2026-10-02' })

    // Package 2 not yet acknowledged: package 3 still builds on 1 and carries 甲 as well as 乙.
    const p3 = await exportTo(pair)
    expect(p3.r).toMatchObject({ sequence: 3, kind: 'incremental', baseSequence: 1 })
    const rows3 = (await openAtFederation(pair, p3.bytes)).rows.filter((r) => r.t === 'member').map((r) => r.k)
    expect(rows3.sort()).toEqual([a.member.id, b.member.id].sort())

    await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p3.bytes)).file })
    const c = await pair.office.call('members.save', { orgId, name: '丙', idNumber: makeId('1994-04-04', 2), joinDate: '2026-10-03' })
    const p4 = await exportTo(pair)
    expect(p4.r).toMatchObject({ sequence: 4, kind: 'incremental', baseSequence: 3 })
    expect((await openAtFederation(pair, p4.bytes)).rows.filter((r) => r.t === 'member').map((r) => r.k)).toEqual([c.member.id])

    // A late receipt for package 2 marks it delivered but does not move the baseline back.
    const late = await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p2.bytes)).file })
    expect(late).toMatchObject({ sequence: 2, alreadyDelivered: false, baselineSequence: 3 })
    // The same receipt again changes nothing and says so.
    const outbound = () => pair!.office.core.db.selectFrom('exchange_outbound').selectAll().orderBy('sequence').execute()
    const before = await outbound()
    const again = await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p2.bytes, { importedAt: '2026-12-03T09:00:00.000Z' })).file })
    expect(again.alreadyDelivered).toBe(true)
    expect(await outbound()).toEqual(before)
    const states = (await pair.office.call('exchange.overview', {})).packages.map((p) => `${p.sequence}:${p.state}`)
    expect(states).toEqual(['4:generated', '3:delivered', '2:delivered', '1:delivered'])
  })

  it('--full forces a full package on top of a baseline', async () => {
    pair = await officeAndFederation()
    await withRegister(pair)
    const p1 = await exportTo(pair)
    await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p1.bytes)).file })
    const p2 = await exportTo(pair, true)
    expect(p2.r).toMatchObject({ sequence: 2, kind: 'full', baseSequence: 0 })
    expect(p2.r.counts.member).toBe(5)
  })

  it('a changed federation card makes the next package full and refuses receipts signed by the old card', async () => {
    pair = await officeAndFederation()
    await withRegister(pair)
    const p1 = await exportTo(pair)
    const oldFederation = await pair.federationId()
    await pair.office.call('exchange.importReceipt', { file: (await receiptFor(pair, p1.bytes)).file })
    const p2 = await exportTo(pair)
    expect(p2.r.kind).toBe('incremental')
    const oldReceipt = await receiptFor(pair, p2.bytes, { signer: oldFederation })

    // The federation got new keys (a new PC): a new core with the same name stands for it.
    const newFed = await createTestCore()
    try {
      await newFed.call('profile.save', { name: '临江县总工会', level: '县（区）总工会' })
      const newCard = (await newFed.call('exchange.initKeys', {})).text
      const set = await pair.office.call('exchange.setUpstream', { card: newCard })
      expect(set.replaced).toBe(keyCardFingerprint(parseKeyCard(pair.federationCardText)))
      expect(set.fingerprint).toBe(keyCardFingerprint(parseKeyCard(newCard)))
      const audit = await pair.office.call('audit.list', { method: 'exchange.setUpstream' })
      expect(audit.items.map((i) => i.action)).toEqual(['导入上级总工会密钥卡', '导入上级总工会密钥卡'])

      const overview = await pair.office.call('exchange.overview', {})
      expect(overview).toMatchObject({ nextKind: 'full', baseline: null })
      expect(overview.packages.every((p) => p.toEarlierCard)).toBe(true)

      const before = await pair.office.dump()
      const refused = await pair.office.reply('exchange.importReceipt', { file: oldReceipt.file })
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.error.code).toBe('EXCHANGE_SENDER_UNKNOWN')
      expect(refused.error.message).toContain('已更换')
      expect(await pair.office.dump()).toBe(before)

      const p3 = await exportTo(pair)
      expect(p3.r).toMatchObject({ sequence: 3, kind: 'full', baseSequence: 0 })
      const newId = await localIdentity(newFed.core, newFed.core.db, { create: false })
      expect(p3.bytes.includes(Buffer.from(keyCardFingerprint(newId.card)))).toBe(true)
    } finally {
      await newFed.close()
    }
  })

  it('a folder that cannot be written refuses the export with a Chinese message, and nothing is recorded', async () => {
    pair = await officeAndFederation()
    await withRegister(pair)
    const blocker = join(pair.office.dir, '不是文件夹')
    await writeFile(blocker, 'x')
    const before = await pair.office.dump()
    const r = await pair.office.reply('exchange.export', { out: join(blocker, 'U盘') + '/' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('FILE_UNWRITABLE')
    expect(r.error.message).toMatch(/无法写入 .*：上级路径不是文件夹，请换一个位置后重试/)
    expect(await pair.office.dump()).toBe(before)

    if (process.getuid?.() !== 0) {
      // A read-only folder (root writes anywhere, so this half runs only as an ordinary user).
      const locked = join(pair.office.dir, '只读')
      await mkdir(locked)
      await chmod(locked, 0o500)
      const r2 = await pair.office.reply('exchange.export', { out: `${locked}/` })
      expect(r2.ok || r2.error.message).toMatch(/没有写入权限/)
      expect(await readdir(locked)).toEqual([])
      expect(await pair.office.dump()).toBe(before)
    }
    // The next package that does get written is number 1.
    expect((await exportTo(pair)).r.sequence).toBe(1)
  })

  it('refuses to export without the federation card or without keys, and refuses a card that is not a federation', async () => {
    pair = await officeAndFederation({ upstream: false })
    const noUp = await pair.office.reply('exchange.export', { out: '/tmp/x/' })
    expect(noUp.ok || noUp.error.code).toBe('NOT_SET_UP')
    const own = await pair.office.reply('exchange.setUpstream', { card: pair.officeCardText })
    expect(own.ok || own.error.code).toBe('EXCHANGE_CARD_INVALID')
    const broken = await pair.office.reply('exchange.setUpstream', { card: '{"kind":"uniondesk-key-card"' })
    expect(broken.ok || broken.error.code).toBe('EXCHANGE_CARD_INVALID')

    const bare = await createTestCore()
    try {
      await bare.call('profile.save', { name: '白沙镇总工会', level: '乡镇总工会' })
      const overview = await bare.call('exchange.overview', {})
      expect(overview).toMatchObject({ ownCard: null, upstream: null, nextKind: 'full', isFederation: false })
      expect(overview.keyProblem).toContain('还没有交换密钥')
      const card = await bare.reply('exchange.keyCard', {})
      expect(card.ok || card.error.code).toBe('EXCHANGE_KEY')
    } finally {
      await bare.close()
    }
  })

  it('refuses a receipt for another office, for a package it never made, or a package given as a receipt', async () => {
    pair = await officeAndFederation()
    await withRegister(pair)
    const p1 = await exportTo(pair)
    const before = await pair.office.dump()
    // The package itself is not a receipt (and is signed by the office, not the federation).
    const asReceipt = await pair.office.reply('exchange.importReceipt', { file: p1.r.file })
    expect(asReceipt.ok || asReceipt.error.code).toBe('EXCHANGE_SENDER_UNKNOWN')
    expect(await pair.office.dump()).toBe(before)
    // A receipt whose hash names other contents.
    const good = await receiptFor(pair, p1.bytes)
    await pair.office.core.db.updateTable('exchange_outbound').set({ payload_hash: '0'.repeat(64) }).execute()
    const other = await pair.office.reply('exchange.importReceipt', { file: good.file })
    expect(other.ok || other.error.code).toBe('CONFLICT')
    await pair.office.core.db.deleteFrom('exchange_outbound').execute()
    const never = await pair.office.reply('exchange.importReceipt', { file: good.file })
    expect(never.ok || never.error.code).toBe('NOT_FOUND')
  })
})

describe('round trip through the federation’s own import', () => {
  it('office → federation import → its receipt → office: delivered, and the next package is incremental', async () => {
    pair = await officeAndFederation()
    const { ids } = await withRegister(pair)
    await pair.federation.call('federation.registerOffice', { card: pair.officeCardText })
    const p1 = await exportTo(pair)
    const imported = await pair.federation.call('federation.importPackage', { path: p1.r.file, receiptDir: join(pair.federation.dir, '回执') })
    const got = await pair.office.call('exchange.importReceipt', { file: imported.receipt })
    expect(got).toMatchObject({ sequence: 1, alreadyDelivered: false, baselineSequence: 1, receipt: { outcome: 'merged' } })
    expect(got.receipt.inserted).toBeGreaterThanOrEqual(5)
    expect((await pair.office.call('exchange.overview', {})).nextKind).toBe('incremental')

    await pair.office.call('members.delete', { id: ids[4]!, reason: '录入重复' })
    const p2 = await exportTo(pair)
    expect(p2.r).toMatchObject({ sequence: 2, kind: 'incremental', baseSequence: 1 })
    const second = await pair.federation.call('federation.importPackage', { path: p2.r.file, receiptDir: join(pair.federation.dir, '回执') })
    const got2 = await pair.office.call('exchange.importReceipt', { file: second.receipt })
    expect(got2).toMatchObject({ sequence: 2, baselineSequence: 2, receipt: { outcome: 'merged' } })
    expect(got2.receipt.deleted).toBeGreaterThanOrEqual(1)
  })
})
