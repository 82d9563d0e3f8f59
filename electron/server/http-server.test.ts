import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../test/helpers/test-core'
import { signInOverHttp } from '../../test/helpers/web-login'
import { startWebServer, type WebServer } from './http-server'

/** Web mode answers in HTTP's words, and always with the one envelope the renderer's client reads whatever the status. */
describe('web mode: status codes', () => {
  let t: TestCore
  let web: WebServer
  let signedIn: Record<string, string> = {}
  const maxBodyBytes = 64 * 1024
  beforeAll(async () => {
    t = await createTestCore()
    writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>基层工会工作台</title>')
    web = await startWebServer({ core: t.core, staticDir: t.dir, maxBodyBytes })
    signedIn = await signInOverHttp(web)
  })
  afterAll(async () => {
    await web.close()
    await t.close()
  })

  const api = (method: string, body: string) =>
    fetch(`${web.url}/api/${method}`, { method: 'POST', headers: { ...signedIn, 'Content-Type': 'application/json' }, body })

  it('a good call: 200 and the envelope', async () => {
    const res = await api('orgs.list', '{}')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, result: [] })
  })

  it('an unknown method: 404 with ok:false', async () => {
    const res = await api('members.fly', '{}')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
  })

  it('invalid input: 400 with ok:false naming the field', async () => {
    const res = await api('orgs.save', JSON.stringify({ name: '', type: '联合基层工会' }))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name' } })
  })

  it('a malformed percent-encoding in a path: 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%', '/%ZZ.js']) {
      const res = await fetch(`${web.url}${path}`)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect((await fetch(`${web.url}/`)).status).toBe(200)
  })

  /** A raw request, so the test decides what is sent and when; resolves with the status and how much was sent by then. */
  function rawPost(
    headers: Record<string, string | number>,
    feed: (write: (b: Buffer) => boolean, answered: () => boolean) => Promise<void>,
  ): Promise<{ status: number; body: string }> {
    let answered = false
    return new Promise((resolve, reject) => {
      const req = request(`${web.url}/api/orgs.list`, { method: 'POST', headers: { ...signedIn, ...headers } }, (res) => {
        answered = true
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      // The server may close the connection while the body is still being sent: that is the point.
      req.on('error', (err) => (err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err)))
      req.flushHeaders()
      void feed((b) => req.write(b), () => answered).then(() => req.end())
    })
  }

  it('a body over the limit by its Content-Length: 413 before the body is sent', async () => {
    const r = await rawPost({ 'Content-Length': maxBodyBytes * 100, 'Content-Type': 'application/json' }, async (_write, answered) => {
      // Nothing of the body is sent: the answer must come from the headers alone (up to 5 s of waiting for it).
      for (let i = 0; i < 100 && !answered(); i++) await new Promise((res) => setTimeout(res, 50))
    })
    expect(r.status).toBe(413)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('a chunked body that grows past the limit: 413 while it is still being sent', async () => {
    let sent = 0
    const r = await rawPost({ 'Transfer-Encoding': 'chunked', 'Content-Type': 'application/json' }, async (write, answered) => {
      const chunk = Buffer.alloc(16 * 1024, 0x20)
      // Up to 100 times the limit, slowly, until the answer comes; a server that reads the whole body first takes all of it.
      while (sent < maxBodyBytes * 100 && !answered()) {
        write(chunk)
        sent += chunk.length
        await new Promise((res) => setTimeout(res, 5))
      }
    })
    expect(r.status).toBe(413)
    expect(sent).toBeLessThan(maxBodyBytes * 100)
  })
})
