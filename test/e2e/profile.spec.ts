import { join } from 'node:path'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { pick } from './pages/select'
import { ProfilePage } from './pages/profile-page'

test('first-run setup: a wrong check character is refused beside the field, a right one opens the app', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await expect(profile.setupTitle()).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'first-run.png') })

  await profile.fillSetup({ name: '木棠镇总工会', creditCode: '81469023MA5TG1K26U', parentName: '儋州市总工会' })
  await profile.submitSetup()
  await expect(page.getByText('统一社会信用代码校验位应为 T，实际为 U')).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'first-run-error.png') })

  await profile.field('creditCode').fill('81469023MA5TG1K26T')
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
  await page.screenshot({ path: join(artifactsDir, 'settings.png') })

  // The token left the address bar, and a reload still works from this tab.
  expect(page.url()).not.toContain('token=')
  await page.reload()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
})

test('settings page edits the profile and the header follows', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.fillSetup({ name: '洗村街道总工会' })
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('洗村街道总工会')
  await profile.openSettings()
  await profile.field('name').fill('洗村街道工会工作委员会')
  await profile.field('contactPhone').fill('138 0013 8000')
  await profile.save()
  await expect(profile.unionName()).toHaveText('洗村街道工会工作委员会')
  await expect(page.getByText('已保存本单位信息')).toBeVisible()
  await expect(profile.field('contactPhone')).toHaveValue('13800138000')
})

test('the API refuses calls without the launch token and from another origin', async ({ request, webApp }) => {
  const noToken = await request.post(`${webApp.baseUrl}/api/profile.get`, { data: {} })
  expect(noToken.status()).toBe(401)
  const token = new URL(webApp.launchUrl).searchParams.get('token') ?? ''
  const foreign = await request.post(`${webApp.baseUrl}/api/profile.get`, {
    data: {},
    headers: { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' },
  })
  expect(foreign.status()).toBe(403)
  const good = await request.post(`${webApp.baseUrl}/api/profile.get`, { data: {}, headers: { Authorization: `Bearer ${token}` } })
  expect(await good.json()).toEqual({ ok: true, result: null })
})

test('settings page: a federation level on an office with members is refused beside the level field, naming what is there', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '洗村街道总工会', level: '街道总工会' })
  const org = await api.call<{ id: string }>('orgs.save', { name: '洗村社区工会', type: '社区工会' })
  await api.call('members.save', { orgId: org.id, name: '王芳', idNumber: '469023199007150044', joinDate: '2020-01-01' })
  await page.goto(webApp.launchUrl)
  const profile = new ProfilePage(page)
  await profile.openSettings()
  await pick(page, profile.field('level'), '县（区）总工会')
  await profile.save()
  const levelItem = page.locator('.ant-form-item').filter({ has: profile.field('level') })
  await expect(levelItem.locator('.ant-form-item-explain-error')).toContainText('本库已有 1 名会员')
  await page.screenshot({ path: join(artifactsDir, 'settings-level-refused.png') })
  expect(await api.call('profile.get', {})).toMatchObject({ level: '街道总工会' })
})
