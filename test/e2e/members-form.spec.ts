import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { idCheckChar } from '../../shared/identity/id-number'
import { formCopy, importCopy } from '../../renderer/members/copy'
import { uiCopy } from '../../renderer/ui/copy'
import { artifactsDir, expect, test } from './fixtures'
import { ProfilePage } from './pages/profile-page'
import { MembersPage, seedMember, seedOrg } from './pages/members-page'

/** Issue 13, items 12, 14 and 15: the member form and the import page as a clerk meets them, at 1366×768. */
test.use({ viewport: { width: 1366, height: 768 } })

const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir, `${name}.png`) })
const validId = (first17: string) => first17 + idCheckChar(first17)

async function setUp(page: Page, launchUrl: string): Promise<MembersPage> {
  await page.goto(launchUrl)
  await new ProfilePage(page).setUp('木棠镇总工会')
  const members = new MembersPage(page)
  await members.open()
  return members
}

test('item 15: Esc on 新增会员 with typed data asks first; 继续填写 keeps it, 放弃 closes; untouched closes at once', async ({ page, webApp }) => {
  const members = await setUp(page, webApp.launchUrl)
  await seedOrg(page.request, webApp.launchUrl, '木棠镇联合工会')

  await members.addMember()
  await expect(members.formDialog()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(members.formDialog()).toBeHidden()
  await expect(members.discardQuestion()).toHaveCount(0)

  await members.addMember()
  await members.formField('name').fill('张三')
  await page.keyboard.press('Escape')
  await expect(members.discardQuestion()).toBeVisible()
  await expect(members.discardQuestion().getByRole('button', { name: uiCopy.unsaved.discard })).toBeInViewport({ ratio: 1 })
  await page.waitForTimeout(400) // the zoom-in animation, so the screenshot shows the question at rest
  await shot(page, 'issue13-15-discard-question')
  await members.discardQuestion().getByRole('button', { name: uiCopy.unsaved.keep }).click()
  await expect(members.discardQuestion()).toBeHidden()
  await expect(members.formField('name')).toHaveValue('张三')

  // ✕ asks the same question.
  await members.formDialog().locator('.ant-modal-close').click()
  await expect(members.discardQuestion()).toBeVisible()
  await members.discardQuestion().getByRole('button', { name: uiCopy.unsaved.discard }).click()
  await expect(members.formDialog()).toBeHidden()
  await members.addMember()
  await expect(members.formField('name')).toHaveValue('')
})

test('item 14: the ID field answers while typing, takes back what it filled, and names who holds a number', async ({ page, webApp }) => {
  const members = await setUp(page, webApp.launchUrl)
  const orgId = await seedOrg(page.request, webApp.launchUrl, '木棠镇联合工会')
  const held = validId('46902319850709001')
  await seedMember(page.request, webApp.launchUrl, { orgId, name: '王芳', idNumber: held, joinDate: '2020-01-01' })
  await members.addMember()
  const id = members.formField('idNumber')
  const dialog = members.formDialog()

  await id.fill('123')
  await expect(dialog.getByTestId('id-typing')).toHaveText('「证件号码」长度应为 18 位（现为 3 位）')
  await id.blur()
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('「证件号码」长度应为 18 位（现为 3 位）')

  const fresh = validId('46902319900307002')
  await id.fill(fresh)
  await expect(members.formField('birthDate')).toHaveValue('1990-03-07')
  await expect(dialog.getByRole('radio', { name: '女' })).toBeChecked()
  await id.press('Backspace')
  await expect(members.formField('birthDate')).toHaveValue('')
  await expect(dialog.getByRole('radio', { name: '女' })).not.toBeChecked()

  // A birth date typed by hand stays when the number turns invalid.
  await id.fill(fresh)
  await members.formField('birthDate').fill('1990-03-08')
  await members.formField('birthDate').press('Tab')
  await id.press('Backspace')
  await expect(members.formField('birthDate')).toHaveValue('1990-03-08')

  await id.fill(held)
  const holder = dialog.getByTestId('id-holder')
  await expect(holder).toContainText('王芳')
  await expect(holder).toContainText('木棠镇联合工会')
  await expect(holder).toContainText('在会')
  await expect(holder).not.toContainText(held)
  await shot(page, 'issue13-14-id-holder')
  await expect(page.getByText(formCopy.saved)).toHaveCount(0)
})

test('item 12: the 导入 page offers the blank template as a download', async ({ page, webApp }) => {
  const members = await setUp(page, webApp.launchUrl)
  await members.openImport()
  await expect(page.getByText(importCopy.templateHint)).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: importCopy.templateDownload }).click()
  expect((await download).suggestedFilename()).toBe('会员信息采集表.xlsx')
  await shot(page, 'issue13-12-import-template')
})
