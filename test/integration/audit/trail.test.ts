import { createHash, createHmac, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { legacyAuditHash } from '../../../electron/core/audit/hash-chain'
import type { GeneratedFile } from '../../../shared/contract/types'
import { generatedBytes } from '../../helpers/outbox'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { fuweijinProgram, resetFixtures } from '../aid/fixtures'
import { addOrg, makeId, xlsxPayload } from '../members/fixtures'

// Issue 14, audit trail: no personal number or file content in a row, and a chain that proves itself.

const idNumber = '469023198808080096'
const bank = '6222021234567890'
const phone = '13800138000'

let t: TestCore
let org: string
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
  org = await addOrg(t, '木棠镇联合工会')
})
afterEach(async () => t.close())

async function auditText(method: string): Promise<string> {
  const rows = await t.core.db.selectFrom('audit_log').selectAll().where('method', '=', method).execute()
  expect(rows.length).toBeGreaterThan(0)
  return JSON.stringify(rows)
}

describe('what an audit row holds', () => {
  it('members.save: who, the record, the changed fields before and after, and no full ID, bank account or phone', async () => {
    const saved = await t.call('members.save', { orgId: org, name: '郑一', idNumber, phone, bankAccount: bank })
    await t.call('members.save', { id: saved.member.id, orgId: org, name: '郑一', phone: '13912345678', bankAccount: '6228480402564890018' })
    const text = await auditText('members.save')
    for (const full of [idNumber, bank, phone, '13912345678', '6228480402564890018']) expect(text).not.toContain(full)

    const page = await t.call('audit.list', { method: 'members.save' })
    expect(page.total).toBe(2)
    const edit = page.items[0]
    expect(edit).toMatchObject({ actor: '测试员', action: '保存会员信息', legacy: false })
    expect(edit?.recordIds).toEqual([saved.member.id, org])
    const byField = new Map(edit?.changes.map((c) => [c.field, c]))
    expect(byField.get('phone')).toMatchObject({ label: '移动电话', before: '138****8000', after: '139****5678' })
    expect(byField.get('bankAccount')).toMatchObject({ before: '6222********7890', after: '6228***********0018' })
    // Unchanged fields are not listed.
    expect(byField.has('name')).toBe(false)
    // The create lists what the new record has, with no "before".
    expect(page.items[1]?.changes.find((c) => c.field === 'idNumber')).toEqual({ field: 'idNumber', label: '证件号码', after: '469023********0096' })
  })

  it('values read as a clerk reads them: 在会 → 已转出, 经办人, 升序 and 是, not the code names the contract carries', async () => {
    const { member } = await t.call('members.save', { orgId: org, name: '郑一', idNumber, joinDate: '2020-01-01' })
    await t.call('members.event', { memberId: member.id, type: 'transfer_out', date: '2026-11-20', reason: '劳动关系变化', toText: '某某县工会' })
    await t.call('accounts.add', { name: '张经办', role: 'clerk', password: 'clerk-pass-1' })
    await t.call('members.revealList', { reason: '核对', order: 'asc' })
    const page = await t.call('audit.list', {})
    const all = page.items.flatMap((row) => row.changes)
    expect(all.find((c) => c.field === 'status')).toMatchObject({ before: '在会', after: '已转出' })
    expect(all.find((c) => c.field === 'role')).toMatchObject({ after: '经办人' })
    expect(all.find((c) => c.field === 'order')).toMatchObject({ after: '升序' })
    const codes = ['active', 'transferred_out', 'clerk', 'asc']
    expect(all.filter((c) => codes.includes(String(c.after)) || codes.includes(String(c.before)))).toEqual([])
  })

  it('members.revealDetail: the reason in its own column, the revealed numbers masked in the row', async () => {
    const { member } = await t.call('members.save', { orgId: org, name: '郑一', idNumber, phone, bankAccount: bank })
    await t.call('members.revealDetail', { id: member.id, reason: '发放慰问金核对账号' })
    const text = await auditText('members.revealDetail')
    for (const full of [idNumber, bank, phone]) expect(text).not.toContain(full)
    const row = (await t.call('audit.list', { method: 'members.revealDetail' })).items[0]
    expect(row).toMatchObject({ reason: '发放慰问金核对账号', recordIds: [member.id] })
  })

  it('aid.attachFile: the SHA-256 of the scan, never its bytes', async () => {
    await t.call('aid.addProgram', { program: fuweijinProgram })
    await t.call('members.save', { orgId: org, name: '王建国', idNumber, joinDate: '2020-01-01' })
    const app = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber, input: { grade: 4 } })
    const scan = randomBytes(3000)
    await t.call('aid.attachFile', { applicationId: app.id, material: '抚慰金申请表', file: { fileName: '申请表.jpg', contentBase64: scan.toString('base64') } })
    const text = await auditText('aid.attachFile')
    expect(text).toContain(`sha256:${createHash('sha256').update(scan).digest('hex')}`)
    expect(text).not.toContain(scan.toString('base64').slice(0, 40))
  })

  it('an import is one row with its counts, whatever its size; a dry run none', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`会员${i}`, makeId('1990-01-01', i % 1000, i < 1000 ? '469023' : '110101'), '木棠镇联合工会', `138${String(i).padStart(8, '0')}`])
    const file = await xlsxPayload([['姓名', '证件号码', '所属工会', '移动电话'], ...rows])
    const count = async () => Number((await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const before = await count()
    await t.call('members.importCommit', { file, dryRun: true })
    expect(await count()).toBe(before)
    const summary = await t.call('members.importCommit', { file })
    expect(summary.inserted).toBe(2000)
    expect(await count()).toBe(before + 1)
    const row = (await t.call('audit.list', { method: 'members.importCommit' })).items[0]
    expect(row?.changes.find((c) => c.field === 'file')?.after).toMatchObject({ contentBase64: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })
    const stored = await t.core.db.selectFrom('audit_log').select('outcome_json').where('method', '=', 'members.importCommit').executeTakeFirstOrThrow()
    expect(JSON.parse(stored.outcome_json)).toMatchObject({ inserted: 2000, rejected: 0 })
    expect(await auditText('members.importCommit')).not.toContain('13800000001')
  })
})

