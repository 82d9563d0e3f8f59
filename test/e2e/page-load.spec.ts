import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ProfilePage } from './pages/profile-page'

/** Everything that went wrong while the page loaded: failed or refused requests and console errors. */
function watchLoad(page: Page): string[] {
  const problems: string[] = []
  // A request still in flight when the test reloads the page is aborted by the browser, not refused: not a problem.
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? ''
    if (reason !== 'net::ERR_ABORTED') problems.push(`请求失败 ${r.url()}：${reason}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`控制台错误：${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`页面错误：${e.message}`))
  return problems
}

test('page load: the favicon is served and no request fails, on the first-run screen and in the app after a reload', async ({ page, webApp }) => {
  const problems = watchLoad(page)
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await expect(profile.setupTitle()).toBeVisible()
  // The browser fetches the icon on its own after load (/favicon.ico when the page names none): let it finish.
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/)
  const served = await page.request.get(new URL('favicon.svg', page.url()).href)
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('image/svg+xml')

  await profile.fillSetup({ name: '木棠镇总工会' })
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
  await page.reload()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})
