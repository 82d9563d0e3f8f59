import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/db/open'
import { todayIn } from '../../../shared/dates'
import { runCli } from './cli-helpers'
import { makeId } from './fixtures'

const today = todayIn(new Date().toISOString())

/** The exact CLI contract of issue 4, through a real child process. */
describe('uniondesk CLI: id, members, orgs, demo', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  const cli = (...args: string[]) => runCli(['--db', db, ...args])
  const json = (...args: string[]) => {
    const r = cli(...args, '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout)
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-cli-'))
    db = join(dir, 'cli.db')
    // Only init (and demo) may create the database file; every other command refuses a path that does not exist.
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('id check prints the contract shape, also for an invalid number (exit 0)', () => {
    expect(json('id', 'check', '11010519491231002x')).toEqual({ valid: true, normalized: '11010519491231002X', kind: 'resident', birthDate: '1949-12-31', gender: '女', warnings: [], error: null })
    expect(json('id', 'check', '46040019900307123X')).toMatchObject({ valid: false, normalized: null, kind: null, error: expect.stringContaining('校验位') })
  })

  it('id check needs no database: a --db that does not exist is neither refused nor created', () => {
    const nowhere = join(dir, '没有的文件夹', 'x.db')
    const r = runCli(['--db', nowhere, 'id', 'check', '11010519491231002x', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, normalized: '11010519491231002X' })
    expect(existsSync(join(dir, '没有的文件夹'))).toBe(false)
  })

  it('members import: JSON summary with spreadsheet row numbers, exit 0 even with rejected rows', () => {
    json('orgs', 'add', '--name', '木棠镇联合工会', '--type', '联合基层工会')
    const file = join(dir, 'm.csv')
    writeFileSync(file, `会员花名册\n姓名,身份证号码,手机号\n张𠮷祥,469023198808080096,13800138000\n李四,46040019900307123X,\n王五,${makeId('1990-01-01', 11)},\n`)
    const out = json('members', 'import', file, '--union', '木棠镇联合工会', '--report', join(dir, 'r.xlsx'))
    expect(out).toEqual({
      total: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1, warnings: 0,
      errors: [{ row: 4, field: '证件号码', code: 'ID_CHECKSUM', message: expect.stringContaining('第4行') }],
    })
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(true)
    expect(json('members', 'import', file, '--union', '木棠镇联合工会', '--dry-run')).toMatchObject({ inserted: 0, unchanged: 2 })
  })

  it('members import: exit 1 with a Chinese message when the file cannot be read; exit 2 on usage errors', () => {
    const missing = join(dir, '不存在.csv')
    const gone = cli('members', 'import', missing, '--json')
    expect(gone.code).toBe(1)
    expect(gone.stdout).toBe('')
    expect(gone.stderr.trim()).toBe(`错误：无法读取文件「${missing}」：文件不存在`)
    const folder = cli('members', 'import', dir, '--json')
    expect(folder.code).toBe(1)
    expect(folder.stderr.trim()).toBe(`错误：无法读取文件「${dir}」：这是一个文件夹`)
    const bad = join(dir, 'bad.bin')
    writeFileSync(bad, Buffer.from([0, 1, 2, 3]))
    const r = cli('members', 'import', bad, '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/无法读取文件/)
    expect(cli('members', 'import', '--json').code).toBe(2)
    expect(cli('members', 'list', '--status', '开心', '--json').code).toBe(2)
  })

  it('members list / show / event / export', () => {
    const list = json('members', 'list', '--q', 'zjx', '--status', '在会', '--limit', '5')
    expect(list).toMatchObject([{ name: '张𠮷祥', idNumber: '469023********0096', status: 'active' }])
    expect(json('members', 'list', '--union', '木棠镇联合工会', '--unmasked', '--reason', '核对名册').map((m: { idNumber: string }) => m.idNumber)).toContain('469023198808080096')
    expect(json('members', 'show', '469023198808080096')).toMatchObject({ name: '张𠮷祥', events: [{ type: 'join' }] })
    const moved = json('members', 'event', '469023198808080096', '--type', '转出', '--date', today, '--to', '海口市美兰区总工会', '--reason', '劳动（工作）关系发生变化')
    expect(moved).toMatchObject({ status: 'transferred_out' })
    const refused = cli('members', 'event', '469023198808080096', '--type', '保留', '--date', today, '--json')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('转入')
    expect(json('members', 'export', join(dir, 'tpl.xlsx'), '--format', 'template')).toMatchObject({ fileName: '会员信息采集表.xlsx' })
    expect(json('members', 'export', join(dir, 'all.csv'), '--format', 'full').fileName).toMatch(/\.csv$/)
  })

  it('members export to a folder that cannot be made: a Chinese message, exit 1, no audit row', async () => {
    const unmaskedExports = async () => {
      const d = await openDatabase({ path: db })
      try {
        return (await d.selectFrom('audit_log').select('id').where('method', '=', 'members.exportUnmasked').execute()).length
      } finally {
        await d.destroy()
      }
    }
    const before = await unmaskedExports()
    const blocker = join(dir, '是文件.txt')
    writeFileSync(blocker, '')
    const out = join(blocker, '会员.xlsx')
    const r = cli('members', 'export', out, '--format', 'full', '--unmasked', '--reason', '核对名册', '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim()).toBe(`错误：无法写入文件「${out}」：已有同名文件，不能建立文件夹`)
    expect(await unmaskedExports()).toBe(before)
    const missingDir = join(dir, '新文件夹', '会员.csv')
    expect(json('members', 'export', missingDir, '--format', 'full', '--unmasked', '--reason', '核对名册')).toMatchObject({ path: missingDir })
    expect(existsSync(missingDir)).toBe(true)
    expect(await unmaskedExports()).toBe(before + 1)
  })

  it('print with an --out that cannot be written is refused before the serial is taken: the next print is the original', () => {
    const idNumber = makeId('1990-01-01', 11)
    const blocker = join(dir, '不是文件夹.txt')
    writeFileSync(blocker, '')
    const bad = join(blocker, '会员证明.pdf')
    const refused = cli('print', 'member-form', '--member', idNumber, '--form', 'certificate', '--out', bad, '--json')
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr.trim()).toBe(`错误：无法写入文件「${bad}」：已有同名文件，不能建立文件夹`)
    // A call the core refuses leaves no empty file behind.
    const unknown = join(dir, '无此人.pdf')
    expect(cli('print', 'member-form', '--member', makeId('1990-01-01', 13), '--form', 'certificate', '--out', unknown).code).toBe(1)
    expect(existsSync(unknown)).toBe(false)
    const good = join(dir, '证明', '会员证明.pdf')
    expect(json('print', 'member-form', '--member', idNumber, '--form', 'certificate', '--out', good)).toEqual({
      out: good, pages: 1, serials: [expect.stringMatching(/^\d{4}-[A-Z]+-000001$/)], reprint: false,
    })
    expect(existsSync(good)).toBe(true)
    expect(json('print', 'member-form', '--member', idNumber, '--form', 'certificate', '--out', good)).toMatchObject({ reprint: true })
  })

  it('demo refuses a database that already has members (exit 1)', () => {
    const r = cli('demo', '--members', '10', '--json')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('示例数据')
  })
})