describe('audit.verify', () => {
  async function fillTrail(): Promise<void> {
    const { member } = await t.call('members.save', { orgId: org, name: '郑一', idNumber, phone })
    await t.call('members.save', { id: member.id, orgId: org, name: '郑一', phone: '13912345678' })
    await t.call('members.revealDetail', { id: member.id, reason: '核对' })
    await t.call('profile.save', { name: '甲镇总工会', level: '乡镇总工会' })
  }

  it('passes on a whole chain and counts its rows', async () => {
    await fillTrail()
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: true, rows: 5, message: '操作日志完整，共 5 条' })
  })

  it('fails, naming the row, after an UPDATE of one row', async () => {
    await fillTrail()
    await sql`update audit_log set actor = '别人' where seq = 3`.execute(t.core.db)
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, rows: 2, broken: { position: 3, seq: 3 } })
  })

  it('fails after a DELETE of a row in the middle', async () => {
    await fillTrail()
    await sql`delete from audit_log_record where audit_seq = 2`.execute(t.core.db)
    await sql`delete from audit_log where seq = 2`.execute(t.core.db)
    const v = await t.call('audit.verify', {})
    expect(v).toMatchObject({ intact: false, broken: { position: 2, seq: 3 } })
    expect(v.message).toContain('第 2 条')
  })

  it('fails after two rows swap their ids, and after two rows swap places', async () => {
    await fillTrail()
    const swap = async (column: 'id' | 'seq') => {
      const [two, three] = await Promise.all([2, 3].map(async (seq) => (await sql<{ v: string | number }>`select ${sql.ref(column)} as v from audit_log where seq = ${seq}`.execute(t.core.db)).rows[0]?.v))
      // One at a time through a free value: SQLite checks uniqueness row by row.
      await sql`update audit_log set ${sql.ref(column)} = ${column === 'seq' ? -1 : 'tmp'} where seq = 2`.execute(t.core.db)
      await sql`update audit_log set ${sql.ref(column)} = ${two} where seq = 3`.execute(t.core.db)
      await sql`update audit_log set ${sql.ref(column)} = ${three} where ${sql.ref(column)} = ${column === 'seq' ? -1 : 'tmp'}`.execute(t.core.db)
    }
    await swap('id')
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, broken: { position: 2, seq: 2 } })
    await swap('id')
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: true })

    await sql`pragma foreign_keys = off`.execute(t.core.db)
    await swap('seq')
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, broken: { position: 2 } })
  })

  it('fails when the whole chain is rewritten from the database alone (no key file): as keyed rows or as legacy ones', async () => {
    await fillTrail()
    const rows = await t.core.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()
    // A forger with the database but not the key: a fresh key of their own for the keyed formula…
    const guess = randomBytes(32)
    let prev = '0'.repeat(64)
    for (const r of rows) {
      const actor = r.seq === 2 ? '别人' : r.actor
      const fields = [prev, String(r.seq), r.id, r.at, actor, r.transport, r.method, r.record_ids, r.changes_json, r.input_json, r.outcome_json, r.reason ?? '\u0000']
      const hash = createHmac('sha256', guess).update(fields.join('\u001f')).digest('hex')
      await sql`update audit_log set actor = ${actor}, prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(t.core.db)
      prev = hash
    }
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, broken: { position: 1 } })
    // …or every row passed off as written before the key existed (the unkeyed chain).
    prev = '0'.repeat(64)
    for (const r of rows) {
      const hash = legacyAuditHash(prev, r)
      await sql`update audit_log set chain = 'sha256', prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(t.core.db)
      prev = hash
    }
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, broken: { position: 1 } })
  })
})

