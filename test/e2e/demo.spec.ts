import { join } from 'node:path'
import { artifactsDir, expect, test } from './fixtures'
import { copy as aidCopy } from '../../renderer/aid/copy'
import { copy as demoCopy } from '../../renderer/demo/copy'
import { AidPage, Api } from './pages/aid-page'
import { ProfilePage } from './pages/profile-page'

interface Page<T> {
  items: T[]
}
interface Summary {
  id: string
  memberName: string
  status: string
}
interface Detail {
  materials: Array<{ name: string }>
}

test('demo data: marked in the header instead of the first-run choice; scans and programs read in Chinese; cleared back to the first run', async ({ page, webApp }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(webApp.launchUrl)
  await expect(page.getByRole('radio', { name: demoCopy.empty })).toBeVisible()

  // As after `uniondesk demo` on the same file: the demo brings its own office, so the app opens on it.
  // page.request carries the page's session cookie (the fixture signed the browser in).
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('demo.load', { members: 200 })
  await page.reload()
  const profile = new ProfilePage(page)
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
  await expect(page.getByTestId('demo-tag')).toHaveText(demoCopy.tag)
  await expect(page.getByRole('radio', { name: demoCopy.empty })).toHaveCount(0)
  await page.screenshot({ path: join(artifactsDir, 'demo-header.png') })

  // A scan on an application shows its name, size and upload time; the SHA-256 only in the 校验值 tooltip.
  const listed = await api.call<Page<Summary>>('aid.listApplications', { status: 'submitted' })
  const app = listed.items[0]
  expect(app).toBeDefined()
  const detail = await api.call<Detail>('aid.getApplication', { id: app?.id ?? '' })
  await api.call('aid.attachFile', {
    applicationId: app?.id ?? '',
    material: detail.materials[0]?.name ?? '',
    file: { fileName: '伤残鉴定书.jpg', contentBase64: Buffer.alloc(3000, 7).toString('base64') },
  })
  const aid = new AidPage(page)
  await aid.open('programs')
  await expect(aid.programRow('抚慰金')).toBeVisible()
  await expect(page.getByText('fuweijin')).toHaveCount(0)
  await aid.switchTab('review')
  await aid.applicationRow(app?.memberName ?? '').first().getByRole('button', { name: aidCopy.applications.open }).click()
  const line = aid.drawer().getByTestId('attachment-line')
  await expect(line).toContainText('伤残鉴定书.jpg')
  await expect(line).toContainText(/3 KB · \d{4}-\d{2}-\d{2} \d{2}:\d{2} 上传/)
  await expect(aid.drawer()).not.toContainText('SHA-256')
  await page.screenshot({ path: join(artifactsDir, 'demo-attachment.png') })
  await page.keyboard.press('Escape')

  // Real work typed into the demo is named, and clearing waits for a tick before it goes too.
  const org = (await api.call<Array<{ id: string }>>('orgs.list', {}))[0]
  await api.call('members.save', { orgId: org?.id ?? '', name: '真实会员', idNumber: '469023198808080096', joinDate: '2020-01-01' })
  await page.reload()
  await page.getByRole('button', { name: demoCopy.clear }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: demoCopy.clearTitle })
  await expect(dialog).toContainText(demoCopy.addedSince('会员 1 条'))
  const ok = dialog.getByRole('button', { name: demoCopy.clearOk })
  await expect(ok).toBeDisabled()
  await page.screenshot({ path: join(artifactsDir, 'demo-clear.png') })
  await dialog.getByRole('checkbox', { name: demoCopy.includeAdded }).check()
  await ok.click()
  await expect(page.getByRole('radio', { name: demoCopy.empty })).toBeVisible()
  await expect(page.getByRole('radio', { name: demoCopy.demo })).toBeVisible()
  expect(await api.call('demo.status', {})).toBeNull()
})
