import { join } from 'node:path'
import { copy } from '../../renderer/orgs/copy'
import { artifactsDir, expect, test } from './fixtures'
import { seedMember, seedOrg } from './pages/members-page'
import { OrgsPage } from './pages/orgs-page'
import { ProfilePage } from './pages/profile-page'

test('orgs: a wrong credit code is refused beside the field, a right one adds the union to the tree', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.setUp('木棠镇总工会')

  const orgs = new OrgsPage(page)
  await orgs.open()
  await expect(page.getByText(copy.emptyTree)).toBeVisible()
  await orgs.addRoot()
  await orgs.field('name').fill('某某电子有限公司工会委员会')
  await orgs.field('creditCode').fill('81469023MA5TG1K26U')
  await expect(orgs.fieldError('creditCode')).toContainText('校验位应为 T')
  await orgs.submit()
  await expect(orgs.fieldError('creditCode')).toContainText('校验位应为 T')
  await expect(orgs.dialog()).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'org-form-error.png') })

  await orgs.field('creditCode').fill('81469023MA5TG1K26T')
  await expect(orgs.fieldError('creditCode')).toHaveCount(0)
  await orgs.submit()
  await expect(orgs.dialog()).toHaveCount(0)
  await expect(orgs.treeNode('某某电子有限公司工会委员会')).toBeVisible()
  await expect(orgs.detailTitle('某某电子有限公司工会委员会')).toBeVisible()
  await expect(page.getByText('81469023MA5TG1K26T')).toBeVisible()

  // Enterprises covered: the same live check on the enterprise's own code.
  await page.getByRole('button', { name: copy.enterprises.add }).click()
  await orgs.dialog().getByLabel(copy.enterprises.labels.name).fill('某某电子有限公司')
  await orgs.dialog().getByLabel(copy.enterprises.labels.creditCode).fill('914403001922038217')
  await expect(orgs.dialog().locator('.ant-form-item-explain-error')).toContainText('校验位应为 6')
  await orgs.dialog().getByLabel(copy.enterprises.labels.creditCode).fill('914403001922038216')
  await orgs.dialog().getByLabel(copy.enterprises.labels.employeeCount).fill('120')
  await orgs.submit()
  await expect(page.locator('.ant-table-row').filter({ hasText: '某某电子有限公司' })).toContainText('914403001922038216')

  // A child union hangs under its parent in the tree.
  await page.getByRole('button', { name: copy.addChild }).click()
  await orgs.field('name').fill('某某电子有限公司第二车间分工会')
  await orgs.field('name').press('Enter')
  await expect(orgs.treeNode('某某电子有限公司第二车间分工会')).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'org-tree.png') })
})

test('orgs: merging a duplicate says what moves; dissolving is refused in the core words while members are 在会', async ({ page, webApp, request }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.fillSetup({ name: '金江镇总工会' })
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('金江镇总工会')
  const keep = '金江镇某某农产品加工有限公司工会'
  const dup = '金江镇某某农产品加工公司工会'
  await seedOrg(request, webApp.launchUrl, keep)
  const dupId = await seedOrg(request, webApp.launchUrl, dup)
  await seedMember(request, webApp.launchUrl, { orgId: dupId, name: '韦小宝', idNumber: '469023198808080096', joinDate: '2020-01-01' })

  const orgs = new OrgsPage(page)
  await orgs.open()
  await page.reload()
  await orgs.selectOrg(dup)
  await expect(orgs.detailTitle(dup)).toBeVisible()
  await orgs.action(copy.merge)
  await orgs.mergeWith(keep, keep)
  await expect(orgs.confirmDialog()).toContainText(copy.mergeDialog.confirmText(dup, keep, 1, 0))
  // Hovering waits for the dialog's zoom-in to finish, so the screenshot shows it settled.
  await orgs.confirmDialog().getByRole('button', { name: copy.mergeDialog.ok }).hover()
  await page.screenshot({ path: join(artifactsDir, 'org-merge-confirm.png') })
  await orgs.confirmDialog().getByRole('button', { name: copy.mergeDialog.ok }).click()
  await expect(page.getByText(copy.mergeDialog.done(1, 0, keep))).toBeVisible()
  await expect(orgs.treeNode(dup)).toHaveCount(0)
  await expect(orgs.treeNode(keep)).toContainText(copy.treeCount(1))

  await orgs.action(copy.dissolve)
  const dissolve = orgs.dissolveDialog(keep)
  // The core's own reason (orgs/handlers.ts dissolveBlockedReason), not a wording of the page's.
  await expect(dissolve.getByRole('alert')).toContainText('尚有 1 名在会会员，请先办理转会或保留会籍')
  await expect(dissolve.getByRole('button', { name: copy.dissolveDialog.ok })).toBeDisabled()
  await page.screenshot({ path: join(artifactsDir, 'org-dissolve-blocked.png') })
})