describe('masking of reads and exports (privacy)', () => {
  it('members.get shows the phone masked; only the audited reveal shows it whole', async () => {
    const { member } = await t.call('members.save', { orgId: org, name: '郑一', idNumber, phone, bankAccount: bank })
    expect(await t.call('members.get', { id: member.id })).toMatchObject({ phone: '138****8000', idNumber: '469023********0096', bankAccount: '6222********7890' })
    expect(await t.call('members.revealDetail', { id: member.id, reason: '核对' })).toMatchObject({ phone })
    // An edit that leaves the phone out keeps it (the form only ever holds the masked one).
    await t.call('members.save', { id: member.id, orgId: org, name: '郑一' })
    expect(await t.call('members.revealDetail', { id: member.id, reason: '核对' })).toMatchObject({ phone })
  })

  it('the default (masked) export masks phones too; the unmasked one, audited with its reason, shows them', async () => {
    await t.call('members.save', { orgId: org, name: '郑一', idNumber, phone, bankAccount: bank })
    const cells = async (file: GeneratedFile) => {
      const [header, first] = (await generatedBytes(t.core, file)).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(','))
      return Object.fromEntries((header ?? []).map((h, i) => [h, first?.[i]]))
    }
    const masked = await cells(await t.call('members.export', { kind: 'full', format: 'csv' }))
    expect(masked).toMatchObject({ 移动电话: '138****8000', 证件号码: '469023********0096', 银行账号: '6222********7890' })
    const full = await cells(await t.call('members.exportUnmasked', { kind: 'full', format: 'csv', reason: '上报名册' }))
    expect(full).toMatchObject({ 移动电话: phone, 证件号码: idNumber, 银行账号: bank })
    expect((await t.call('audit.list', { method: 'members.exportUnmasked' })).items[0]?.reason).toBe('上报名册')
  })
})
