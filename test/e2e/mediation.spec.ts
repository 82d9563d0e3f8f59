import { join } from 'node:path'
import { copy } from '../../renderer/mediation/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { MediationPage } from './pages/mediation-page'
import { pick } from './pages/select'

const shot = (name: string) => ({ path: join(artifactsDir, `mediation-${name}.png`), fullPage: false })

// A typical office laptop.
test.use({ viewport: { width: 1366, height: 768 } })

test('a wage dispute is registered, mediated to an agreement and counted by outcome', async ({ page, request, webApp }) => {
  const api = new Api(request, webApp.launchUrl)
  await api.seedMember({ name: '王芳', idNumber: '110105199007150049' })
  await api.call('orgs.save', { name: '木棠镇联合工会', type: '联合基层工会', enterprises: [{ name: '木棠镇金江食品有限公司' }] })

  await page.goto(webApp.launchUrl)
  const m = new MediationPage(page)
  await m.open()
  await expect(m.statistic('调解成功')).toHaveText('0')
  await m.button(copy.newCase).click()

  await m.chooseType('劳动报酬')
  await m.searchPick(copy.enterprise, '金江', '木棠镇金江食品有限公司')
  await m.searchPick(copy.member, '王芳', '王芳')
  // A wrong ID for the worker outside the register is refused by the contract's own rule before anything is sent.
  await m.addOutsider({ name: '李小红', idNumber: '440301198503020019', phone: '13900001111' })
  await page.getByLabel(copy.claims).fill('支付拖欠的 3 个月工资')
  await page.getByLabel(copy.claimYuan).fill('12500')
  await page.getByLabel(copy.legalAid).click()
  await pick(page, page.getByLabel(copy.legalAidKind), '代写文书')
  await m.button(copy.save).click()
  await expect(page.getByText('「职工身份证号」校验位应为 3，实际为 9')).toBeVisible()
  await page.screenshot(shot('form'))
  await page.getByLabel(copy.workerIdNumber).last().fill('440301198503020013')
  await m.button(copy.save).click()

  // The case page: masked parties, the 15-day clock, and only the actions the workflow allows.
  await expect(page.getByTestId('mediation-clock')).toContainText('调解期限 15 日')
  await expect(page.getByRole('cell', { name: '440301********0013' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '139****1111' })).toBeVisible()
  await expect(m.button('调解成功')).toHaveCount(0)
  await m.record('开始调解', { [copy.mediator]: '周调解' })
  await expect(m.button('开始调解')).toHaveCount(0)
  await expect(m.button('调解不成 转仲裁')).toBeVisible()
  await m.record('调解成功', { [copy.agreement]: '用人单位于本月底前一次付清工资 12,500 元' })
  await expect(page.getByText(copy.noNextActions)).toBeVisible()
  await expect(m.button(copy.edit)).toHaveCount(0)
  await expect(page.getByTestId('mediation-clock')).toContainText('在调解期限内')
  await page.screenshot(shot('case'))

  await m.button(copy.back).click()
  await expect(page.getByRole('row').filter({ hasText: '王芳、李小红' })).toContainText('调解成功')
  await expect(m.statistic('调解成功')).toHaveText('1')
  await expect(m.statistic(copy.legalAidWorkers)).toHaveText('2')
  await page.screenshot(shot('list'))
})
