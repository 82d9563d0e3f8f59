import { writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createSessionStore } from '../../../electron/core/accounts/sessions'
import { signIn } from '../../../electron/core/accounts/sign-in'
import { recoveryOperator, recoveryFilePath } from '../../../electron/core/accounts/recovery'
import { dispatchTyped } from '../../../electron/core/dispatch'
import { startWebServer, type WebServer } from '../../../electron/server/http-server'
import { createTestAdmin, testAdmin } from '../../helpers/accounts'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { signInOverHttp } from '../../helpers/web-login'
import { addMember, as, fuweijinProgram, resetFixtures } from '../aid/fixtures'

/** A clock the test moves: minutes at a time for the lockout and the idle lock. */
function movableClock(start = '2026-12-01T02:00:00.000Z') {
  let t = Date.parse(start)
  return { iso: () => new Date(t).toISOString(), ms: () => t, advanceMinutes: (m: number) => void (t += m * 60_000) }
}

let t: TestCore | undefined
let web: WebServer | undefined
afterEach(async () => {
  await web?.close()
  await t?.close()
  web = undefined
  t = undefined
})

const post = async (w: WebServer, headers: Record<string, string>, method: string, input: unknown = {}) => {
  const res = await fetch(`${w.url}/api/${method}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
  return { status: res.status, cookie: res.headers.get('set-cookie'), body: (await res.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } } }
}

describe('sign-in (core)', () => {
  it('the first sign-in of a database without accounts creates its administrator; after that only that password works', async () => {
    t = await createTestCore()
    const first = await signIn(t.core, '王主席', 'first-password', 'cli')
    expect(first.operator).toEqual({ name: '王主席', role: 'admin' })
    const list = await t.call('accounts.list', {})
    expect(list.map((a) => [a.name, a.roleName, a.active])).toEqual([['王主席', '管理员', true]])
    await expect(signIn(t.core, '李四', 'another-password', 'cli')).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(signIn(t.core, '王主席', 'wrong-password', 'cli')).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    expect((await signIn(t.core, '王主席', 'first-password', 'cli')).operator.role).toBe('admin')
    // The hash is scrypt with its own salt; the password itself is nowhere in the database or the audit trail.
    const dump = await t.dump()
    expect(dump).not.toContain('first-password')
    expect(dump).toMatch(/scrypt\$65536\$8\$1\$/)
  })

  it('five wrong passwords lock the account for 15 minutes, the right one included; an administrator reset lifts it', async () => {
    const clock = movableClock()
    t = await createTestCore({ now: clock.iso })
    await createTestAdmin(t.core)
    await t.call('accounts.add', { name: '张经办', role: 'clerk', password: 'clerk-password' })
    for (let i = 1; i <= 4; i++) {
      await expect(signIn(t.core, '张经办', 'nope', 'http')).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining(`再错 ${5 - i} 次`) })
    }
    await expect(signIn(t.core, '张经办', 'nope', 'http')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' })
    await expect(signIn(t.core, '张经办', 'clerk-password', 'http')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED', message: expect.stringContaining('2026-12-01 10:15') })
    clock.advanceMinutes(14)
    await expect(signIn(t.core, '张经办', 'clerk-password', 'http')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' })
    clock.advanceMinutes(2)
    expect((await signIn(t.core, '张经办', 'clerk-password', 'http')).operator).toEqual({ name: '张经办', role: 'clerk' })
    // Locked again, then reset by the administrator: the new password works at once.
    for (let i = 0; i < 5; i++) await signIn(t.core, '张经办', 'nope', 'http').catch(() => undefined)
    await t.call('accounts.resetPassword', { name: '张经办', password: 'new-clerk-password' })
    expect((await signIn(t.core, '张经办', 'new-clerk-password', 'http')).operator.name).toBe('张经办')
  })

  it('a disabled account cannot sign in; the only administrator cannot be disabled', async () => {
    t = await createTestCore()
    await createTestAdmin(t.core)
    await t.call('accounts.add', { name: '赵只读', role: 'viewer', password: 'viewer-password' })
    await t.call('accounts.disable', { name: '赵只读' })
    await expect(signIn(t.core, '赵只读', 'viewer-password', 'cli')).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('已停用') })
    const r = await t.reply('accounts.disable', { name: testAdmin.name })
    expect(r.ok ? null : r.error.code).toBe('CONFLICT')
  })

  it('recovery: only with a fresh file in the data folder, only for an administrator, audited, and the file is used up', async () => {
    t = await createTestCore({ file: true })
    await createTestAdmin(t.core)
    expect(() => recoveryOperator(t?.core ?? (undefined as never), Date.now())).toThrow(/没有找到恢复文件/)
    writeFileSync(recoveryFilePath(t.core), '')
    const recovery = { user: recoveryOperator(t.core, Date.now()), transport: 'cli' as const }
    // The recovery caller may do this one thing and nothing else.
    const other = await dispatchTyped(t.core, recovery, 'accounts.list', {})
    expect(other.ok ? null : other.error.code).toBe('FORBIDDEN')
    const done = await dispatchTyped(t.core, recovery, 'accounts.recover', { name: testAdmin.name, password: 'recovered-password' })
    expect(done.ok).toBe(true)
    expect((await signIn(t.core, testAdmin.name, 'recovered-password', 'cli')).operator.role).toBe('admin')
    expect(() => recoveryOperator(t?.core ?? (undefined as never), Date.now())).toThrow(/没有找到恢复文件/)
    const audit = await t.core.db.selectFrom('audit_log').select(['actor', 'method', 'input_json']).where('method', '=', 'accounts.recover').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.actor).toBe('恢复（数据文件夹）')
    expect(audit[0]?.input_json).not.toContain('recovered-password')
  })
})

describe('roles through HTTP: the cookie session decides who calls, and the contract what they may do', () => {
  async function withAccounts() {
    t = await createTestCore()
    await createTestAdmin(t.core)
    for (const [name, role] of [['张经办', 'clerk'], ['李审核', 'reviewer'], ['赵只读', 'viewer']] as const) {
      await t.call('accounts.add', { name, role, password: `${role}-password` })
    }
    web = await startWebServer({ core: t.core, staticDir: t.dir })
    return web
  }

  it('each role is refused what it may not do (403 FORBIDDEN) and allowed what it may', async () => {
    const w = await withAccounts()
    const as = async (name: string, role: string) => signInOverHttp(w, { name, password: `${role}-password` })
    const clerk = await as('张经办', 'clerk')
    const reviewer = await as('李审核', 'reviewer')
    const viewer = await as('赵只读', 'viewer')
    const admin = await signInOverHttp(w)
    const union = { name: '木棠镇联合工会', type: '联合基层工会' }
    const refusals: Array<[Record<string, string>, string, unknown]> = [
      [viewer, 'orgs.save', union],
      [viewer, 'aid.reviewApplication', { id: 'x', decision: 'approve', reason: null }],
      [reviewer, 'orgs.save', union],
      [reviewer, 'accounts.list', {}],
      [clerk, 'aid.reviewApplication', { id: 'x', decision: 'approve', reason: null }],
      [clerk, 'accounts.add', { name: '新人', role: 'admin', password: 'whatever-1' }],
      [clerk, 'members.revealDetail', { id: 'x', reason: '核对' }],
    ]
    for (const [who, method, input] of refusals) {
      const r = await post(w, who, method, input)
      expect({ method, status: r.status, code: r.body.error?.code }).toEqual({ method, status: 403, code: 'FORBIDDEN' })
    }
    expect((await post(w, clerk, 'orgs.save', union)).status).toBe(200)
    expect((await post(w, viewer, 'orgs.list')).status).toBe(200)
    expect((await post(w, reviewer, 'aid.settings')).status).toBe(200)
    expect((await post(w, admin, 'accounts.list')).body.result).toHaveLength(4)
    const me = await post(w, reviewer, 'auth.me')
    expect(me.body.result).toMatchObject({ user: { name: '李审核', role: 'reviewer', roleName: '审核人' }, locked: false })
  })

  it('the session cookie is HttpOnly and SameSite=Strict, useless without the token, and bound to this launch', async () => {
    const w = await withAccounts()
    const login = await post(w, { Authorization: `Bearer ${w.token}` }, 'auth.login', testAdmin)
    expect(login.cookie).toMatch(/^uniondesk_session=[\w-]+\.[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/)
    const cookie = login.cookie?.split(';')[0] ?? ''
    // No session: 401 UNAUTHORIZED, and nothing about the register.
    const anonymous = await post(w, { Authorization: `Bearer ${w.token}` }, 'orgs.list')
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'UNAUTHORIZED'])
    // The cookie without the token: 401 before anything runs.
    expect((await post(w, { Cookie: cookie }, 'orgs.list')).status).toBe(401)
    // A session id with a MAC made under another launch's token: not a session here.
    const [id] = cookie.slice('uniondesk_session='.length).split('.')
    expect((await post(w, { Authorization: `Bearer ${w.token}`, Cookie: `uniondesk_session=${id ?? ''}.forged` }, 'orgs.list')).status).toBe(401)
    expect((await post(w, { Authorization: `Bearer ${w.token}`, Cookie: cookie }, 'orgs.list')).status).toBe(200)
    // Logout clears the cookie and ends the session on the server too.
    const out = await post(w, { Authorization: `Bearer ${w.token}`, Cookie: cookie }, 'auth.logout')
    expect(out.cookie).toContain('Max-Age=0')
    expect((await post(w, { Authorization: `Bearer ${w.token}`, Cookie: cookie }, 'orgs.list')).status).toBe(401)
  })

  it('idle lock: after the configured minutes every call is refused until the password is given again', async () => {
    const clock = movableClock()
    t = await createTestCore()
    await createTestAdmin(t.core)
    web = await startWebServer({ core: t.core, staticDir: t.dir, sessions: createSessionStore(clock.ms) })
    const admin = await signInOverHttp(web)
    expect((await post(web, admin, 'accounts.settings')).body.result).toMatchObject({ idleLockMinutes: 15 })
    clock.advanceMinutes(14)
    expect((await post(web, admin, 'orgs.list')).status).toBe(200)
    clock.advanceMinutes(15.5)
    const locked = await post(web, admin, 'orgs.list')
    expect([locked.status, locked.body.error?.code]).toEqual([200, 'SESSION_LOCKED'])
    expect((await post(web, admin, 'auth.me')).body.result).toMatchObject({ locked: true, user: { name: testAdmin.name } })
    expect((await post(web, admin, 'auth.unlock', { password: 'wrong' })).body.error?.code).toBe('UNAUTHORIZED')
    expect((await post(web, admin, 'orgs.list')).body.error?.code).toBe('SESSION_LOCKED')
    expect((await post(web, admin, 'auth.unlock', { password: testAdmin.password })).body.ok).toBe(true)
    expect((await post(web, admin, 'orgs.list')).status).toBe(200)
    // A shorter setting takes effect for the open session.
    await post(web, admin, 'accounts.saveSettings', { idleLockMinutes: 5 })
    clock.advanceMinutes(6)
    expect((await post(web, admin, 'orgs.list')).body.error?.code).toBe('SESSION_LOCKED')
  })
})

describe('separation of duties', () => {
  it('is on by default once two accounts are active: who entered an application cannot approve it', async () => {
    resetFixtures()
    t = await createTestCore()
    await t.call('aid.addProgram', { program: fuweijinProgram })
    const m = await addMember(t, { n: 1, name: '王建国' })
    const materials = ['抚慰金申请表', '伤残等级鉴定结论']
    const entered = await as(t, testAdmin.name).call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 5 }, materials, submit: true })
    await createTestAdmin(t.core)
    // One account: the office has one person, who must be able to do both.
    const seenAlone = await as(t, testAdmin.name).call('aid.getApplication', { id: entered.id })
    expect(seenAlone.actions.review.allowed).toBe(true)
    await t.call('accounts.add', { name: '李审核', role: 'reviewer', password: 'reviewer-password' })
    expect((await t.call('aid.settings', {})).separationOfDuties).toBe(true)
    const before = await t.dump()
    const r = await as(t, testAdmin.name).reply('aid.reviewApplication', { id: entered.id, decision: 'approve', reason: null })
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN')
    expect(await t.dump()).toBe(before)
    // The UI is told not to offer it.
    expect((await as(t, testAdmin.name).call('aid.getApplication', { id: entered.id })).actions.review.allowed).toBe(false)
    const reviewed = await as(t, '李审核').call('aid.reviewApplication', { id: entered.id, decision: 'approve', reason: null })
    expect(reviewed.status).toBe('reviewed')
  })
})
