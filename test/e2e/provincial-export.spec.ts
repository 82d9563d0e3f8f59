import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { copy as exchangeCopy } from '../../renderer/exchange/copy'
import { provincialCopy as copy } from '../../renderer/exchange/provincial-copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'

test.use({ viewport: { width: 1366, height: 900 } })

/**
 * 省级模板导出 on the 上报 page (issue 15): the warning is in view before anything is exported, the reason is required,
 * the file downloads with the whole ID as text, and the export is in the 操作日志 with its reason.
 */
test('导出省级会员信息采集表: warning, reason, download, audit', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
  const org = await api.call<{ id: string }>('orgs.save', { name: '木棠镇联合工会', type: '联合基层工会' })
  await api.call('members.save', { orgId: org.id, name: '王芳', idNumber: '46902319900101018X', joinDate: '2026-10-15', phone: '13812345678' })
  await api.call('members.save', { orgId: org.id, name: '李强', idNumber: '469023198505050017', joinDate: '2020-01-01' })

  await page.goto(webApp.launchUrl)
  await page.getByRole('menuitem', { name: exchangeCopy.section }).click()
  const card = page.getByTestId('provincial-export')
  await expect(card.getByText(copy.warningTitle)).toBeVisible()
  await expect(card.getByText(copy.preview(2, 2, 1))).toBeVisible()

  await card.getByRole('button', { name: copy.exportButton }).click()
  await expect(card.getByText(copy.reasonRequired)).toBeVisible()

  await card.getByLabel(copy.reason).fill('向县总工会报送会员实名信息')
  const download = page.waitForEvent('download')
  await card.getByRole('button', { name: copy.exportButton }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^会员信息采集表-木棠镇总工会-\d{8}\.xlsx$/)
  const saved = join(webApp.dir, file.suggestedFilename())
  await file.saveAs(saved)
  await expect(card.getByText(copy.doneTitle(2))).toBeVisible()
  // Ready for the next export, the reason cleared (each export states its own).
  await expect(card.getByRole('button', { name: copy.exportButton })).toBeEnabled()
  await expect(card.getByLabel(copy.reason)).toHaveValue('')
  await page.screenshot({ path: join(artifactsDir, 'provincial-export-card.png') })

  const book = new ExcelJS.Workbook()
  await book.xlsx.read(Readable.from([readFileSync(saved)]))
  const sheet = book.getWorksheet('会员信息采集表')
  const ids: unknown[] = []
  sheet?.eachRow((row, n) => {
    if (n > 1) ids.push(row.getCell(8).value)
  })
  expect(ids.sort()).toEqual(['469023198505050017', '46902319900101018X'])

  const audit = await api.call<{ items: Array<{ action: string; reason: string | null }> }>('audit.list', { method: 'provincial.export' })
  expect(audit.items).toEqual([expect.objectContaining({ action: '导出省级会员信息采集表（不打码）', reason: '向县总工会报送会员实名信息' })])
})
