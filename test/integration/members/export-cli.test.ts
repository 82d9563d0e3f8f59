import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/db/open'
import { outboxDir } from '../../../electron/core/files/outbox'
import { maskIdNumber } from '../../../shared/members/masking'
import { memberColumns } from '../../../shared/members/columns'
import { decodeCsv, parseCsv } from '../../../shared/members/csv'
import { xlsxRows } from '../../helpers/outbox'
import { runCli } from './cli-helpers'

/** `uniondesk members export`: the core streams the file to its outbox, the CLI moves it to the path given. */
describe('uniondesk members export', { timeout: 300_000 }, () => {
  const N = 1_500
  let dir: string
  let db: string
  let ids: string[]
  const idAt = memberColumns.findIndex((c) => c.key === 'idNumber')
  const json = (...args: string[]) => {
    const r = runCli(['--db', db, ...args, '--json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout)
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-export-cli-'))
    db = join(dir, 'cli.db')
    json('demo', '--members', String(N))
    const d = await openDatabase({ path: db })
    try {
      ids = (await d.selectFrom('member').select('id_number').orderBy('name_pinyin').orderBy('id').execute()).map((r) => r.id_number)
    } finally {
      await d.destroy()
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('.xlsx masked: every member at the path given, the count in the JSON, nothing left in the outbox', async () => {
    const out = join(dir, '导出', '会员名册.xlsx')
    expect(json('members', 'export', out, '--format', 'full')).toEqual({ path: out, fileName: expect.stringMatching(/\.xlsx$/), rows: N })
    const rows = (await xlsxRows(readFileSync(out))).slice(1)
    expect(rows).toHaveLength(N)
    expect(rows.map((r) => r[idAt]).sort()).toEqual(ids.map(maskIdNumber).sort())
    expect(readdirSync(outboxDir(dir))).toEqual([])
  })

  it('.csv unmasked with a reason: whole ID numbers, replacing an older file at the same path', () => {
    const out = join(dir, '会员名册.csv')
    json('members', 'export', out, '--format', 'template')
    expect(json('members', 'export', out, '--format', 'full', '--unmasked', '--reason', '核对名册')).toMatchObject({ rows: N })
    const rows = parseCsv(decodeCsv(readFileSync(out)).text).slice(1)
    expect(rows.map((r) => r[idAt]).sort()).toEqual([...ids].sort())
    expect(readdirSync(outboxDir(dir))).toEqual([])
    expect(existsSync(`${out}.part`)).toBe(false)
  })
})
