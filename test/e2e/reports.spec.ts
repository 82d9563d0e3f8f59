import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { copy } from '../../renderer/reports/copy'
import { idCheckChar } from '../../shared/identity/id-number'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { ReportsPage } from './pages/reports-page'

const idFor = (first17: string) => first17 + idCheckChar(first17)
const shot = (name: string) => ({ path: join(artifactsDir, `reports-${name}.png`), fullPage: false })

test.use({ viewport: { width: 1366, height: 768 } })

test('统计报表: the return with its summary, one figure opened to the records it counts, both exports downloaded', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  // A union with two members who joined in the 2026 reporting year (2025-10-01 … 2026-09-30) and one who joined before.
  const org = await api.call<{ id: string }>('orgs.save', { name: '木棠镇机关工会', type: '机关事业单位工会' })
  const enrol = async (name: string, idNumber: string, joinDate: string) => api.call('members.save', { orgId: org.id, name, idNumber, joinDate })
  await enrol('王芳', idFor('11010519900715004'), '2026-03-01')
  await enrol('李娜', idFor('11010519880202002'), '2025-10-01')
  await enrol('赵敏', idFor('11010519850303002'), '2025-09-30')
  const annual = await api.call<{ figures: Array<{ key: string; label: string; value: number | null }> }>('reports.annual', { year: 2026 })
  const joins = annual.figures.find((f) => f.key === 'changes.join')
  expect(joins?.value).toBe(2)

  await page.goto(webApp.launchUrl)
  const reports = new ReportsPage(page)
  await reports.open()
  // The last year that has ended is the one a clerk fills in: shown by default.
  await expect(page.getByLabel(copy.year)).toBeVisible()
  await expect(reports.summary()).not.toBeEmpty()
  await expect(reports.figureRow(joins?.label ?? '')).toContainText('2')
  // A figure the data cannot give says why instead of 0.
  await expect(reports.figureRow('受理劳动争议调解案件')).toContainText(copy.notComputed)
  await page.screenshot(shot('figures'))

  await reports.currentValue(joins?.label ?? '').click()
  await expect(reports.drawer()).toContainText(copy.drawer.count(2))
  await expect(reports.drawerRows()).toHaveCount(2)
  await expect(reports.drawer()).toContainText('王芳')
  await expect(reports.drawer()).toContainText('李娜')
  await expect(reports.drawer()).not.toContainText('赵敏')
  // The drawer slides in: let it settle before the picture.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.screenshot(shot('records'))
  await page.keyboard.press('Escape')

  await reports.showUnions()
  await expect(page.getByTestId('report-unions')).toContainText('木棠镇机关工会')
  await page.screenshot(shot('unions'))

  const [xlsx] = await Promise.all([page.waitForEvent('download'), reports.button(copy.exportXlsx).click()])
  expect(xlsx.suggestedFilename()).toBe('工会统计年报-2026年度.xlsx')
  const xlsxPath = join(webApp.dir, 'annual.xlsx')
  await xlsx.saveAs(xlsxPath)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(xlsxPath)
  expect(book.getWorksheet('年报')?.getCell('A2').value).toBe('填报单位：木棠镇总工会')
  expect(book.getWorksheet('分工会')?.getCell('B6').value).toBe('木棠镇机关工会')

  const [pdf] = await Promise.all([page.waitForEvent('download'), reports.button(copy.exportPdf).click()])
  expect(pdf.suggestedFilename()).toBe('工会统计年报-2026年度.pdf')
  const pdfPath = join(webApp.dir, 'annual.pdf')
  await pdf.saveAs(pdfPath)
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(text).toContain('木棠镇总工会')
  expect(text).toContain('工会统计年报')
  expect(text).toContain('木棠镇机关工会')
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, join(artifactsDir, 'reports-pdf')])
})

test('统计报表 on the demo office: a figure opens as many records as it counts; the per-union sum is a union table row', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await api.call('demo.load', { members: 1500, seed: 3 })
  await page.goto(webApp.launchUrl)
  const reports = new ReportsPage(page)
  await reports.open()
  // The first computation of a 1,500-member office on a shared test machine may take a few seconds.
  await expect(reports.summary()).not.toBeEmpty({ timeout: 20_000 })
  await page.screenshot(shot('demo-figures'))

  const row = reports.figureRow('在会会员（年末）')
  const shown = (await reports.currentValue('在会会员（年末）').innerText()).trim()
  expect(Number(shown)).toBeGreaterThan(0)
  await expect(row).toBeVisible()
  await reports.currentValue('在会会员（年末）').click()
  await expect(reports.drawer()).toContainText(copy.drawer.count(Number(shown)))
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.screenshot(shot('demo-records'))
  await page.keyboard.press('Escape')

  await reports.showUnions()
  await page.getByText('会员', { exact: true }).last().click()
  await expect(page.getByTestId('report-unions').getByText(copy.sumRow)).toBeVisible()
  // The unions' sum of 在会会员 is the figure the return shows for the whole office.
  await expect(page.getByTestId('report-unions').locator('.ant-table-summary tr').first()).toContainText(shown)
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.screenshot(shot('demo-unions'))
})

test('统计报表 设置: an administrator moves the reporting year start to 1月1日 and the period title follows', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  await page.goto(webApp.launchUrl)
  const reports = new ReportsPage(page)
  await reports.open()
  await expect(reports.periodLine()).toContainText('10月1日至')
  await expect(reports.periodLine()).toContainText('9月30日')

  await reports.setYearStart(1, 1)
  await expect(reports.periodLine()).toContainText('1月1日至')
  await expect(reports.periodLine()).toContainText('12月31日')
  await expect(reports.periodLine()).not.toContainText('10月1日')
  expect(await api.call('reports.getSettings', {})).toEqual({ yearStart: '01-01' })
  await page.screenshot(shot('settings-saved'))
  // Opened again, the dialog says what is set now and what a change moves.
  await reports.button(copy.settings.open).click()
  const dialog = page.getByRole('dialog', { name: copy.settings.title })
  await expect(dialog).toContainText(copy.settings.current('1月1日'))
  await expect(dialog).toContainText(copy.settings.changes)
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.screenshot(shot('settings-dialog'))
})
