import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { idCheckChar } from '../../shared/identity/id-number'
import { detailCopy, eventCopy, exportCopy, importCopy } from '../../renderer/members/copy'
import { copy as demoCopy } from '../../renderer/demo/copy'
import { artifactsDir, expect, test } from './fixtures'
import { MembersPage, seedMember, seedOrg } from './pages/members-page'
import { OrgsPage } from './pages/orgs-page'
import { ProfilePage } from './pages/profile-page'

const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir, `${name}.png`) })
const validId = (first17: string) => first17 + idCheckChar(first17)

async function setUp(page: Page, launchUrl: string, opts: { demo?: boolean } = {}) {
  await page.goto(launchUrl)
  const profile = new ProfilePage(page)
  if (opts.demo) await page.getByRole('radio', { name: demoCopy.demo }).check()
  await profile.fillSetup({ name: '木棠镇总工会' })
  await profile.submitSetup()
  await expect(profile.unionName()).toHaveText('木棠镇总工会')
}

/** A sheet as offices really send them: a merged title above the header, header variants, mixed date forms. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('会员名册')
  ws.mergeCells('A1:H1')
  ws.getCell('A1').value = '某某电子有限公司工会会员花名册（2024年）'
  ws.mergeCells('A2:D2')
  ws.getCell('A2').value = '填报单位：某某电子有限公司工会'
  ws.addRow(['序号', '职工姓名', '证件号码', '性别', '出生年月', '联系电话', '工作单位', '入会日期'])
  const rows: unknown[][] = [
    [1, '张𠮷祥', '460400199003071233', '男', new Date(Date.UTC(1990, 2, 7)), '13800138000', '某某电子有限公司', 43531], // row 4
    [2, '李䶮', validId('46902319920415002'), '女', '1992年4月15日', '13900139000', '某某电子有限公司', '2019年3月7日'], // row 5
    [3, '王五', '46040019900307123X', '男', '1990年3月7日', '13700137000', '某某电子有限公司', '2019年3月7日'], // row 6: bad check char
    [4, '赵六', '469023198808080096', '男', 32363, '13600136000', '某某电子有限公司', 43531], // row 7
    [5, '钱七', '460400199003071233', '男', '1990年3月7日', '13500135000', '某某电子有限公司', '2019年3月7日'], // row 8: same ID as row 4
    [6, '阿依古丽·买买提', '830000199505200127', '女', '1995年5月20日', '13400134000', '某某电子有限公司', '2019年3月7日'], // row 9
    [7, '孙八', '810000198506120315', '女', '1985年6月12日', '13300133000', '某某电子有限公司', '2019年3月7日'], // row 10: the ID says 男
  ]
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('import wizard: a messy workbook is previewed, imported, and its error report saved', async ({ page, webApp, request }) => {
  await setUp(page, webApp.launchUrl)
  await seedOrg(request, webApp.launchUrl, '某某电子有限公司工会')
  const members = new MembersPage(page)
  await members.open()
  await members.openImport()
  await expect(members.step(importCopy.steps[0])).toBeVisible()
  await members.chooseDefaultOrg('某某电子有限公司工会')
  await shot(page, 'import-1-file')

  await members.chooseFile({ name: '会员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await messyWorkbook() })
  await expect(members.step(importCopy.steps[1])).toBeVisible()
  await expect(page.getByText(importCopy.sheetInfo('会员名册', 3))).toBeVisible()
  await expect(members.mappingSelect('职工姓名')).toBeVisible()
  await expect(page.locator('.ant-table-row').filter({ hasText: '职工姓名' })).toContainText('姓名')
  await expect(page.locator('.ant-table-row').filter({ hasText: '联系电话' })).toContainText('移动电话')
  await shot(page, 'import-2-mapping')

  await members.next()
  await expect(members.step(importCopy.steps[2])).toBeVisible()
  await expect(members.count('total')).toHaveText('7')
  await expect(members.count('inserted')).toHaveText('5')
  await expect(members.count('rejected')).toHaveText('2')
  await expect(members.count('warnings')).toHaveText('1')
  await expect(members.issueRow(6)).toContainText('证件号码')
  await expect(members.issueRow(6)).toContainText('校验')
  await expect(members.issueRow(8)).toContainText('与第4行重复')
  await expect(members.issueRow(10)).toContainText('性别')
  await shot(page, 'import-3-preview')

  await members.startImport()
  await expect(members.doneTitle()).toHaveText(importCopy.doneTitle)
  await expect(members.count('inserted')).toHaveText('5')
  await expect(members.count('rejected')).toHaveText('2')
  await expect(page.getByText(importCopy.doneSummary(5, 0, 0, 2))).toBeVisible()
  await shot(page, 'import-4-done')

  const [download] = await Promise.all([page.waitForEvent('download'), members.saveReport()])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const report = new ExcelJS.Workbook()
  await report.xlsx.readFile(await download.path())
  const sheet = report.worksheets[0]
  const text = JSON.stringify(sheet?.getSheetValues() ?? [])
  expect(text).toContain('问题字段')
  expect(text).toContain('原因')
  expect(text).toContain('王五')
  expect(text).toContain('钱七')

  await page.getByRole('button', { name: importCopy.toList }).click()
  await expect(members.totalText()).toHaveText('共 5 人')
  await expect(members.row('张𠮷祥')).toBeVisible()
})

test('type-ahead finds 张𠮷祥 by pinyin initials, full pinyin and the rare character itself', async ({ page, webApp, request }) => {
  await setUp(page, webApp.launchUrl)
  const orgId = await seedOrg(request, webApp.launchUrl, '洗村社区工会')
  for (const [name, id] of [['张𠮷祥', '460400199003071233'], ['张三', '469023198808080096'], ['李四', validId('11010519800101003')]] as const) {
    await seedMember(request, webApp.launchUrl, { orgId, name, idNumber: id, joinDate: '2020-01-01' })
  }
  // The app opened on the register before the seeding; a reload shows what is there now.
  await page.reload()
  const members = new MembersPage(page)
  await members.open()
  await expect(members.totalText()).toHaveText('共 3 人')

  for (const q of ['zjx', 'zhangjixiang', '𠮷']) {
    await members.searchBox().fill(q)
    await expect(members.suggestions().filter({ hasText: '张𠮷祥' })).toBeVisible()
    await expect(members.suggestions().filter({ hasText: '李四' })).toHaveCount(0)
  }
  await members.searchBox().fill('zjx')
  await shot(page, 'member-search')
  await members.suggestions().filter({ hasText: '张𠮷祥' }).click()
  await expect(members.drawerName()).toHaveText('张𠮷祥')
})

test('add a member: birth date and gender fill from the ID, then a transfer shows both events', async ({ page, webApp, request }) => {
  // Add, transfer, edit and reveal in one story; it outlasts the default 60 s on a busy machine.
  test.setTimeout(120_000)
  await setUp(page, webApp.launchUrl)
  await seedOrg(request, webApp.launchUrl, '澄迈县某某物流有限公司工会')
  await seedOrg(request, webApp.launchUrl, '木棠镇快递行业工会联合会')
  await page.reload()
  const members = new MembersPage(page)
  await members.open()
  await expect(page.getByText(/会员库还是空的/)).toBeVisible()
  await shot(page, 'member-list-empty')

  await members.addMember()
  await members.formField('name').fill('韦小宝')
  await members.formField('idNumber').pressSequentially('469023198808080096')
  await expect(members.formField('birthDate')).toHaveValue('1988-08-08')
  await expect(members.formDialog().getByRole('radio', { name: '男' })).toBeChecked()
  await expect(members.formDialog().getByTestId('id-hint')).toContainText('1988-08-08')
  await members.chooseInForm('orgId', '澄迈县某某物流有限公司工会')
  await members.formField('phone').fill('138 0013 8000')
  await shot(page, 'member-form')
  await members.saveForm()

  await expect(members.drawerName()).toHaveText('韦小宝')
  await expect(members.drawer().getByTestId('member-id-number')).toHaveText('469023********0096')
  await members.transferButton().click()
  await members.chooseTargetOrg('木棠镇快递行业工会联合会')
  await members.pickEventReason('劳动', '劳动（工作）关系发生变化')
  await members.confirmEvent()
  await expect(page.getByText(eventCopy.done(eventCopy.titles.transfer))).toBeVisible()
  await expect(members.timeline()).toContainText('入会')
  await expect(members.timeline()).toContainText('转出')
  await expect(members.timeline()).toContainText('转入')
  await expect(members.timeline()).toContainText('木棠镇快递行业工会联合会')
  await expect(members.drawer()).toContainText('木棠镇快递行业工会联合会')
  await members.drawerOpen()
  await shot(page, 'member-drawer-transfer')

  // Editing keeps the ID on file when its field is left empty.
  await members.drawer().getByRole('button', { name: detailCopy.edit }).click()
  await expect(members.formField('idNumber')).toHaveValue('')
  await members.formField('ethnicity').fill('壮族')
  await members.saveForm()
  await expect(members.drawer()).toContainText('壮族')
  await expect(members.drawer().getByTestId('member-id-number')).toHaveText('469023********0096')
  // Issue 14: the detail shows the phone masked, and an edit that leaves it empty keeps it.
  await expect(members.drawer()).toContainText('138****8000')
  await expect(members.drawer()).not.toContainText('13800138000')

  // The full number appears only through the audited call, with a reason.
  await members.drawer().getByRole('button', { name: detailCopy.reveal }).click()
  await page.getByRole('dialog').filter({ hasText: detailCopy.revealTitle }).getByLabel(detailCopy.revealReason).fill('核对会员身份')
  await page.keyboard.press('Enter')
  await expect(members.drawer().getByTestId('member-id-number')).toHaveText('469023198808080096')
})

test('first run with demo data: the list pages through the register and the drawer shows a history', async ({ page, webApp }) => {
  test.setTimeout(120_000)
  await setUp(page, webApp.launchUrl, { demo: true })
  await expect(page.getByText(/已载入示例数据/)).toBeVisible({ timeout: 30_000 })
  const members = new MembersPage(page)
  await members.open()
  await expect(members.totalText()).toHaveText(/共 2,000 人/)
  await shot(page, 'member-list')

  // Page 2 shows other members; the total stays that of the whole register.
  const firstOnPage1 = (await members.firstRow().textContent()) ?? ''
  expect(firstOnPage1).not.toBe('')
  await members.goToPage(2)
  await expect(members.currentPage()).toHaveText('2')
  await expect(members.firstRow()).not.toHaveText(firstOnPage1)
  await expect(members.totalText()).toHaveText(/共 2,000 人/)
  await members.goToPage(1)
  await expect(members.firstRow()).toHaveText(firstOnPage1)

  await page.getByLabel('会籍状态').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('保留', { exact: true }).click()
  await expect(members.totalText()).not.toHaveText(/共 2,000 人/)
  await shot(page, 'member-list-filtered')
  const retained = Number(((await members.totalText().textContent()) ?? '').replace(/\D/g, ''))
  expect(retained).toBeGreaterThan(0)

  await members.table().locator('.ant-table-row').first().click()
  await expect(members.timeline()).toBeVisible()
  await members.drawerOpen()
  await shot(page, 'member-drawer')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '导出' }).click()
  await page.getByRole('checkbox', { name: exportCopy.unmasked }).check()
  await expect(page.getByText(exportCopy.unmaskedWarning)).toBeVisible()
  await shot(page, 'member-export')
  // The export is streamed to a file on the server and downloaded by its reference: the filtered list, every row.
  await page.getByRole('checkbox', { name: exportCopy.unmasked }).uncheck()
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: exportCopy.ok }).click()])
  expect(exported.suggestedFilename()).toMatch(/^会员名册-筛选-\d{8}\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await exported.path())
  expect(book.worksheets[0]?.rowCount).toBe(retained + 1)
  await expect(page.getByText(exportCopy.done(exported.suggestedFilename(), retained))).toBeVisible()

  const orgs = new OrgsPage(page)
  await orgs.open()
  await expect(orgs.tree()).toBeVisible()
  await orgs.tree().getByTestId('org-node').first().click()
  await shot(page, 'org-tree-demo')
})
