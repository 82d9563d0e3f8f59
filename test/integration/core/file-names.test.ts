import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeFileName } from '../../../electron/core/files/safe-file-name'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { spawnSync } from 'node:child_process'
import { cliPath } from '../members/cli-helpers'
import { seedAid, type AidFixture } from '../print/fixtures'

/** Issue 14: names and titles a clerk typed never become paths. */
describe('a member named like a path', { timeout: 120_000 }, () => {
  let t: TestCore
  let aid: AidFixture
  beforeAll(async () => {
    t = await createTestCore({ file: true })
    aid = await seedAid(t, 2)
    // Typed into the register as a name (an import takes any text a spreadsheet cell holds).
    await t.core.db.updateTable('member').set({ name: 'x/../../../escaped' }).where('id', '=', aid.memberIds[0] ?? '').execute()
    await t.call('accounts.add', { name: 'admin', role: 'admin', password: 'backup-test-1' })
    await t.core.close()
  })
  afterAll(() => rmSync(t.dir, { recursive: true, force: true }))

  it('print certificates --out DIR writes every certificate inside DIR, none above it', () => {
    const out = join(t.dir, 'a', 'b', 'out')
    const r = spawnSync(process.execPath, [cliPath, '--db', join(t.dir, 'test.db'), '--json', 'print', 'certificates', '--batch', aid.batchId, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, UNIONDESK_DB: '', UNIONDESK_USER: 'admin', UNIONDESK_PASSWORD: 'backup-test-1' },
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    // Before the fix the certificate landed in t.dir/a/escaped… (three ".." from out/x/).
    expect(readdirSync(join(t.dir, 'a')).sort()).toEqual(['b'])
    expect(readdirSync(join(t.dir, 'a', 'b'))).toEqual(['out'])
    const names = readdirSync(out)
    expect(names).toHaveLength(2)
    expect(names.some((n) => n.includes('escaped') && !n.includes('/'))).toBe(true)
  })
})

describe('safeFileName', () => {
  it.each([
    ['x/../../../escaped.pdf', 'x_.._.._.._escaped.pdf'],
    ['..', '文件'],
    ['../..', '_.._'],
    ['C:\\Windows\\system.ini', 'C__Windows_system.ini'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['名单. ', '名单'],
    ['\u0000\u001f控制.pdf', '__控制.pdf'],
    ['.hidden', '_.hidden'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe)
  })

  it('keeps long Chinese titles within 200 characters and their extension', () => {
    expect(safeFileName(`${'长'.repeat(300)}.xlsx`)).toBe(`${'长'.repeat(195)}.xlsx`)
  })

  it('never returns something that resolves outside its folder', () => {
    for (const name of ['..', '.', '/', '\\', '../x', 'a/../../b', '....', '. .', '']) {
      const safe = safeFileName(name)
      expect(join('/base', safe).startsWith('/base/')).toBe(true)
      expect(safe).not.toMatch(/^\.+$/)
    }
  })
})
