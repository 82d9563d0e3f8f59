import { join } from 'node:path'
import dayjs from 'dayjs'
import { idCheckChar } from '../../shared/identity/id-number'
import { copy as contractsCopy } from '../../renderer/contracts/copy'
import { copy as membersCopy } from '../../renderer/members/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { WorkbenchPage } from './pages/workbench-page'

test.use({ viewport: { width: 1366, height: 768 } })

// The app's clock is the real one: the contract's term is placed around today so that it ends within 90 days.
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD')
const idNumber = (n: number) => {
  const first17 = `11010519850312${String(n).padStart(3, '0')}`
  return `${first17}${idCheckChar(first17)}`
}

test('the app opens on the workbench; a to-do leads to its record and a chart bar to the filtered list', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  const a = await api.call<{ id: string }>('orgs.save', { name: '木棠镇联合工会', type: '联合基层工会', enterprises: [{ name: '木棠农场有限公司', employeeCount: 30 }] })
  const b = await api.call<{ id: string }>('orgs.save', { name: '新盈社区工会', type: '社区工会' })
  const people: Array<[string, string, '男' | '女']> = [[a.id, '王秀英', '女'], [a.id, '李建国', '男'], [a.id, '张丽', '女'], [b.id, '赵强', '男']]
  for (const [i, [orgId, name, gender]] of people.entries()) {
    await api.call('members.save', { orgId, name, gender, idNumber: idNumber(i + 1), joinDate: day(-30) })
  }
  // Joined in another month: on another bar of the monthly chart, not in the list behind the month above.
  await api.call('members.save', { orgId: b.id, name: '钱卫东', gender: '男', idNumber: idNumber(5), joinDate: day(-400) })
  await api.call('contracts.save', {
    kind: '综合', title: '木棠农场综合集体合同', enterprises: ['木棠农场有限公司'], rounds: [{ date: day(-320) }],
    signedDate: day(-300), filedDate: day(-296), termStart: day(-290), termEnd: day(40),
  })

  await page.goto(webApp.launchUrl)
  const wb = new WorkbenchPage(page)
  await expect(wb.figure('在会会员')).toContainText('5')
  await expect(wb.figure('女会员')).toContainText('2')
  const expiring = wb.todo('contractsExpiring')
  await expect(expiring).toContainText('集体合同即将期满')
  await expect(expiring).toContainText('1 份合同将在 90 天内期满')
  await expect(wb.chart('members-by-union').locator('svg')).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'workbench-1366.png') })
  // Fits 1366×768 without a horizontal scroll bar.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

  // To-do → the list behind it (filtered: 90天内期满 ticked) → the contract.
  await expiring.click()
  await expect(page.getByRole('checkbox', { name: contractsCopy.expiringOnly })).toBeChecked()
  // The list's row (the reminders card above names the contract too, one row per reminder).
  await page.getByRole('row', { name: /^综合 木棠农场综合集体合同/ }).click()
  await expect(page.getByText('木棠农场综合集体合同').first()).toBeVisible()
  await expect(page).toHaveURL(/#\/contracts\/[0-9a-f-]{36}$/)

  // Back on the workbench, the longest bar (木棠镇联合工会, 3 members) opens the register filtered to that union.
  await wb.open()
  await wb.clickLongestBar(wb.chart('members-by-union'), '#a8071a')
  await expect(page).toHaveURL(new RegExp(`#/members\\?status=active&orgId=${a.id}`))
  await expect(page.getByLabel(membersCopy.filters.org)).toBeVisible()
  await expect(page.locator('.ant-select').filter({ hasText: '木棠镇联合工会' })).toBeVisible()
  const rows = page.locator('.ant-table-row')
  await expect(rows).toHaveCount(3)
  await expect(page.locator('.ant-table-tbody')).not.toContainText('赵强')

  // The tallest 入会 bar (the month 30 days ago: 4 joined) opens the register filtered to that month's joiners.
  await wb.open()
  await wb.clickTallestBar(wb.chart('events'), '#389e0d')
  const month = day(-30).slice(0, 7)
  await expect(page).toHaveURL(new RegExp(`#/members\\?event=join&eventFrom=${month}-01&eventTo=${month}-\\d\\d`))
  await expect(page.getByTestId('member-event-filter')).toContainText(`入会 ${month}-01 至`)
  await expect(rows).toHaveCount(4)
  await expect(page.locator('.ant-table-tbody')).not.toContainText('钱卫东')
  // Closing the tag shows the whole register again.
  await page.getByTestId('member-event-filter').locator('.ant-tag-close-icon').click()
  await expect(rows).toHaveCount(5)
})
