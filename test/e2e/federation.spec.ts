import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { copy } from '../../renderer/federation/copy'
import { copy as profileCopy } from '../../renderer/profile/copy'
import { copy as demoCopy } from '../../renderer/demo/copy'
import { copy as membersCopy } from '../../renderer/members/copy'
import { makeId } from '../integration/members/fixtures'
import { officeWithPackage } from '../integration/exchange/federation-views-fixtures'
import type { TestCore } from '../helpers/test-core'
import { artifactsDir, expect, test } from './fixtures'
import { FederationPage } from './pages/federation-page'
import { ProfilePage } from './pages/profile-page'

test.use({ viewport: { width: 1366, height: 768 } })

/**
 * A county federation from its first run: 县（区）总工会 chosen (no demo register offered), the header says 汇总单位,
 * two towns' real packages (sealed by the office engineer's exchange.export) carry the same ID number, the 冲突清单
 * shows it, 保留一方 resolves it and 汇总统计 counts the person once.
 */
test('a federation walks its conflict list: two packages, one ID active in both, keep one, counted once', async ({ page, webApp, request }) => {
  const offices: TestCore[] = []
  try {
    await page.goto(webApp.launchUrl)
    const profile = new ProfilePage(page)
    await expect(profile.setupTitle()).toBeVisible()
    await expect(page.getByText(demoCopy.demo)).toBeVisible()
    await page.getByLabel(profileCopy.labels.level).click()
    await page.getByTitle('县（区）总工会').click()
    await expect(page.getByText(demoCopy.demo)).toHaveCount(0)
    await profile.fillSetup({ name: '某某县总工会' })
    await profile.submitSetup()
    const fed = new FederationPage(page)
    await expect(fed.modeLabel()).toHaveText('县（区）总工会 · 汇总单位')
    await expect(page.getByRole('menuitem', { name: copy.conflicts })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: membersCopy.sectionLabel, exact: true })).toHaveCount(0)

    // The federation's card, as its 下级单位 page exports it, goes to both towns.
    const token = new URL(webApp.launchUrl).searchParams.get('token') ?? ''
    const res = await request.post(`${webApp.baseUrl}/api/exchange.initKeys`, { data: {}, headers: { Authorization: `Bearer ${token}` } })
    const fedCard = ((await res.json()) as { result: { text: string } }).result.text
    const shared = makeId('1988-08-08', 9)
    const a = await officeWithPackage({ name: '甲镇总工会', creditCode: '81469023MA5TG1K26T', fedCard, outDir: webApp.dir, members: [{ name: '王芳', idNumber: shared, joinDate: '2026-03-01' }, { name: '李雷', idNumber: makeId('1990-01-02', 3), joinDate: '2026-04-01' }] })
    offices.push(a.core)
    const b = await officeWithPackage({ name: '乙街道总工会', creditCode: '81469023MA5TG1K34M', fedCard, outDir: webApp.dir, members: [{ name: '王芳', idNumber: shared, joinDate: '2026-05-01' }] })
    offices.push(b.core)

    await fed.open('offices')
    await fed.registerCard('甲镇密钥卡.json', a.card)
    await expect(fed.tableRow('甲镇总工会')).toBeVisible()
    await fed.registerCard('乙街道密钥卡.json', b.card)
    await expect(fed.tableRow('乙街道总工会')).toBeVisible()
    await expect(fed.tableRow('甲镇总工会')).toContainText(copy.never)
    await fed.importPackage(basename(a.packagePath), readFileSync(a.packagePath))
    await expect(fed.importResult()).toContainText(copy.importConflicts(0))
    await fed.importPackage(basename(b.packagePath), readFileSync(b.packagePath))
    await expect(fed.importResult()).toContainText(copy.importConflicts(1))
    await expect(fed.tableRow('乙街道总工会')).toContainText(copy.sequenceText(1))
    await page.screenshot({ path: join(artifactsDir, 'federation-offices.png') })

    await fed.open('conflicts')
    const masked = `${shared.slice(0, 6)}********${shared.slice(-4)}`
    const row = fed.tableRow(masked)
    await expect(row).toContainText('甲镇总工会')
    await expect(row).toContainText('乙街道总工会')
    await expect(row.getByText('王芳')).toHaveCount(2)
    await expect(page.getByText(shared)).toHaveCount(0)
    await page.screenshot({ path: join(artifactsDir, 'federation-conflicts.png') })
    await fed.keepOne('甲镇总工会')
    await expect(fed.tableRow(masked)).toHaveCount(0)
    await fed.stateFilter('resolved').click()
    await expect(fed.tableRow(masked)).toContainText(copy.resolvedAs(copy.stateLabels.kept_one, '甲镇总工会'))
    await expect(fed.tableRow(masked)).toContainText(copy.notCounted)

    await fed.open('register')
    await page.getByLabel(copy.searchPlaceholder).fill('王芳')
    await expect(fed.tableRow(copy.conflictLeftOut)).toContainText('乙街道总工会')
    await expect(page.locator('.ant-table-row')).toHaveCount(2)
    await expect(page.getByText(copy.total(2))).toBeVisible()
    await page.screenshot({ path: join(artifactsDir, 'federation-register.png') })

    await fed.open('statistics')
    await page.getByLabel(copy.period).click()
    await page.getByTitle(copy.year(2026)).click()
    // 王芳 once (kept in 甲镇), 李雷: two members in good standing, two new members.
    const total = fed.totalRow()
    await expect(total.getByRole('cell').nth(1)).toHaveText('2')
    await expect(total.getByRole('cell').nth(6)).toHaveText('2')
    await expect(page.getByText(copy.leftOutNote(1))).toBeVisible()
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
    await page.screenshot({ path: join(artifactsDir, 'federation-statistics.png') })
    await page.getByRole('button', { name: '甲镇总工会' }).click()
    await fed.expectHeading(copy.drillTitle('甲镇总工会'))
    await expect(fed.totalRow().getByRole('cell').nth(1)).toHaveText('2')
    await page.screenshot({ path: join(artifactsDir, 'federation-statistics-office.png') })
  } finally {
    for (const o of offices) await o.close()
  }
})
