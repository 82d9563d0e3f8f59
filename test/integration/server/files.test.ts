import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findOutboxFile } from '../../../electron/core/files/outbox'
import { startWebServer, type WebServer } from '../../../electron/server/http-server'
import { decodeCsv, parseCsv } from '../../../shared/members/csv'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { signInOverHttp } from '../../helpers/web-login'
import { addMember, addOrg, makeId } from '../members/fixtures'

/** Web mode hands a generated file over as GET /files/<ref>: token required, streamed once, then gone. */
describe('web mode: GET /files/<ref>', () => {
  let t: TestCore
  let web: WebServer
  let signedIn: Record<string, string> = {}
  const api = async (method: string, input: unknown) => {
    const res = await fetch(`${web.url}/api/${method}`, { method: 'POST', headers: signedIn, body: JSON.stringify(input) })
    const reply = (await res.json()) as { ok: boolean; result: { ref: string; fileName: string; bytes: number; rows: number } }
    expect(reply.ok).toBe(true)
    return reply.result
  }

  beforeAll(async () => {
    t = await createTestCore()
    const org = await addOrg(t, '木棠镇联合工会')
    await addMember(t, org, '张伟', makeId('1990-01-01', 11))
    await addMember(t, org, '李强', makeId('1992-03-03', 33))
    const staticDir = join(t.dir, 'static')
    mkdirSync(staticDir)
    web = await startWebServer({ core: t.core, staticDir })
    signedIn = await signInOverHttp(web)
  })
  afterAll(async () => {
    await web.close()
    await t.close()
  })

  it('200 with the file and its Chinese name, then 404: a file is delivered once', async () => {
    const file = await api('members.export', { kind: 'full', format: 'csv' })
    expect(file).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^会员名册-全部-\d{8}\.csv$/) })
    const res = await fetch(`${web.url}/files/${file.ref}`, { headers: signedIn })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.length).toBe(file.bytes)
    expect(parseCsv(decodeCsv(bytes).text).map((r) => r[1])).toEqual(['姓名', '李强', '张伟'])
    // The server removes the file once the response has finished, which may be a moment after the client has it all.
    await vi.waitFor(async () => expect(await findOutboxFile(t.core.dataDir, file.ref)).toBeNull())
    const again = await fetch(`${web.url}/files/${file.ref}`, { headers: signedIn })
    expect(again.status).toBe(404)
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('a download link carries the token as ?token= (a link cannot set a header)', async () => {
    const file = await api('members.export', { kind: 'template', format: 'xlsx' })
    const res = await fetch(`${web.url}/files/${file.ref}?token=${web.token}`, { headers: { Cookie: signedIn.Cookie ?? '' } })
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
  })

  it('401 without the token or with a wrong one, and the file stays for the rightful download', async () => {
    const file = await api('members.export', { kind: 'full', format: 'xlsx' })
    const cookie = { Cookie: signedIn.Cookie ?? '' }
    expect((await fetch(`${web.url}/files/${file.ref}`, { headers: cookie })).status).toBe(401)
    expect((await fetch(`${web.url}/files/${file.ref}?token=wrong`, { headers: cookie })).status).toBe(401)
    expect((await fetch(`${web.url}/files/${file.ref}`, { headers: { ...cookie, Authorization: 'Bearer wrong' } })).status).toBe(401)
    // The token without a signed-in session is not enough either.
    expect((await fetch(`${web.url}/files/${file.ref}?token=${web.token}`)).status).toBe(401)
    expect((await fetch(`${web.url}/files/${file.ref}?token=${web.token}`, { headers: cookie })).status).toBe(200)
  })

  it('404 for an unknown ref and for refs that try to leave the outbox', async () => {
    const auth = { headers: signedIn }
    for (const ref of ['A'.repeat(32), '..%2F..%2Fstatic', '%2E%2E', 'x']) {
      expect((await fetch(`${web.url}/files/${ref}`, auth)).status).toBe(404)
    }
  })
})
