import { join } from 'node:path'
import { artifactsDir, expect, test } from './fixtures'
import { copy as accountsCopy } from '../../renderer/accounts/copy'
import { AuthPage } from './pages/auth-page'
import { ProfilePage } from './pages/profile-page'

test.use({ signedIn: false })

test('first run asks 用户名 and 密码 first, then the office; afterwards the app opens only after a login', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const auth = new AuthPage(page)
  await expect(auth.adminTitle()).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'first-run-account.png') })
  await auth.createAdmin('王主席', 'wang-password-1')

  const profile = new ProfilePage(page)
  await expect(profile.setupTitle()).toBeVisible()
  await profile.fillSetup({ name: '木棠镇总工会' })
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
  await expect(auth.signedInUser()).toHaveText('王主席（管理员）')

  await auth.logout()
  await expect(auth.loginTitle()).toBeVisible()
  // Nothing of the office shows before a login.
  await expect(page.getByText('木棠镇总工会')).toHaveCount(0)
  await auth.login('王主席', 'wrong-password')
  await expect(page.getByText('用户名或密码不正确（再错 4 次，账户将锁定 15 分钟）')).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'login-refused.png') })
  await auth.login('王主席', 'wang-password-1')
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
})

test('an administrator adds a 经办人 on the 账户 screen; the clerk signs in and is not shown it', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const auth = new AuthPage(page)
  await auth.createAdmin('王主席', 'wang-password-1')
  const profile = new ProfilePage(page)
  await profile.fillSetup({ name: '木棠镇总工会' })
  await profile.submitSetup()
  await page.getByRole('menuitem', { name: accountsCopy.section }).click()
  await page.getByLabel(accountsCopy.name).fill('张经办')
  // 经办人 is the preselected role: the account most often added.
  await page.getByLabel(accountsCopy.password).fill('clerk-password-1')
  await page.getByRole('button', { name: accountsCopy.add }).click()
  await expect(page.getByRole('row', { name: /张经办\s*经办人\s*正常/ })).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'accounts.png') })

  await auth.logout()
  await auth.login('张经办', 'clerk-password-1')
  await expect(auth.signedInUser()).toHaveText('张经办（经办人）')
  await expect(page.getByRole('menuitem', { name: accountsCopy.section })).toHaveCount(0)
})
