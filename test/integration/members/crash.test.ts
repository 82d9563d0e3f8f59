import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/open-core'
import { runCli, startCli } from './cli-helpers'
import { makeId } from './fixtures'

async function dumpFile(path: string): Promise<string> {
  const core = await openCore({ dbPath: path })
  try {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(core.db)
    const parts: string[] = []
    for (const { name } of tables.rows) {
      const rows = await sql`select * from ${sql.table(name)} order by rowid`.execute(core.db)
      parts.push(`${name}:${JSON.stringify(rows.rows)}`)
    }
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(core.db)
    parts.push(`integrity:${JSON.stringify(check.rows)}`)
    return parts.join('\n')
  } finally {
    await core.close()
  }
}

/** A child process killed with SIGKILL in the middle of the import's one transaction leaves the database as it was. */
describe('import killed mid-transaction', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-crash-'))
    db = join(dir, 'crash.db')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('SIGKILL during the write leaves every table exactly as before', async () => {
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
    expect(runCli(['--db', db, 'orgs', 'add', '--name', '木棠镇联合工会']).code).toBe(0)
    const small = join(dir, 'small.csv')
    writeFileSync(small, `姓名,身份证号码\n张三,${makeId('1980-01-01', 1)}\n`)
    expect(runCli(['--db', db, 'members', 'import', small, '--union', '木棠镇联合工会']).code).toBe(0)
    const before = await dumpFile(db)

    const lines = ['姓名,身份证号码,工作单位,手机号']
    for (let i = 0; i < 120_000; i++) {
      const birth = `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      lines.push(`会员${i},${makeId(birth, i % 1000, ['469023', '460400', '110105'][Math.floor(i / 1000) % 3])},单位${i % 50},138${String(i).padStart(8, '0')}`)
    }
    const big = join(dir, 'big.csv')
    writeFileSync(big, `${[...new Set(lines)].join('\n')}\n`)

    const child = startCli(['--db', db, 'members', 'import', big, '--union', '木棠镇联合工会', '--json'])
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })))
    // Pages of the open transaction spill into the WAL file once the page cache is full: the writes have begun.
    const wal = `${db}-wal`
    let killed = false
    const deadline = Date.now() + 90_000
    while (!killed && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5))
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) {
        child.kill('SIGKILL')
        killed = true
      }
    }
    const end = await exited
    expect(killed).toBe(true)
    expect(end.signal).toBe('SIGKILL')
    expect(await dumpFile(db)).toBe(before)
  })
})
