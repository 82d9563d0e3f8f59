import { join } from 'node:path'
import { artifactsDir, expect, test } from './fixtures'
import { memberFormNames } from '../../shared/contract/print'
import { copy as printCopy } from '../../renderer/print/copy'
import { MembersPage, seedMember, seedOrg } from './pages/members-page'
import { PrintPage } from './pages/print-page'
import { ProfilePage } from './pages/profile-page'

test('打印设置: calibration preview renders page by page; an offset is saved and the preview follows; 导出PDF downloads', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.fillSetup({ name: '城关镇总工会' })
  await profile.submitSetup()

  const print = new PrintPage(page)
  await print.open()
  // The first print in a fresh server loads the fonts; on a busy machine that takes a few seconds.
  await expect(print.pageLabel()).toHaveText('第 1 页 共 1 页', { timeout: 30_000 })
  await expect(print.canvas()).toBeVisible()
  // pdf.js has drawn something: the canvas is no longer blank.
  await expect
    .poll(() => print.canvas().evaluate((c: HTMLCanvasElement) => c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 !== 3 && v < 200) ?? false))
    .toBe(true)

  await print.field('printer').fill('得力 DL-620K')
  await print.field('xMm').fill('2.5')
  await print.field('yMm').fill('-1')
  await print.save()
  await expect(print.offsetRow('得力 DL-620K')).toContainText('2.5')
  await expect(page.getByText('校准页预览：发放证明 / 得力 DL-620K')).toBeVisible()
  await expect(print.pageLabel()).toHaveText('第 1 页 共 1 页', { timeout: 15_000 })
  await page.screenshot({ path: join(artifactsDir, 'print-settings.png'), fullPage: true })

  const download = page.waitForEvent('download')
  await print.exportButton().click()
  expect((await download).suggestedFilename()).toBe('套打校准页-发放证明.pdf')
})

test('member drawer: 打印… → 会员证明 previews unnumbered, 导出PDF downloads it under the member name with serial 000001', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.fillSetup({ name: '木棠镇总工会' })
  await profile.submitSetup()
  // page.request carries the page's session cookie (the fixture signed the browser in).
  const orgId = await seedOrg(page.request, webApp.launchUrl, '木棠镇联合工会')
  await seedMember(page.request, webApp.launchUrl, { orgId, name: '张𠮷', idNumber: '469023198808080096', joinDate: '2020-01-01' })
  // The app opened on the register before the seeding; a reload shows what is there now.
  await page.reload()

  const members = new MembersPage(page)
  await members.open()
  await members.row('张𠮷').click()
  await members.drawerOpen()
  await page.getByRole('button', { name: printCopy.printMenu }).click()
  await page.getByRole('menuitem', { name: memberFormNames.certificate }).click()
  const print = new PrintPage(page)
  await expect(print.pageLabel()).toHaveText('第 1 页 共 1 页', { timeout: 30_000 })
  await page.screenshot({ path: join(artifactsDir, 'print-member-preview.png') })

  const download = page.waitForEvent('download')
  await print.exportButton().click()
  expect((await download).suggestedFilename()).toBe('会员证明-张𠮷.pdf')
  await expect(page.getByText(/\d{4}-HYZM-000001/)).toBeVisible()
})
