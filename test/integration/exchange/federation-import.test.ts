import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openPackage, type LocalIdentity } from '../../../electron/core/exchange/package-format'
import { leftOutFlag } from '../../../electron/core/exchange/federation-views/left-out'
import { crossOfficeMatchesQuery } from '../../../electron/core/exchange/federation/queries'
import { queryPlan } from '../../helpers/query-plan'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { makeId } from '../members/fixtures'
import {
  creditCode,
  deleted,
  dumpWithoutAudit,
  federationCore,
  joinEvent,
  memberRow,
  officeIdentity,
  officeRows,
  sealOfficePackage,
  writePackage,
} from './federation-fixtures'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

async function setUp() {
  const fed = await federationCore()
  t = fed.t
  const office = officeIdentity('木棠镇总工会', creditCode(1))
  const reg = await t.call('federation.registerOffice', { card: JSON.stringify(office.card) })
  return { t: fed.t, me: fed.me, office, officeId: reg.officeId }
}

const importFile = (tc: TestCore, path: string) => tc.reply('federation.importPackage', { path })

/** The receipt the office would import: opened with the office's keys against the federation's card. */
function openReceipt(path: string, office: LocalIdentity, federation: LocalIdentity) {
  const opened = openPackage(readFileSync(path), { recipient: office, knownSenders: [federation.card] })
  return { manifest: opened.manifest, body: JSON.parse(opened.payload.toString('utf8')) as Record<string, unknown> }
}

describe('federation: registering offices', () => {
  it('shows the fingerprint, registers a card once, and refuses a federation-only call on an office database', async () => {
    const { t, office, officeId } = await setUp()
    const again = await t.call('federation.registerOffice', { card: JSON.stringify(office.card) })
    expect(again).toMatchObject({ officeId, alreadyRegistered: true, replaced: false })
    expect(again.fingerprint).toMatch(/^\d{5}( \d{5}){7}$/)
    const bad = await t.reply('federation.registerOffice', { card: '{"kind":"something"}' })
    expect(bad.ok || bad.error.code).toBe('EXCHANGE_CARD_INVALID')
    const clerk = await t.reply('federation.registerOffice', { card: JSON.stringify(office.card) }, 'clerk')
    expect(clerk.ok || clerk.error.code).toBe('FORBIDDEN')

    // A database with registered offices cannot become an office (profile.save refuses it): a separate office database.
    const officeDb = await createTestCore()
    try {
      await officeDb.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
      const notFederation = await officeDb.reply('federation.registerOffice', { card: JSON.stringify(officeIdentity('另一镇', creditCode(9)).card) })
      expect(notFederation.ok || notFederation.error.code).toBe('NOT_SET_UP')
    } finally {
      await officeDb.close()
    }
  })
})

