import { join } from 'node:path'
import { copy } from '../../renderer/congress/copy'
import { copy as printCopy } from '../../renderer/print/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { CongressPage } from './pages/congress-page'

const shot = (name: string) => ({ path: join(artifactsDir, `congress-${name}.png`) })

const agenda = ['企业年度工作报告', '工资专项集体合同草案', '劳动定额和奖惩办法']

/** 45 representatives: 30 frontline, 9 managers (exactly 20 %), 6 others, 15 women. */
const roster = Array.from({ length: 45 }, (_, i) => ({
  name: `代表${i + 1}`,
  category: i < 30 ? '一线职工' : i < 39 ? '中层以上管理人员和领导人员' : '其他',
  gender: i < 15 ? '女' : '男',
}))

// The checks run on the real today, so the term is placed around it: it began on 1 January last year and the
// first term year has its session; the session this year had 29 of 45 present (2/3 is 30).
const year = new Date().getFullYear()

test('the 六对标 table shows a red 法定人数 with its reason; fixing the attendance turns it green', async ({ page, request, webApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const api = new Api(request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await api.call('orgs.save', {
    name: '木棠镇联合工会',
    type: '联合基层工会',
    enterprises: [
      { name: '海港机械有限公司', economicType: '私营企业', employeeCount: 320 },
      { name: '东湖纺织厂', economicType: '集体企业', employeeCount: 80 },
    ],
  })
  await api.call('congress.save', {
    enterprise: '海港机械有限公司',
    established: true,
    rulesOnFile: true,
    termStart: `${year - 1}-01-01`,
    termEnd: `${year + 2}-12-31`,
    representatives: roster,
    sessions: [
      { date: `${year - 1}-03-10`, present: 40, items: agenda, votes: [{ item: agenda[1], yes: 35 }] },
      { date: `${year}-01-01`, present: 29, items: agenda, votes: [{ item: agenda[2], yes: 28 }] },
    ],
  })

  await page.goto(webApp.launchUrl)
  const congress = new CongressPage(page)
  await congress.open()
  await expect(congress.ratesRow('私营企业')).toContainText('100.0%')
  await expect(congress.ratesRow('合计')).toContainText('50.0%')
  await expect(congress.cell('东湖纺织厂', '制度建设', false)).toBeVisible()

  await congress.cell('海港机械有限公司', '法定人数', false).click()
  await expect(congress.popover()).toContainText(`${year}-01-01 会议应到 45 人，实到 29 人，不足三分之二（至少 30 人）`)
  await expect(congress.cell('海港机械有限公司', '结构比例', true)).toBeVisible()
  await page.screenshot(shot('overview'))

  await congress.openEnterprise('海港机械有限公司')
  await expect(congress.checkRow('法定人数')).toContainText(copy.fail)
  await expect(congress.checkRow('表决方式')).toContainText(copy.pass)
  await page.screenshot(shot('enterprise'))

  await congress.present(1).fill('30')
  await congress.save()
  await expect(page.getByText(copy.saved)).toBeVisible()
  await expect(congress.checkRow('法定人数')).toContainText(copy.pass)

  // The session's papers print from the list above the form: the 决议 preview opens in a dialog.
  await congress.printMenu(`${year}-01-01`).hover()
  await page.getByRole('menuitem', { name: printCopy.docs.congressResolution }).click()
  await expect(page.getByRole('dialog', { name: printCopy.docs.congressResolution })).toBeVisible()
  await expect(page.getByRole('dialog').getByText(printCopy.pageOf(1, 1))).toBeVisible({ timeout: 30_000 })
  await page.screenshot(shot('print-preview'))
})
