import { request } from 'node:http'
import { networkInterfaces } from 'node:os'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../../electron/server/http-server'
import { createTestAdmin, testAdmin } from '../../helpers/accounts'
import { createTestCore, type TestCore } from '../../helpers/test-core'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so the test sets Host and Origin as a foreign page or a rebound DNS name would. */
function raw(web: WebServer, opts: { path?: string; method?: string; headers?: Record<string, string>; body?: string; setHost?: boolean }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path: opts.path ?? '/api/orgs.list', method: opts.method ?? 'POST', headers: opts.headers ?? {}, setHost: opts.setHost ?? true },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

const corsHeaders = (a: Answer) => Object.keys(a.headers).filter((h) => h.startsWith('access-control-'))

describe('web mode: loopback only, this page only, no CORS, typed refusals of malformed bodies', () => {
  let t: TestCore
  let web: WebServer
  /** The signed-in tab's session cookie: the refusals below must hold even for a signed-in tab. */
  let cookie = ''
  beforeAll(async () => {
    t = await createTestCore()
    await createTestAdmin(t.core)
    web = await startWebServer({ core: t.core, staticDir: t.dir, maxBodyBytes: 64 * 1024 })
    const login = await raw(web, { path: '/api/auth.login', headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(testAdmin) })
    expect(login.status).toBe(200)
    cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? ''
  })
  afterAll(async () => {
    await web.close()
    await t.close()
  })
  const auth = (): Record<string, string> => ({ Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json', Cookie: cookie })

  it('a request naming another host (DNS rebinding) is refused with 403 FORBIDDEN, token or not', async () => {
    for (const host of ['evil.example', `evil.example:${web.port}`, `127.0.0.1:${web.port + 1}`, `[::1]:${web.port}`, `0.0.0.0:${web.port}`, `192.168.1.10:${web.port}`]) {
      const a = await raw(web, { headers: { ...auth(), Host: host }, body: '{}' })
      expect({ host, status: a.status }).toEqual({ host, status: 403 })
      expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    // No Host at all: Node's HTTP parser refuses an HTTP/1.1 request without one before our code runs.
    const noHost = await raw(web, { headers: auth(), body: '{}', setHost: false })
    expect([400, 403]).toContain(noHost.status)
  })

  it('a request from another origin (another site, a file, a sandboxed frame) is refused with 403 and no CORS header', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${web.port + 1}`, `https://127.0.0.1:${web.port}`, 'file://']) {
      const a = await raw(web, { headers: { ...auth(), Origin: origin }, body: '{}' })
      expect({ origin, status: a.status }).toEqual({ origin, status: 403 })
      expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(corsHeaders(a)).toEqual([])
    }
    // A CORS preflight gets no permission either.
    const preflight = await raw(web, { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } })
    expect(preflight.status).toBe(403)
    expect(corsHeaders(preflight)).toEqual([])
  })

  it('our own page (same origin, either loopback name) gets through, still with no CORS header', async () => {
    for (const host of [`127.0.0.1:${web.port}`, `localhost:${web.port}`]) {
      const a = await raw(web, { headers: { ...auth(), Host: host, Origin: `http://${host}` }, body: '{}' })
      expect(a.status).toBe(200)
      expect(JSON.parse(a.body)).toMatchObject({ ok: true })
      expect(corsHeaders(a)).toEqual([])
    }
  })

  it('without the per-launch token: 401, nothing dispatched', async () => {
    const tokens: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Bearer ${web.token}x` }, { Authorization: web.token }]
    for (const headers of tokens.map((h) => ({ ...h, Cookie: cookie }))) {
      const a = await raw(web, { headers, body: '{}' })
      expect(a.status).toBe(401)
      expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    }
  })

  it('a body that is not JSON, or not an input: 400 INVALID_INPUT in the envelope, never 500', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
    for (const body of ['not json', '{"name":', '\uFEFF{}', "{'a':1}", '{"a":1}{"b":2}', '123', '"orgs"', '[]', deep, '\u0000']) {
      const a = await raw(web, { headers: auth(), body })
      expect({ body: body.slice(0, 20), status: a.status }).toEqual({ body: body.slice(0, 20), status: 400 })
      expect(JSON.parse(a.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    // A body over the limit is refused by size before it is parsed.
    const huge = await raw(web, { headers: auth(), body: `{"q":"${'甲'.repeat(40_000)}"}` })
    expect(huge.status).toBe(413)
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('listens on 127.0.0.1 only: the machine’s other addresses refuse the connection', async () => {
    expect(new URL(web.url).hostname).toBe('127.0.0.1')
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal)
      .map((i) => i?.address ?? '')
    // ::1 is loopback but not the address served: a server bound to every address would answer it.
    for (const address of ['::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: web.port, timeout: 2000 })
        socket.on('connect', () => {
          socket.destroy()
          resolve('connected')
        })
        socket.on('timeout', () => {
          socket.destroy()
          resolve('timeout')
        })
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'))
      })
      expect({ address, outcome }).not.toEqual({ address, outcome: 'connected' })
    }
  })
})
