import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { ErrorCode, Reply } from '../../shared/errors'
import { callInSession } from '../core/accounts/session-call'
import { createSessionStore, type SessionStore } from '../core/accounts/sessions'
import type { Core } from '../core/context'
import { downloadHeaders, findOutboxFile, removeOutboxFile } from '../core/files/outbox'

export interface WebServer {
  url: string
  /** The address to open in a browser: carries the per-launch token once; the page then keeps it in memory. */
  launchUrl: string
  token: string
  port: number
  close(): Promise<void>
}

export interface WebServerOptions {
  core: Core
  /** The signed-in tabs; injected in tests to drive the idle lock with a clock. */
  sessions?: SessionStore
  staticDir: string
  port?: number
  /** The largest request body accepted (default 64 MB: a workbook upload in base64). */
  maxBodyBytes?: number
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const defaultMaxBody = 64 * 1024 * 1024

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }))
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The body, or 'too large' as soon as it is known to be: from Content-Length before a byte is read, otherwise when the
 * bytes read pass the limit (reading stops there; the answer closes the connection instead of draining the rest).
 */
async function readBody(req: IncomingMessage, maxBody: number): Promise<string | 'too large'> {
  if (Number(req.headers['content-length'] ?? 0) > maxBody) return 'too large'
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buf.length
    if (size > maxBody) return 'too large'
    chunks.push(buf)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The envelope is the same whatever the status (the renderer's client reads it either way); the status says in HTTP's
 * words what kind of refusal it is. Business refusals (a rule, a state, a duplicate) are answers, and stay 200.
 */
const statusByCode: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  DB_BUSY: 503,
  INTERNAL: 500,
}

function statusOf(reply: Reply<unknown>): number {
  return reply.ok ? 200 : (statusByCode[reply.error.code] ?? 200)
}

/** Loopback only; a page from another site must not reach the API through the browser (DNS rebinding, CSRF). */
function originAllowed(req: IncomingMessage, port: number): 'ok' | 'host' | 'origin' {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) return 'host'
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) return 'origin'
  return 'ok'
}

export const sessionCookieName = 'uniondesk_session'

/**
 * The session cookie carries the session id and its HMAC under this launch's token: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), and worthless to another launch, whose token differs.
 */
function sessionCookie(token: string, session: string | null): string {
  const value = session === null ? '' : `${session}.${createHmac('sha256', token).update(session).digest('base64url')}`
  return `${sessionCookieName}=${value}; HttpOnly; SameSite=Strict; Path=/${session === null ? '; Max-Age=0' : ''}`
}

function sessionOf(req: IncomingMessage, token: string): string | undefined {
  const cookie = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${sessionCookieName}=`))
  const [id, mac] = (cookie?.slice(sessionCookieName.length + 1) ?? '').split('.')
  if (!id || !mac) return undefined
  return sameToken(mac, createHmac('sha256', token).update(id).digest('base64url')) ? id : undefined
}

async function serveApi(req: IncomingMessage, res: ServerResponse, o: WebServerOptions, sessions: SessionStore, token: string, method: string): Promise<void> {
  const auth = req.headers.authorization ?? ''
  if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
    return sendError(res, 401, 'UNAUTHORIZED', '未授权：请使用启动时显示的地址打开本页面')
  }
  if (req.method !== 'POST') return sendError(res, 405, 'INVALID_INPUT', '只接受 POST 请求')
  const maxBody = o.maxBodyBytes ?? defaultMaxBody
  const text = await readBody(req, maxBody)
  if (text === 'too large') {
    res.setHeader('Connection', 'close')
    return sendError(res, 413, 'INVALID_INPUT', `请求内容超过 ${Math.round(maxBody / 1024 / 1024)} MB，未处理。请拆分文件后再试。`)
  }
  let input: unknown
  try {
    input = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '请求内容不是有效的 JSON')
  }
  const { reply, session } = await callInSession(o.core, sessions, sessionOf(req, token), 'http', method, input)
  send(res, statusOf(reply), JSON.stringify(reply), undefined, session === undefined ? {} : { 'Set-Cookie': sessionCookie(token, session) })
}

/**
 * GET /files/<ref>: a file a call generated, streamed from the outbox and then removed. A download link cannot set a
 * header, so the token may also come as ?token=.
 */
async function serveFile(req: IncomingMessage, res: ServerResponse, o: WebServerOptions, sessions: SessionStore, token: string, ref: string, query: URLSearchParams): Promise<void> {
  const auth = req.headers.authorization ?? ''
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : (query.get('token') ?? '')
  if (!sameToken(given, token)) return sendError(res, 401, 'UNAUTHORIZED', '未授权：请使用启动时显示的地址打开本页面')
  if (req.method !== 'GET') return sendError(res, 405, 'INVALID_INPUT', '只接受 GET 请求')
  // A generated file is as personal as the call that made it: only a signed-in, unlocked tab may fetch it.
  const signedIn = await sessions.operatorFor(o.core, sessionOf(req, token)).then(() => true, () => false)
  if (!signedIn) return sendError(res, 401, 'UNAUTHORIZED', '请先登录')
  const file = await findOutboxFile(o.core.dataDir, ref)
  if (!file) return sendError(res, 404, 'NOT_FOUND', '文件不存在或已经下载过，请重新生成')
  res.writeHead(200, { ...downloadHeaders(file), 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' })
  const delivered = await pipeline(createReadStream(file.path), res).then(() => true, () => false)
  // A download the browser broke off keeps its file for another try until the outbox's daily sweep.
  if (delivered) await removeOutboxFile(o.core.dataDir, ref)
}

/** A malformed %-escape is the request's fault (400), not ours. */
function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath)
  } catch {
    return null
  }
}

async function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const decoded = decodedPath(urlPath === '/' ? '/index.html' : urlPath)
  if (decoded === null) return sendError(res, 400, 'INVALID_INPUT', '网址中的编码不正确')
  const rel = normalize(decoded).replace(/^([/\\])+/, '')
  const file = join(staticDir, rel)
  if (!file.startsWith(staticDir + sep)) return sendError(res, 404, 'NOT_FOUND', '找不到页面')
  try {
    send(res, 200, await readFile(file), contentTypes[extname(file)] ?? 'application/octet-stream')
  } catch {
    sendError(res, 404, 'NOT_FOUND', '找不到页面')
  }
}

/** Web mode: the same app in a browser, over the same dispatcher, reachable only from this machine. */
export async function startWebServer(o: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  const sessions = o.sessions ?? createSessionStore(() => Date.now())
  let port = o.port ?? 0
  const server = createServer((req, res) => {
    const check = originAllowed(req, port)
    if (check !== 'ok') return sendError(res, 403, 'FORBIDDEN', check === 'host' ? '拒绝：主机名不正确' : '拒绝：跨站请求')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    const api = /^\/api\/([\w.]+)$/.exec(path)
    const file = /^\/files\/([^/]*)$/.exec(path)
    const handled = api?.[1]
      ? serveApi(req, res, o, sessions, token, api[1])
      : file
        ? serveFile(req, res, o, sessions, token, file[1] ?? '', url.searchParams)
        : serveStatic(res, o.staticDir, path)
    handled.catch(() => sendError(res, 500, 'INTERNAL', '系统内部错误'))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  port = typeof address === 'object' && address ? (address satisfies AddressInfo).port : port
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    launchUrl: `${url}/?token=${token}`,
    token,
    port,
    // A browser tab keeps connections open (keep-alive, a download in progress): closing must not wait for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
