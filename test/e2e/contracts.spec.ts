import { join } from 'node:path'
import dayjs from 'dayjs'
import { copy } from '../../renderer/contracts/copy'
import { copy as printCopy } from '../../renderer/print/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { ContractsPage } from './pages/contracts-page'

const shot = (name: string) => ({ path: join(artifactsDir, `contracts-${name}.png`), fullPage: false })
test.use({ viewport: { width: 1366, height: 768 } })

// The app's clock is the real one: dates are placed around today so the contract is in force and ends within 90 days.
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD')

test('a regional contract covering several enterprises shows in the coverage figures and the reminder list', async ({ page, request, webApp }) => {
  const api = new Api(request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await api.call('orgs.save', {
    name: '木棠镇联合工会', type: '联合基层工会',
    enterprises: [{ name: '木棠农场有限公司', employeeCount: 30 }, { name: '木棠物流有限公司', employeeCount: 45 }, { name: '木棠食品厂', employeeCount: 25 }],
  })
  const termEnd = day(60)
  const termStart = dayjs(termEnd).subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD')
  const signed = dayjs(termStart).subtract(20, 'day')
  await page.goto(webApp.launchUrl)
  const contracts = new ContractsPage(page)
  await contracts.open()
  await expect(page.getByText(copy.remindersEmpty)).toBeVisible()
  await contracts.button(copy.newContract).click()

  await page.getByLabel(copy.fields.title, { exact: true }).fill('木棠镇区域性集体合同')
  await page.getByLabel(copy.fields.unionSide, { exact: true }).fill('木棠镇总工会')
  await page.getByLabel(copy.fields.employerSide, { exact: true }).fill('木棠镇企业联合会')
  await contracts.pickEnterprises(['木棠农场有限公司', '木棠物流有限公司', '木棠食品厂'])
  await contracts.addNegotiators(copy.unionSideNegotiators, ['王主席', '李会计', '张职工'])
  await contracts.addNegotiators(copy.employerSideNegotiators, ['赵经理', '钱厂长', '孙主任'])
  await contracts.date(copy.fields.requestDate, signed.subtract(40, 'day').format('YYYY-MM-DD'))
  await contracts.date(copy.fields.replyDate, signed.subtract(30, 'day').format('YYYY-MM-DD'))
  await contracts.date(copy.fields.signedDate, signed.format('YYYY-MM-DD'))
  await contracts.date(copy.fields.filedDate, signed.add(3, 'day').format('YYYY-MM-DD'))
  await contracts.date(copy.fields.receivedDate, signed.add(4, 'day').format('YYYY-MM-DD'))
  await contracts.date(copy.fields.termStart, termStart)
  await contracts.date(copy.fields.termEnd, termEnd)
  await page.getByLabel(copy.fields.voteTotal, { exact: true }).fill('100')
  await page.getByLabel(copy.fields.votePresent, { exact: true }).fill('67')
  await page.getByLabel(copy.fields.voteApprove, { exact: true }).fill('50')
  await contracts.button(copy.addRound).click()
  await typeRound(page, signed.subtract(10, 'day').format('YYYY-MM-DD'))
  await page.screenshot(shot('form'))
  await contracts.button(copy.save).click()

  // The contract page: every step green except the expiry, amber within 90 days.
  await expect(page.getByText(copy.checkOk)).toBeVisible()
  await expect(contracts.step('vote')).toHaveText(copy.toneLabels.green)
  await expect(contracts.step('expiry')).toHaveText(copy.toneLabels.amber)
  await expect(page.getByText(`将于 ${termEnd} 期满`)).toBeVisible()
  await page.screenshot(shot('contract'))
  await page.getByRole('button', { name: printCopy.printMenu }).hover()
  await page.getByRole('menuitem', { name: printCopy.docs.contractFiling }).click()
  await expect(page.getByRole('dialog').locator('canvas').first()).toBeVisible({ timeout: 30_000 })
  await page.screenshot(shot('print'))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await contracts.button(copy.back).click()
  await expect(page.getByTestId('coverage-sentence')).toHaveText('签订集体合同1份，覆盖职工100人')
  await expect(contracts.coverage()).toContainText('区域性')
  const reminder = contracts.reminders().getByRole('row', { name: /木棠镇区域性集体合同/ }).first()
  await expect(reminder).toContainText('90天内到期')
  await page.screenshot(shot('list'))
  await reminder.click()
  await expect(page.getByText('木棠镇区域性集体合同（区域性）')).toBeVisible()
})

async function typeRound(page: import('@playwright/test').Page, date: string) {
  const field = page.getByPlaceholder(copy.fields.roundDate)
  await field.click()
  await field.fill(date)
  await field.press('Tab')
}
