import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliEnv, cliPath } from './cli-helpers'

interface Item {
  id: string
}

/**
 * Issue 10 §7: every list command reads a list of any length — `--limit N` of any size, `--page N`, `--all` — and prints
 * one valid JSON array (streamed page by page), through a real child process.
 */
describe('uniondesk list commands: --limit, --page, --all', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  // A whole list is more than spawnSync's default 1 MB of stdout.
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cliPath, '--db', db, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: cliEnv() })
    return { code: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  const json = <T = Item[]>(...args: string[]): T => {
    const r = cli(...args, '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout) as T
  }
  const ids = (items: Item[]) => items.map((m) => m.id)

  let all: Item[]
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-cli-list-'))
    db = join(dir, 'list.db')
    expect(cli('demo', '--members', '2345', '--json').code).toBe(0)
    all = json('members', 'list', '--all')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('members list --all: every member once, in the list order, masked', () => {
    expect(all).toHaveLength(2345)
    expect(new Set(ids(all)).size).toBe(2345)
    const first = json('members', 'list', '--limit', '50')
    expect(ids(first)).toEqual(ids(all).slice(0, 50))
    expect(json('members', 'list')).toEqual(first) // 50 without options, as before
    for (const m of all.slice(0, 20)) expect((m as Item & { idNumber: string }).idNumber).toMatch(/\*{8}/)
  })

  it('members list --limit 1000 and --page 2, 3: consecutive slices of the same order, the last one short', () => {
    const p1 = json('members', 'list', '--limit', '1000')
    const p2 = json('members', 'list', '--limit', '1000', '--page', '2')
    const p3 = json('members', 'list', '--limit', '1000', '--page', '3')
    expect([p1.length, p2.length, p3.length]).toEqual([1000, 1000, 345])
    expect([...ids(p1), ...ids(p2), ...ids(p3)]).toEqual(ids(all))
    expect(json('members', 'list', '--limit', '7', '--page', '143')).toEqual(all.slice(994, 1001))
    expect(json('members', 'list', '--limit', '1000', '--page', '4')).toEqual([])
  })

  it('members list --all with a search text and a filter: the list\'s exact total', () => {
    const total = json<{ total: number }>('call', 'members.list', '{"q":"王","status":"active","pageSize":1}').total
    const found = json('members', 'list', '--q', '王', '--status', '在会', '--all')
    expect(found).toHaveLength(total)
    expect(new Set(ids(found)).size).toBe(total)
  })

  it('wrong paging is a usage error (exit 2), before anything is printed', () => {
    for (const args of [['--limit', '0'], ['--limit', '1.5'], ['--page', '0', '--limit', '5'], ['--all', '--limit', '5'], ['--page', '2', '--all']]) {
      const r = cli('members', 'list', ...args, '--json')
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' })
      expect(r.stderr).toMatch(/--(limit|page|all)/)
    }
  })

  it('the other list commands page the same way', () => {
    const orgs = json('orgs', 'list')
    expect(orgs.length).toBeGreaterThan(3)
    expect(json('orgs', 'list', '--limit', '2', '--page', '2')).toEqual(orgs.slice(2, 4))

    const appsTotal = json<{ total: number }>('call', 'aid.listApplications', '{"limit":1}').total
    const apps = json('aid', 'applications', 'list', '--all')
    expect(apps).toHaveLength(appsTotal)
    expect(new Set(ids(apps)).size).toBe(appsTotal)
    expect(json('aid', 'applications', 'list', '--limit', '3', '--page', '2')).toEqual(apps.slice(3, 6))

    const filesTotal = json<{ total: number }>('call', 'hardship.list', '{"limit":1}').total
    const files = json('hardship', 'list', '--all')
    expect(files).toHaveLength(filesTotal)
    expect(json('hardship', 'list', '--limit', '2', '--page', '2')).toEqual(files.slice(2, 4))

    const programs = json('aid', 'programs', 'list')
    expect(json('aid', 'programs', 'list', '--limit', '1', '--page', '2')).toEqual(programs.slice(1, 2))
  })
})
