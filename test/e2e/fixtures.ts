import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, type APIRequestContext, type BrowserContext } from '@playwright/test'
import { startWebMode, stopWebMode } from '../helpers/web-mode'

export interface WebApp {
  launchUrl: string
  baseUrl: string
  dbPath: string
  dir: string
}

export const artifactsDir = resolve('test/artifacts')
mkdirSync(artifactsDir, { recursive: true })

/** The administrator each test's fresh database gets, and the account its browser is signed in as. */
export const e2eAdmin = { name: '测试管理员', password: 'test-password-1' }

/**
 * Signs the test in before it opens a page: auth.login with the launch token makes e2eAdmin the administrator of the
 * fresh database (its first run). The API client (`request`) keeps the session cookie it is answered, and the
 * browser context gets the same cookie, as a browser that had used the login page would hold it. Tests of the login
 * page itself opt out with `test.use({ signedIn: false })`.
 */
async function signIn(context: BrowserContext, request: APIRequestContext, launchUrl: string, who = e2eAdmin): Promise<void> {
  const url = new URL(launchUrl)
  const res = await request.post(`${url.origin}/api/auth.login`, { data: who, headers: { Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` } })
  const pair = res.headers()['set-cookie']?.split(';')[0] ?? ''
  const eq = pair.indexOf('=')
  if (!res.ok() || eq < 0) throw new Error(`登录失败：${res.status()} ${await res.text()}`)
  await context.addCookies([{ name: pair.slice(0, eq), value: pair.slice(eq + 1), url: url.origin, httpOnly: true, sameSite: 'Strict' }])
}

export const test = base.extend<{ webApp: WebApp; signedIn: boolean }>({
  /** false (`test.use({ signedIn: false })`): the browser starts at the first-run or login screen, as a person would. */
  signedIn: [true, { option: true }],
  webApp: async ({ context, request, signedIn }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-e2e-'))
    const dbPath = join(dir, 'e2e.db')
    const { child, launchUrl } = await startWebMode(dbPath)
    if (signedIn) await signIn(context, request, launchUrl)
    await use({ launchUrl, baseUrl: new URL(launchUrl).origin, dbPath, dir })
    await stopWebMode(child)
    rmSync(dir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
