import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { copy } from '../../renderer/backup/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { BackupPage } from './pages/backup-page'

test.use({ viewport: { width: 1366, height: 900 } })

test('备份与恢复: the day’s automatic backup, an encrypted manual backup, and a restore after typing 恢复', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await api.call('orgs.save', { name: '木棠镇机关工会', type: '机关事业单位工会' })

  await page.goto(webApp.launchUrl)
  const backup = new BackupPage(page)
  await backup.open()
  // Web mode took the day's backup when it opened.
  await expect(backup.rows()).toHaveCount(1)
  await expect(backup.rows().first()).toContainText(copy.kinds.daily)
  await expect(backup.lastBackup()).not.toContainText(copy.never)

  // A USB stick's path ticks encryption by itself; a folder on the PC does not.
  const stick = join(webApp.dir, 'stick')
  await backup.outFolder().fill(stick)
  await expect(backup.encrypt()).not.toBeChecked()
  await backup.outFolder().fill('/media/clerk/U盘')
  await expect(backup.encrypt()).toBeChecked()
  await expect(page.getByText(copy.removableHint)).toBeVisible()
  await backup.outFolder().fill(stick)
  await backup.encrypt().check()
  await backup.backUp('U盘备份密码2026')
  await expect(page.getByText(/已备份到 .*\.udbak/)).toBeVisible()
  const [made] = readdirSync(stick)
  expect(made).toMatch(/\.udbak$/)
  await page.screenshot({ path: join(artifactsDir, 'backup-page.png') })

  await api.call('orgs.save', { name: '备份后加的工会', type: '机关事业单位工会' })
  await backup.restoreFrom(join(stick, made ?? ''), 'U盘备份密码2026')
  const dialog = backup.confirmDialog()
  const ok = dialog.getByRole('button', { name: copy.restore })
  await expect(ok).toBeDisabled()
  await dialog.getByLabel(copy.confirmPrompt).fill(copy.confirmWord)
  await ok.click()
  await expect(page.getByText(/已恢复。恢复前的数据库另存为/)).toBeVisible()
  const orgs = await api.call<Array<{ name: string }>>('orgs.list', {})
  expect(orgs.map((o) => o.name)).toEqual(['木棠镇机关工会'])
  await expect(backup.rows()).toHaveCount(2)
})
