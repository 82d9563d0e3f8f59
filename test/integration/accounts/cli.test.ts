import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliEnv, okJson, runCli, testAdmin } from '../members/cli-helpers'

/** The CLI's exact contract for accounts (issue 14), through the real bundled command. */
describe('uniondesk and accounts (spawned)', { timeout: 400_000 }, () => {
  let dir: string
  let db: string
  const anonymous = cliEnv({ UNIONDESK_USER: '', UNIONDESK_PASSWORD: '' })
  const as = (name: string, password: string) => cliEnv({ UNIONDESK_USER: name, UNIONDESK_PASSWORD: password })
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-accounts-cli-'))
    db = join(dir, 'u.db')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('init without credentials (no terminal): exit 1 with a Chinese message, and no administrator made', () => {
    const r = runCli(['--db', db, 'init', '--name', '木棠镇总工会'], anonymous)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('UNIONDESK_USER')
    expect(r.stderr).toMatch(/^错误：需要登录/)
  })

  it('init with UNIONDESK_USER / UNIONDESK_PASSWORD creates the administrator; users list shows it', () => {
    expect(runCli(['--db', db, 'init', '--name', '木棠镇总工会']).code).toBe(0)
    expect(okJson(runCli(['--db', db, '--json', 'users', 'list']))).toMatchObject([{ name: testAdmin.name, role: 'admin', roleName: '管理员', active: true }])
  })

  it('every later command needs a login: none → exit 1; a wrong password → exit 1; id check and --help need none', () => {
    for (const args of [['org', 'show'], ['members', 'list'], ['call', 'orgs.list', '{}']]) {
      const r = runCli(['--db', db, ...args], anonymous)
      expect({ args, code: r.code }).toEqual({ args, code: 1 })
      expect(r.stderr).toMatch(/^错误：需要登录/)
    }
    const wrong = runCli(['--db', db, 'org', 'show'], as(testAdmin.name, 'not-the-password'))
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('用户名或密码不正确')
    expect(runCli(['id', 'check', '11010519491231002X', '--json'], anonymous).code).toBe(0)
    expect(runCli(['--help'], anonymous).code).toBe(0)
    expect(runCli(['users', 'add', '--help'], anonymous).code).toBe(0)
  })

  it('users add with a Chinese role and UNIONDESK_NEW_PASSWORD; each role is refused what it may not do (exit 1)', () => {
    const add = (name: string, role: string) => runCli(['--db', db, 'users', 'add', name, '--role', role], cliEnv({ UNIONDESK_NEW_PASSWORD: `${name}-password` }))
    expect(add('张经办', '经办人').code).toBe(0)
    expect(add('赵只读', '只读').code).toBe(0)
    expect(add('李审核', '审核人').code).toBe(0)
    expect(add('x', '会计').code).toBe(2)
    const viewer = runCli(['--db', db, 'orgs', 'add', '--name', '新的工会'], as('赵只读', '赵只读-password'))
    expect(viewer.code).toBe(1)
    expect(viewer.stderr).toContain('没有此操作的权限')
    const clerk = runCli(['--db', db, 'users', 'list'], as('张经办', '张经办-password'))
    expect(clerk.code).toBe(1)
    expect(clerk.stderr).toContain('没有此操作的权限')
    expect(runCli(['--db', db, 'orgs', 'add', '--name', '新的工会'], as('张经办', '张经办-password')).code).toBe(0)
  })

  it('users disable, reset-password, and recovery that needs a file in the data folder', () => {
    expect(runCli(['--db', db, 'users', 'disable', '赵只读']).code).toBe(0)
    expect(runCli(['--db', db, 'org', 'show'], as('赵只读', '赵只读-password')).stderr).toContain('已停用')
    expect(runCli(['--db', db, 'users', 'reset-password', '张经办'], cliEnv({ UNIONDESK_NEW_PASSWORD: 'reset-password-1' })).code).toBe(0)
    expect(runCli(['--db', db, 'org', 'show'], as('张经办', 'reset-password-1')).code).toBe(0)
    const recover = () => runCli(['--db', db, 'users', 'recover', testAdmin.name], cliEnv({ UNIONDESK_USER: '', UNIONDESK_PASSWORD: '', UNIONDESK_NEW_PASSWORD: 'recovered-1' }))
    const refused = recover()
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('u.db.recover')
    writeFileSync(join(dir, 'u.db.recover'), '')
    expect(recover().code).toBe(0)
    expect(runCli(['--db', db, 'org', 'show'], as(testAdmin.name, 'recovered-1')).code).toBe(0)
  })
})
