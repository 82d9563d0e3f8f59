import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, fuweijinProgram, resetFixtures } from './fixtures'

// Issue 10 item 6: a write answers success once its transaction commits. The attachments folder failing after that is
// a warning saying what to do, never INTERNAL over committed rows; and a retry of the same scan adds no second row.

let t: TestCore
beforeEach(async () => {
  resetFixtures()
  t = await createTestCore()
  await t.call('aid.addProgram', { program: fuweijinProgram })
})
afterEach(async () => t.close())

const scan = Buffer.from('抚慰金申请表扫描件')
const sha = createHash('sha256').update(scan).digest('hex')
const attach = (applicationId: string) =>
  t.reply('aid.attachFile', { applicationId, material: '抚慰金申请表', file: { fileName: '申请表.jpg', contentBase64: scan.toString('base64') } })

async function count(table: 'aid_attachment' | 'audit_log', where?: { method: string }): Promise<number> {
  const q = where
    ? sql<{ n: number }>`select count(*) as n from audit_log where method = ${where.method}`
    : sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`
  return (await q.execute(t.core.db)).rows[0]?.n ?? -1
}

describe('aid.attachFile when the attachments folder cannot be written', () => {
  it('answers ok with a warning saying what to do, keeps exactly one row, and a retry stores the file without a second row', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    // A file where the folder should be: no write under it can succeed, even as root (chmod would not stop root).
    const folder = join(t.dir, 'attachments')
    writeFileSync(folder, '不是文件夹')

    const first = await attach(app.id)
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect(first.warnings?.map((w) => w.code)).toEqual(['FILE_NOT_STORED'])
    expect(first.warnings?.[0]?.message).toContain('申请表.jpg')
    expect(first.warnings?.[0]?.message).toContain(folder)
    expect(first.result.sha256).toBe(sha)
    expect(await count('aid_attachment')).toBe(1)
    expect(await count('audit_log', { method: 'aid.attachFile' })).toBe(1)

    // The same scan again while the folder is still broken: the same warning, still one row.
    const again = await attach(app.id)
    expect(again.ok && again.warnings?.map((w) => w.code)).toEqual(['FILE_NOT_STORED'])
    expect(await count('aid_attachment')).toBe(1)

    // The clerk fixes the folder and adds the same file once more: stored, no warning, still one row, same attachment.
    rmSync(folder)
    const retry = await attach(app.id)
    expect(retry.ok).toBe(true)
    if (!retry.ok) return
    expect(retry.warnings).toBeUndefined()
    expect(retry.result.id).toBe(first.result.id)
    expect(await count('aid_attachment')).toBe(1)
    expect(readFileSync(join(folder, sha)).equals(scan)).toBe(true)
    // Nothing staged is left behind once it is stored.
    expect(readdirSync(join(folder, '.staging'))).toEqual([])
    const detail = await t.call('aid.getApplication', { id: app.id })
    expect(detail.materials.find((x) => x.name === '抚慰金申请表')?.attachments).toHaveLength(1)
    expect(detail.events.filter((e) => e.action === 'attach')).toHaveLength(1)
  })

  it('the same scan added twice for the same material is one row (a retry after an answer that did not arrive)', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    const first = await attach(app.id)
    const second = await attach(app.id)
    expect(first.ok && second.ok && second.result.id === first.result.id).toBe(true)
    expect(await count('aid_attachment')).toBe(1)
  })

  it('the same scan for another material or another application is a new row, stored once on disk', async () => {
    const m1 = await addMember(t, { n: 1, name: '王建国' })
    const m2 = await addMember(t, { n: 2, name: '李秀英' })
    const a1 = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m1.idNumber, input: { grade: 4 } })
    const a2 = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m2.idNumber, input: { grade: 4 } })
    expect((await attach(a1.id)).ok).toBe(true)
    expect((await attach(a2.id)).ok).toBe(true)
    const other = await t.reply('aid.attachFile', {
      applicationId: a1.id,
      material: '伤残等级鉴定结论',
      file: { fileName: '鉴定.jpg', contentBase64: scan.toString('base64') },
    })
    expect(other.ok && other.warnings).toBeUndefined()
    expect(await count('aid_attachment')).toBe(3)
    expect(readdirSync(join(t.dir, 'attachments')).filter((f) => f !== '.staging')).toEqual([sha])
  })

  it('a call that rolls back leaves no scan under its name', async () => {
    const m = await addMember(t, { n: 1, name: '王建国' })
    const app = await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })
    await sql`create trigger refuse_attach_audit before insert on audit_log when new.method = 'aid.attachFile'
      begin select raise(abort, 'test: audit refused'); end`.execute(t.core.db)
    const before = await t.dump()
    const r = await attach(app.id)
    expect(r.ok).toBe(false)
    expect(existsSync(join(t.dir, 'attachments', sha))).toBe(false)
    expect(await t.dump()).toBe(before)
  })
})
