import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { copy as aidCopy } from '../../renderer/aid/copy'
import { copy as membersCopy, detailCopy } from '../../renderer/members/copy'
import { artifactsDir, expect, test } from './fixtures'
import { AidPage } from './pages/aid-page'
import { callApi, MembersPage } from './pages/members-page'

/**
 * Issue 13 item 16: the screens at a typical office laptop's 1366×768 (and still at 1920×1080). The demo register gives
 * the lists real rows: members, aid programs, applications and batches.
 */
const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir, `${name}.png`) })

/** Rows the clerk sees whole, without scrolling the list. */
const MIN_ROWS_1366 = 15

/** Seeds through the page's own request context, which holds the session the fixture signed in. */
async function openDemo(page: Page, launchUrl: string) {
  await callApi(page.request, launchUrl, 'profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await callApi(page.request, launchUrl, 'demo.load', { members: 300 })
  await page.goto(launchUrl)
  const members = new MembersPage(page)
  // The app opens on the workbench (issue 16).
  await members.open()
  await expect(members.firstRow()).toBeVisible()
  return members
}

/** The member table's rows lying wholly inside its scrolling body. */
function fullyVisibleRows(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    const body = el.querySelector('.ant-table-tbody-virtual-holder') ?? el.querySelector('.ant-table-body')
    if (!body) return 0
    const box = body.getBoundingClientRect()
    return Array.from(el.querySelectorAll('.ant-table-row')).filter((row) => {
      const r = row.getBoundingClientRect()
      return r.height > 0 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5
    }).length
  })
}

/** Whether anything in the table scrolls sideways, and whether the page itself scrolls. */
function overflow(page: Page, table: Locator) {
  return table.evaluate((el) => {
    const scrollers = Array.from(el.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body, .ant-table-tbody-virtual-holder'))
    const sideways = scrollers.some((s) => s.scrollWidth > s.clientWidth + 1)
    const right = el.getBoundingClientRect().right
    const headersOutside = Array.from(el.querySelectorAll('.ant-table-thead th')).some((th) => th.getBoundingClientRect().right > right + 1)
    const doc = document.documentElement
    return { sideways: sideways || headersOutside, pageScrollsDown: doc.scrollHeight > window.innerHeight + 1, pageScrollsSideways: doc.scrollWidth > window.innerWidth + 1 }
  })
}

/** Header cells whose title takes more than one line (a narrow column once broke "版本" into "版/本"). */
function wrappedHeaders(table: Locator): Promise<string[]> {
  return table.evaluate((el) =>
    Array.from(el.querySelectorAll<HTMLElement>('.ant-table-thead th'))
      .filter((th) => {
        const text = th.innerText.trim()
        if (text === '') return false
        const range = document.createRange()
        range.selectNodeContents(th)
        // One line of text gives line boxes all on the same row; a wrapped title has several rows of them.
        const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)))
        return tops.size > 1
      })
      .map((th) => th.innerText.trim()),
  )
}

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('the member list fills the screen with whole rows, every column in view, no page scroll', async ({ page, webApp }) => {
    const members = await openDemo(page, webApp.launchUrl)
    const table = members.table()
    await expect(table.getByRole('columnheader', { name: membersCopy.columns.enterprise })).toBeInViewport({ ratio: 1 })
    await expect(table.getByRole('columnheader', { name: membersCopy.columns.newFormType })).toBeInViewport({ ratio: 1 })
    // Polled: the list may still be laying out its first page (a second fetch after the URL's filter is read).
    await expect.poll(() => fullyVisibleRows(table)).toBeGreaterThanOrEqual(MIN_ROWS_1366)
    expect(await overflow(page, table)).toEqual({ sideways: false, pageScrollsDown: false, pageScrollsSideways: false })
    // A long name ends in "…" and shows whole on hover.
    const longName = table.locator('.ant-table-cell-ellipsis[title]').first()
    await expect(longName).toHaveAttribute('title', /.+/)
    await shot(page, 'layout-members-1366')
  })

  test('aid tables keep each header on one line; links take the theme’s red', async ({ page, webApp }) => {
    await openDemo(page, webApp.launchUrl)
    const aid = new AidPage(page)
    await aid.open('programs')
    const link = page.locator('.ant-table-row a').first()
    const primary = page.getByRole('button', { name: aidCopy.programs.fromTemplate })
    await expect(link).toBeVisible()
    const linkColour = await link.evaluate((el) => getComputedStyle(el).color)
    const primaryColour = await primary.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(linkColour).toBe(primaryColour)

    for (const tab of ['programs', 'applications', 'review', 'batches'] as const) {
      await aid.switchTab(tab)
      const table = page.locator('.ant-table').first()
      await expect(table.locator('.ant-table-thead th').first()).toBeVisible()
      await expect(table.locator('.ant-table-row').first()).toBeVisible()
      expect({ tab, wrapped: await wrappedHeaders(table) }).toEqual({ tab, wrapped: [] })
      expect((await overflow(page, table)).sideways).toBe(false)
      await shot(page, `layout-aid-${tab}-1366`)
    }
  })

  test('the message after a save does not cover the title of the drawer it opens', async ({ page, webApp }) => {
    const members = await openDemo(page, webApp.launchUrl)
    await members.firstRow().click()
    await members.drawerOpen()
    await members.drawer().getByRole('button', { name: detailCopy.edit, exact: true }).click()
    await members.formField('phone').fill('13800138000')
    await members.saveForm()
    const notice = page.locator('.ant-message-notice, .ant-notification-notice').first()
    await expect(notice).toBeVisible()
    // Measured where it settles, after its slide-in.
    await expect(notice).not.toHaveClass(/-appear/)
    await members.drawerOpen()
    const title = members.drawer().locator('.ant-drawer-header')
    const [a, b] = await Promise.all([notice.boundingBox(), title.boundingBox()])
    if (!a || !b) throw new Error('消息或抽屉标题不可见')
    const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    expect({ message: a, drawerTitle: b, overlaps }).toMatchObject({ overlaps: false })
    await shot(page, 'layout-saved-message-1366')
  })
})

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('the member list still fits, with more rows', async ({ page, webApp }) => {
    const members = await openDemo(page, webApp.launchUrl)
    const table = members.table()
    await expect.poll(() => fullyVisibleRows(table)).toBeGreaterThanOrEqual(MIN_ROWS_1366 + 8)
    expect(await overflow(page, table)).toEqual({ sideways: false, pageScrollsDown: false, pageScrollsSideways: false })
    await shot(page, 'layout-members-1920')
  })
})
