import sqlite3 from 'sqlite3'
import { uiCopy } from '../../renderer/ui/copy'
import { expect, test } from './fixtures'
import { OrgsPage } from './pages/orgs-page'
import { ProfilePage } from './pages/profile-page'

function exec(db: sqlite3.Database, statement: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(statement, (err) => (err ? reject(err) : resolve())))
}

test('a save that waits for another command\'s write says 正在处理 after two seconds, and the hint goes when it is saved', async ({ page, webApp }) => {
  await page.goto(webApp.launchUrl)
  await new ProfilePage(page).setUp('木棠镇总工会')
  const orgs = new OrgsPage(page)
  await orgs.open()
  const hint = page.getByText(uiCopy.slowCall)

  // Another command on the same file in the middle of its write (an import from the CLI).
  const other = new sqlite3.Database(webApp.dbPath)
  await exec(other, 'begin immediate')
  try {
    await orgs.addRoot()
    await orgs.field('name').fill('打印时新建的工会')
    const sent = Date.now()
    await orgs.submit()
    await expect(hint).toBeVisible({ timeout: 10_000 })
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1_900)
    await expect(orgs.dialog()).toBeVisible()
  } finally {
    await exec(other, 'rollback')
    await new Promise<void>((resolve) => other.close(() => resolve()))
  }
  await expect(orgs.treeNode('打印时新建的工会')).toBeVisible()
  await expect(hint).toHaveCount(0)

  // A save that meets no other write answers at once: no hint.
  await orgs.addRoot()
  await orgs.field('name').fill('第二个工会')
  await orgs.submit()
  await expect(orgs.treeNode('第二个工会')).toBeVisible()
  await expect(hint).toHaveCount(0)
})