describe('federation: importing packages', () => {
  it('round trip: a full package is merged into records and the register, and its receipt opens at the office', async () => {
    const { t, me, office, officeId } = await setUp()
    const path = writePackage(t, 'pkg1.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 3) }))
    const r = await importFile(t, path)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.result).toMatchObject({ accepted: true, replayed: false, sender: '木棠镇总工会', sequence: 1, kind: 'full', inserted: 7, updated: 0, deleted: 0, conflicts: [] })
    expect(r.result.receipt).toBe(join(t.dir, '回执-木棠镇总工会-第1号.udx'))

    const members = await t.core.db.selectFrom('federation_member').selectAll().orderBy('member_id').execute()
    expect(members.map((m) => [m.member_id, m.name, m.name_pinyin, m.status, m.office_id])).toEqual([
      ['a-m0', '会员0', 'huiyuan0', 'active', officeId],
      ['a-m1', '会员1', 'huiyuan1', 'active', officeId],
      ['a-m2', '会员2', 'huiyuan2', 'active', officeId],
    ].map(([id, name, , status, o]) => [id, name, expect.stringMatching(/^huiyuan/), status, o]))
    const event = await t.core.db.selectFrom('exchange_record').selectAll().where('table_name', '=', 'member_event').where('row_key', '=', 'a-e0').executeTakeFirstOrThrow()
    expect(event).toMatchObject({ office_id: officeId, kind: 'join', on_date: '2026-03-01', org_key: 'a-org', status: 'counted' })
    const org = await t.core.db.selectFrom('exchange_record').selectAll().where('table_name', '=', 'org').executeTakeFirstOrThrow()
    expect(org).toMatchObject({ org_key: 'a-org', on_date: '2019-05-01', status: 'active' })
    const office1 = await t.core.db.selectFrom('exchange_office').selectAll().executeTakeFirstOrThrow()
    expect(office1).toMatchObject({ last_sequence: 1, last_kind: 'full', last_package_at: '2026-11-20T08:00:00.000Z' })
    const inbound = await t.core.db.selectFrom('exchange_inbound').selectAll().execute()
    expect(inbound).toEqual([expect.objectContaining({ sequence: 1, kind: 'full', inserted: 7, receipt_file: r.result.receipt })])

    const receipt = openReceipt(r.result.receipt, office, me)
    expect(receipt.manifest).toMatchObject({ kind: 'receipt', sequence: 1, baseSequence: 0, rowCounts: {} })
    expect(receipt.body).toMatchObject({ packageSequence: 1, outcome: 'merged', inserted: 7, updated: 0, deleted: 0, conflicts: 0 })
    const sent = openPackage(readFileSync(path), { recipient: me, knownSenders: [office.card] })
    expect(receipt.body['packagePayloadHash']).toBe(sent.manifest.payloadHash)
  })

  it('incremental after incremental: inserts, updates and deletes are counted and applied', async () => {
    const { t, me, office } = await setUp()
    const seal = (s: Parameters<typeof sealOfficePackage>[2]) => sealOfficePackage(office, me.card, s)
    expect(await importFile(t, writePackage(t, 'p1.udx', await seal({ sequence: 1, rows: officeRows('a', 3) })))).toMatchObject({ ok: true })
    const p2 = await seal({
      sequence: 2,
      rows: [
        memberRow({ id: 'a-m0', orgId: 'a-org', name: '会员零', idNumber: makeId('1990-01-01', 1, '469024'), status: 'transferred_out' }),
        memberRow({ id: 'a-m9', orgId: 'a-org', name: '新会员', idNumber: makeId('1991-01-01', 9, '469024') }),
        joinEvent('a-e9', 'a-m9', 'a-org', '2026-11-02'),
        deleted('member_event', 'a-e2'),
      ],
    })
    const r2 = await importFile(t, writePackage(t, 'p2.udx', p2))
    expect(r2.ok && r2.result).toMatchObject({ kind: 'incremental', inserted: 2, updated: 1, deleted: 1 })
    const r3 = await importFile(t, writePackage(t, 'p3.udx', await seal({ sequence: 3, rows: [deleted('member', 'a-m1'), deleted('member', 'no-such')] })))
    expect(r3.ok && r3.result).toMatchObject({ sequence: 3, inserted: 0, updated: 0, deleted: 1 })
    const members = await t.core.db.selectFrom('federation_member').select(['member_id', 'name', 'status']).orderBy('member_id').execute()
    expect(members).toEqual([
      { member_id: 'a-m0', name: '会员零', status: 'transferred_out' },
      { member_id: 'a-m2', name: '会员2', status: 'active' },
      { member_id: 'a-m9', name: '新会员', status: 'active' },
    ])
    const keys = await t.core.db.selectFrom('exchange_record').select('row_key').where('table_name', '=', 'member_event').orderBy('row_key').execute()
    expect(keys.map((k) => k.row_key)).toEqual(['a-e0', 'a-e1', 'a-e9'])
    expect((await t.core.db.selectFrom('exchange_office').select('last_sequence').executeTakeFirstOrThrow()).last_sequence).toBe(3)

    // A full package afterwards replaces everything the office had: what it no longer carries is deleted.
    const r4 = await importFile(t, writePackage(t, 'p4.udx', await seal({ sequence: 4, kind: 'full', rows: officeRows('a', 1) })))
    expect(r4.ok && r4.result).toMatchObject({ kind: 'full', inserted: 0, updated: 3, deleted: 4 })
    expect(await t.core.db.selectFrom('federation_member').select('member_id').execute()).toEqual([{ member_id: 'a-m0' }])
  })

  it('replay: changes nothing, says so, and writes the receipt again', async () => {
    const { t, me, office } = await setUp()
    const path = writePackage(t, 'p1.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 2) }))
    const first = await importFile(t, path)
    const before = await dumpWithoutAudit(t)
    const receipt = join(t.dir, '回执-木棠镇总工会-第1号.udx')
    const again = await importFile(t, path)
    expect(again.ok && again.result).toMatchObject({ accepted: true, replayed: true, inserted: 0, updated: 0, deleted: 0, message: '第1号包已导入过，未作改动（已重新生成回执）' })
    expect(await dumpWithoutAudit(t)).toBe(before)
    // The receipt written again still tells the office what the first import merged (it may never have had that one).
    const merged = first.ok ? first.result.inserted : -1
    expect(merged).toBeGreaterThan(0)
    expect(openReceipt(receipt, office, me).body).toMatchObject({ outcome: 'replayed', packageSequence: 1, inserted: merged, updated: 0, deleted: 0 })
  })

  it('gap: an incremental package after a missing one is refused naming the missing numbers, nothing changed', async () => {
    const { t, me, office } = await setUp()
    await importFile(t, writePackage(t, 'p1.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 2) })))
    const before = await t.dump()
    const r = await importFile(t, writePackage(t, 'p4.udx', await sealOfficePackage(office, me.card, { sequence: 4, baseSequence: 3, rows: officeRows('a', 1).slice(1, 2) })))
    expect(r.ok || r.error).toMatchObject({ code: 'EXCHANGE_SEQUENCE_GAP', message: expect.stringContaining('缺少第2、3号包') })
    expect(await t.dump()).toBe(before)
  })

  it('refuses a package whose manifest counts disagree with its rows, a wrong recipient, an unknown sender, a truncated file, a newer schema and a file that is not a package', async () => {
    const { t, me, office } = await setUp()
    const before = await t.dump()
    const refusal = async (name: string, bytes: Uint8Array) => {
      const r = await importFile(t, writePackage(t, name, bytes))
      expect(await t.dump(), name).toBe(before)
      return r.ok ? 'accepted' : r.error.code
    }
    const rows = officeRows('a', 2)
    expect(await refusal('counts.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows, rowCounts: { org: 1, member: 2, member_event: 1 } }))).toBe('EXCHANGE_PAYLOAD_CORRUPT')
    const otherFederation = officeIdentity('另一个总工会', creditCode(50))
    expect(await refusal('recipient.udx', await sealOfficePackage(office, otherFederation.card, { sequence: 1, rows }))).toBe('EXCHANGE_WRONG_RECIPIENT')
    const stranger = officeIdentity('未登记镇总工会', creditCode(51))
    expect(await refusal('stranger.udx', await sealOfficePackage(stranger, me.card, { sequence: 1, rows }))).toBe('EXCHANGE_SENDER_UNKNOWN')
    const good = await sealOfficePackage(office, me.card, { sequence: 1, rows })
    expect(await refusal('short.udx', good.subarray(0, good.length - 100))).toBe('EXCHANGE_TRUNCATED')
    expect(await refusal('newer.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows, schemaVersion: 99 }))).toBe('EXCHANGE_NEWER_VERSION')
    expect(await refusal('text.udx', Buffer.from('姓名,身份证号码\n张三,110101199001011234\n'))).toBe('EXCHANGE_NOT_A_PACKAGE')
    const missing = await importFile(t, join(t.dir, 'nowhere.udx'))
    expect(missing.ok || missing.error.code).toBe('FILE_UNREADABLE')
    // A row whose key does not match its content is refused too (a signed package the office's writer got wrong).
    const mislabelled = [...rows.slice(0, 1), { ...rows[1]!, k: 'other-key' }, ...rows.slice(2)]
    expect(await refusal('key.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: mislabelled }))).toBe('EXCHANGE_PAYLOAD_CORRUPT')
    expect(existsSync(join(t.dir, '回执-木棠镇总工会-第1号.udx'))).toBe(false)
    // A receipt folder that cannot be written is found out before the merge: nothing changed, nothing to redo.
    const blocked = await t.reply('federation.importPackage', { path: writePackage(t, 'good.udx', good), receiptDir: join(writePackage(t, 'a-file', Buffer.from('x')), '回执') })
    expect(blocked.ok || blocked.error.code).toBe('FILE_UNWRITABLE')
    expect(await t.dump()).toBe(before)
  })

  it('tamper: every single flipped byte of a package is refused and leaves the database unchanged', async () => {
    const { t, me, office } = await setUp()
    const bytes = await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 1) })
    const before = await t.dump()
    const codes = new Map<string, number>()
    for (let i = 0; i < bytes.length; i++) {
      const bad = Buffer.from(bytes)
      bad[i] = (bad[i] ?? 0) ^ 0x01
      const r = await t.reply('federation.importPackage', { file: { fileName: 'p.udx', contentBase64: bad.toString('base64') } })
      expect(r.ok, `byte ${i} of ${bytes.length}`).toBe(false)
      if (!r.ok) codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1)
      expect(await t.dump(), `byte ${i}`).toBe(before)
    }
    expect([...codes.keys()].every((c) => c.startsWith('EXCHANGE_'))).toBe(true)
    // And the untouched package is accepted, so the refusals were the flips'.
    const ok = await t.reply('federation.importPackage', { file: { fileName: 'p.udx', contentBase64: bytes.toString('base64') } })
    expect(ok.ok && ok.result.receiptFile?.fileName).toBe('回执-木棠镇总工会-第1号.udx')
  }, 120_000)
})

describe('federation: the cross-office conflict', () => {
  it('records the same ID number active in two offices once, and both resolutions', async () => {
    const { t, me, office } = await setUp()
    const other = officeIdentity('那大镇总工会', creditCode(2))
    const otherId = (await t.call('federation.registerOffice', { card: JSON.stringify(other.card) })).officeId
    await importFile(t, writePackage(t, 'a1.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 2) })))
    const bRows = [...officeRows('b', 1, 100), memberRow({ id: 'b-dup', orgId: 'b-org', name: '重复者', idNumber: makeId('1990-01-01', 1, '469024') })]
    const b1 = await importFile(t, writePackage(t, 'b1.udx', await sealOfficePackage(other, me.card, { sequence: 1, rows: bRows })))
    if (!b1.ok) throw new Error(b1.error.message)
    expect(b1.result.conflicts).toEqual([expect.objectContaining({ memberId: 'b-dup', memberName: '重复者', otherOffice: '木棠镇总工会', otherMemberId: 'a-m0', idNumber: expect.stringMatching(/^469024\*+\d{3}[\dX]$/) })])
    // Both stay in the register: nothing is overwritten.
    expect(await t.core.db.selectFrom('federation_member').select('member_id').where('id_number', '=', makeId('1990-01-01', 1, '469024')).orderBy('member_id').execute()).toEqual([{ member_id: 'a-m0' }, { member_id: 'b-dup' }])

    // The same pair again (a full package re-sent, a member retained) is not recorded twice.
    const b2 = await importFile(t, writePackage(t, 'b2.udx', await sealOfficePackage(other, me.card, { sequence: 2, kind: 'full', rows: bRows })))
    expect(b2.ok && b2.result.conflicts).toEqual([])
    const a2 = await importFile(t, writePackage(t, 'a2.udx', await sealOfficePackage(office, me.card, { sequence: 2, rows: [memberRow({ id: 'a-m0', orgId: 'a-org', name: '会员0', idNumber: makeId('1990-01-01', 1, '469024'), status: 'retained' })] })))
    expect(a2.ok && a2.result.conflicts).toEqual([])
    const conflicts = await t.core.db.selectFrom('exchange_conflict').selectAll().execute()
    expect(conflicts).toEqual([expect.objectContaining({ state: 'open', first_office_id: expect.any(String), first_member_id: 'a-m0', second_office_id: otherId, second_member_id: 'b-dup' })])
    const id = conflicts[0]!.id

    const counted = () => t!.core.db.selectFrom('federation_member as fm').select('fm.member_id').where((eb) => eb.not(leftOutFlag(eb))).orderBy('fm.member_id').execute()
    expect((await counted()).map((m) => m.member_id)).toContain('b-dup')
    const noNote = await t.reply('federation.resolveConflict', { id, resolution: 'keep_both' })
    expect(noNote.ok || noNote.error.field).toBe('note')
    const notParty = await t.reply('federation.resolveConflict', { id, resolution: 'keep_one', keptOfficeId: 'someone-else' })
    expect(notParty.ok || notParty.error.field).toBe('keptOfficeId')

    expect(await t.call('federation.resolveConflict', { id, resolution: 'keep_one', keptOfficeId: otherId })).toEqual({ id, state: 'kept_one', keptOfficeId: otherId })
    const after = (await counted()).map((m) => m.member_id)
    expect(after).toContain('b-dup')
    expect(after).not.toContain('a-m0')
    expect(after).toHaveLength(3)

    await t.call('federation.resolveConflict', { id, resolution: 'keep_both', note: '兼职两处，两地会籍均有效' })
    expect((await counted()).map((m) => m.member_id)).toContain('a-m0')
    expect(await t.core.db.selectFrom('exchange_conflict').select(['state', 'note', 'resolved_by']).executeTakeFirstOrThrow()).toEqual({ state: 'kept_both', note: '兼职两处，两地会籍均有效', resolved_by: '测试员' })
    const audit = await t.core.db.selectFrom('audit_log').select('method').where('method', '=', 'federation.resolveConflict').execute()
    expect(audit).toHaveLength(2)
  })
})

describe('federation: an office whose card changed', () => {
  it('needs an explicit replace, then a full package; packages under the old card are refused', async () => {
    const { t, me, office, officeId } = await setUp()
    for (const s of [1, 2]) await importFile(t, writePackage(t, `o${s}.udx`, await sealOfficePackage(office, me.card, { sequence: s, rows: s === 1 ? officeRows('a', 2) : [] })))
    const renewed = officeIdentity('木棠镇总工会', creditCode(1), '2026-11-25T00:00:00.000Z')
    const before = await t.dump()
    const refused = await t.reply('federation.registerOffice', { card: JSON.stringify(renewed.card) })
    expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', field: 'replace' })
    expect(await t.dump()).toBe(before)
    const replaced = await t.call('federation.registerOffice', { card: JSON.stringify(renewed.card), replace: true })
    expect(replaced).toMatchObject({ officeId, replaced: true, lastSequence: 0 })

    const old = await importFile(t, writePackage(t, 'old3.udx', await sealOfficePackage(office, me.card, { sequence: 3, rows: [] })))
    expect(old.ok || old.error.code).toBe('EXCHANGE_SENDER_UNKNOWN')
    const incremental = await importFile(t, writePackage(t, 'n3.udx', await sealOfficePackage(renewed, me.card, { sequence: 3, baseSequence: 2, rows: [] })))
    expect(incremental.ok || incremental.error).toMatchObject({ code: 'EXCHANGE_SEQUENCE_GAP', message: expect.stringContaining('完整包') })
    // A new PC counts from 1 again: its full package is accepted and replaces the office's records.
    const full = await importFile(t, writePackage(t, 'n1.udx', await sealOfficePackage(renewed, me.card, { sequence: 1, kind: 'full', rows: officeRows('a', 1) })))
    expect(full.ok && full.result).toMatchObject({ accepted: true, replayed: false, kind: 'full', updated: 3, deleted: 2 })
    expect((await t.core.db.selectFrom('exchange_inbound').select('sequence').orderBy('sequence').execute()).map((r) => r.sequence)).toEqual([1])
    const audit = await t.core.db.selectFrom('audit_log').select('method').where('method', '=', 'federation.registerOffice').execute()
    expect(audit.length).toBeGreaterThanOrEqual(2)
  })
})

describe('federation: query plans at 500,000 members', () => {
  it('checks a chunk of 1,000 members for cross-office matches by index, never by walking every standing member', async () => {
    const { t, me, office } = await setUp()
    await importFile(t, writePackage(t, 'p1.udx', await sealOfficePackage(office, me.card, { sequence: 1, rows: officeRows('a', 300) })))
    const ids = Array.from({ length: 1000 }, (_, i) => `a-m${i}`)
    const plan = await t.core.db.transaction().execute((trx) => queryPlan(trx, crossOfficeMatchesQuery(trx, 'office', ids)))
    // (A register this small is cheaper to scan for `mine`; what must never happen is walking `other` by status.)
    expect(plan).toContain('SEARCH other USING INDEX federation_member_active_id (id_number=?)')
    expect(plan).not.toContain('federation_member_list')
  })
})
