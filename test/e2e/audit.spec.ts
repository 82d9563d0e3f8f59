import { join } from 'node:path'
import { sql } from 'kysely'
import { copy } from '../../renderer/audit/copy'
import { openDatabase } from '../../electron/core/db/open'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { AuditPage } from './pages/audit-page'

const shot = (name: string) => ({ path: join(artifactsDir, `audit-${name}.png`), fullPage: false })

test.use({ viewport: { width: 1366, height: 768 } })

test('操作日志: filtered by action, masked changes, verified whole, then broken after a row is edited', async ({ page, webApp }) => {
  // page.request carries the signed-in session cookie of the page's context.
  const api = new Api(page.request, webApp.launchUrl)
  const { memberId } = await api.seedMember({ name: '王芳', idNumber: '110105199007150049' })
  await api.call('members.revealDetail', { id: memberId, reason: '核对发放账号' })

  await page.goto(webApp.launchUrl)
  const audit = new AuditPage(page)
  await audit.open()
  await expect(audit.rows().first()).toBeVisible()
  await audit.filterAction('查看会员完整信息')
  await expect(audit.rows()).toHaveCount(1)
  await expect(audit.rows().first()).toContainText('核对发放账号')
  await audit.filterAction('保存会员信息')
  await expect(audit.rows()).toHaveCount(1)
  // The ID number is recorded masked, never whole.
  await expect(audit.rows().first()).toContainText('110105********0049')
  await expect(page.getByText('110105199007150049')).toHaveCount(0)

  await audit.button(copy.verify).click()
  await expect(audit.verdict()).toContainText('完整：共')
  await page.screenshot(shot('intact'))

  const db = await openDatabase({ path: webApp.dbPath })
  try {
    await sql`update audit_log set actor = '别人' where seq = 2`.execute(db)
  } finally {
    await db.destroy()
  }
  await audit.button(copy.verify).click()
  await expect(audit.verdict()).toContainText('操作日志第 2 条')
  await page.screenshot(shot('broken'))
})
