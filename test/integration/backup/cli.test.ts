import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliPath } from '../members/cli-helpers'

const admin = { UNIONDESK_USER: '管理员', UNIONDESK_PASSWORD: 'backup-cli-1' }

describe('uniondesk backup … (spawned)', { timeout: 300_000 }, () => {
  let dir: string
  let db: string
  const cli = (args: string[], env: Record<string, string> = admin) => {
    const r = spawnSync(process.execPath, [cliPath, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, UNIONDESK_DB: '', ...env } })
    return { code: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  const unionNames = () => JSON.parse(cli(['orgs', 'list', '--json']).stdout).map((o: { name: string }) => o.name)
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-backup-cli-'))
    db = join(dir, 'u.db')
    expect(cli(['init', '--name', '木棠镇总工会']).code).toBe(0)
    expect(cli(['orgs', 'add', '--name', '木棠镇联合工会']).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('create --out FILE --passphrase-env VAR writes an encrypted file; restore needs --yes and the passphrase', () => {
    const file = join(dir, 'stick', '备份.udbak')
    const made = cli(['backup', 'create', '--out', file, '--passphrase-env', 'BK_PASS', '--json'], { ...admin, BK_PASS: 'U盘备份密码2026' })
    expect(made.stderr).toBe('')
    expect(JSON.parse(made.stdout)).toMatchObject({ path: file, encrypted: true })
    expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('UDBACKUP')

    expect(cli(['orgs', 'add', '--name', '备份后加的工会']).code).toBe(0)
    expect(unionNames()).toContain('备份后加的工会')

    const unconfirmed = cli(['backup', 'restore', file, '--passphrase-env', 'BK_PASS'], { ...admin, BK_PASS: 'U盘备份密码2026' })
    expect(unconfirmed.code).toBe(2)
    expect(unconfirmed.stderr).toContain('--yes')
    const noPass = cli(['backup', 'restore', file, '--yes'])
    expect(noPass.code).toBe(1)
    expect(noPass.stderr).toContain('备份密码')
    expect(unionNames()).toContain('备份后加的工会')

    const restored = cli(['backup', 'restore', file, '--yes', '--passphrase-env', 'BK_PASS', '--json'], { ...admin, BK_PASS: 'U盘备份密码2026' })
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    expect(JSON.parse(restored.stdout)).toMatchObject({ restoredFrom: file, migrated: false })
    expect(unionNames()).not.toContain('备份后加的工会')

    const list = cli(['backup', 'list', '--json'])
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout).backups).toEqual([expect.objectContaining({ kind: 'prerestore' })])
  })

  it('a clerk may not restore: exit 1 with a Chinese message', () => {
    const plain = join(dir, 'plain.db')
    expect(cli(['backup', 'create', '--out', plain]).code).toBe(0)
    expect(cli(['call', 'accounts.add', JSON.stringify({ name: '张会计', role: 'clerk', password: 'clerk-pass-1' })]).code).toBe(0)
    const r = cli(['backup', 'restore', plain, '--yes'], { UNIONDESK_USER: '张会计', UNIONDESK_PASSWORD: 'clerk-pass-1' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('权限')
  })
})
