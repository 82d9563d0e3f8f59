import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { runCli } from './cli-helpers'
import { addMember, addOrg, makeId } from './fixtures'

/** Who is registered: each name a clerk looks for in issue 13 item 13, and near misses that must not be found. */
const register = [
  { name: '热依拉·阿不都', birth: '1973-05-12' },
  { name: '阿依古丽·买买提', birth: '1985-02-03' },
  { name: '买买提·艾力', birth: '1990-07-07' },
  { name: '欧阳明月轩', birth: '1973-05-30' },
  { name: '明月', birth: '1988-01-01' },
  { name: '王小明', birth: '1973-06-01' },
  { name: '张阿不', birth: '1972-05-12' },
]

/** Issue 13 item 13: what the clerk types → exactly whom the search finds. */
const examples: Array<[string, string[]]> = [
  ['热依拉阿不都', ['热依拉·阿不都']],
  ['阿依古丽买买提', ['阿依古丽·买买提']],
  ['阿依古丽.买买提', ['阿依古丽·买买提']],
  ['阿依古丽•买买提', ['阿依古丽·买买提']],
  ['阿依古丽 买买提', ['阿依古丽·买买提']],
  ['阿依古丽・买买提', ['阿依古丽·买买提']],
  ['阿依古丽．买买提', ['阿依古丽·买买提']],
  ['买买提', ['买买提·艾力', '阿依古丽·买买提']],
  ['阿不都', ['热依拉·阿不都']],
  ['明月轩', ['欧阳明月轩']],
  ['197305', ['欧阳明月轩', '热依拉·阿不都']],
  ['19730512', ['热依拉·阿不都']],
]

const sorted = (names: string[]) => [...names].sort()

describe('member search finds names as a clerk types them (issue 13 item 13)', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
    const orgId = await addOrg(t, '木棠镇联合工会')
    for (const [i, m] of register.entries()) await addMember(t, orgId, m.name, makeId(m.birth, 11 + 2 * i))
  })
  afterAll(async () => t.close())

  it.each(examples)('members.search %s finds %j', async (q, names) => {
    const hits = await t.call('members.search', { q, limit: 20 })
    expect(sorted(hits.map((h) => h.name))).toEqual(sorted(names))
  })

  it.each(examples)('members.list %s lists and counts %j', async (q, names) => {
    const page = await t.call('members.list', { q, pageSize: 50 })
    expect({ total: page.total, names: sorted(page.items.map((m) => m.name)) }).toEqual({ total: names.length, names: sorted(names) })
  })

  it('says by what a member was found: the name, or the birth date', async () => {
    expect((await t.call('members.search', { q: '明月轩', limit: 20 })).map((h) => h.matchedBy)).toEqual(['name'])
    expect((await t.call('members.search', { q: '197305', limit: 20 })).map((h) => h.matchedBy)).toEqual(['birthDate', 'birthDate'])
  })

  it('a renamed member is found by the new name only (the keys follow every save)', async () => {
    const [hit] = await t.call('members.search', { q: '明月轩', limit: 20 })
    const detail = await t.call('members.get', { id: hit?.id ?? '' })
    await t.call('members.save', { id: detail.id, orgId: detail.orgId, name: '司马·明月', idNumber: makeId('1973-05-30', 17) })
    expect((await t.call('members.search', { q: '明月轩', limit: 20 })).map((h) => h.name)).toEqual([])
    expect(sorted((await t.call('members.search', { q: '司马明月', limit: 20 })).map((h) => h.name))).toEqual(['司马·明月'])
  })
})

describe('uniondesk members list --q: the same search through the CLI', { timeout: 120_000 }, () => {
  let dir: string
  let db: string
  const cli = (...args: string[]) => runCli(['--db', db, ...args])
  const json = <T>(...args: string[]): T => {
    const r = cli(...args, '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout) as T
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-cli-names-'))
    db = join(dir, 'names.db')
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
    const org = json<{ id: string }>('orgs', 'add', '--name', '木棠镇联合工会', '--type', '联合基层工会')
    for (const [i, m] of register.entries()) {
      json('call', 'members.save', JSON.stringify({ orgId: org.id, name: m.name, idNumber: makeId(m.birth, 11 + 2 * i), joinDate: '2020-01-01' }))
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(examples)('members list --q %s lists %j', (q, names) => {
    expect(sorted(json<Array<{ name: string }>>('members', 'list', '--q', q, '--all').map((m) => m.name))).toEqual(sorted(names))
  })
})
