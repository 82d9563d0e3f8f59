import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../../shared/dates'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { makeId } from '../members/fixtures'

/** Every row of every table, in a stable order that needs no rowid (some tables are WITHOUT ROWID). */
async function dump(t: TestCore): Promise<string> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(t.core.db)
  const parts: string[] = []
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.core.db)
    parts.push(`${name}:${rows.rows.map((r) => JSON.stringify(r)).sort().join('\n')}`)
  }
  return parts.join('\n')
}

function csv(rows: number, from: number) {
  const lines = ['姓名,身份证号码,工作单位,手机号']
  for (let i = from; i < from + rows; i++) lines.push(`会员${i},${makeId(addDays('1960-01-01', i), 3)},城关镇商贸有限公司,138${String(i).padStart(8, '0')}`)
  return { fileName: '会员.csv', contentBase64: Buffer.from(`${lines.join('\n')}\n`).toString('base64') }
}

/**
 * A disk that fills up in the middle of an import, without needing root for a small tmpfs: SQLite's max_page_count
 * caps the file, and a write beyond it fails with SQLITE_FULL exactly as a full disk does.
 */
describe('the disk fills up during an import', { timeout: 120_000 }, () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore({ file: true })
  })
  afterEach(async () => t.close())

  it('answers DISK_FULL in Chinese, keeps the database as it was and whole, and works again once there is room', async () => {
    const org = await t.call('orgs.save', { name: '城关镇第一联合工会', type: '联合基层工会' })
    await t.call('members.importCommit', { file: csv(50, 0), defaultOrgId: org.id })
    const before = await dump(t)
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(t.core.db)).rows[0]?.page_count ?? 0
    await sql.raw(`pragma max_page_count = ${pages + 20}`).execute(t.core.db)

    const r = await t.reply('members.importCommit', { file: csv(3000, 50), defaultOrgId: org.id })
    expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') } })
    expect(await dump(t)).toBe(before)
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(t.core.db)).rows).toEqual([{ integrity_check: 'ok' }])

    await sql`pragma max_page_count = 1073741823`.execute(t.core.db)
    const again = await t.call('members.importCommit', { file: csv(3000, 50), defaultOrgId: org.id })
    expect(again).toMatchObject({ inserted: 3000 })
  })
})
