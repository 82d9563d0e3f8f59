import { join } from 'node:path'
import dayjs from 'dayjs'
import ExcelJS from 'exceljs'
import { copy } from '../../renderer/aid/copy'
import { artifactsDir, expect, test } from './fixtures'
import { AidPage, Api, backdateReviews, typeDate } from './pages/aid-page'
import { pick } from './pages/select'

const shot = (name: string) => ({ path: join(artifactsDir, `aid-${name}.png`), fullPage: true })

// Separation of duties is a core setting, off by default while there is one local operator: web mode has one user,
// so the same operator enters, reviews and approves here.
test('a 抚慰金 application goes from entry to 已发放 through the UI', async ({ page, request, webApp }) => {
  test.setTimeout(120_000)
  const api = new Api(request, webApp.launchUrl)
  await api.seedMember({ name: '张伟', idNumber: '110105198503120039' })
  // Dated well back so the 5-working-day notice has ended by the time the batch is approved today.
  const appliedOn = dayjs().subtract(40, 'day')
  const noticeStart = appliedOn.add(5, 'day').format('YYYY-MM-DD')
  const year = appliedOn.year()

  await page.goto(webApp.launchUrl)
  const aid = new AidPage(page)

  // 救助项目: from the built-in Dalian template
  await aid.open('programs')
  await aid.createProgramFromTemplate('抚慰金', year, '100000')
  await expect(page.getByText(copy.editor.newTitle)).toBeVisible()
  await expect(page.getByRole('textbox', { name: copy.editor.code })).toHaveValue('fuweijin')
  await page.screenshot(shot('program-editor'))
  await aid.button(copy.save).click()
  await expect(aid.programRow('抚慰金')).toContainText('100,000.00')
  await page.screenshot(shot('programs'))

  // 申请: member → program → grade 4 with the live calculation → materials → submit
  await aid.open('apply')
  await aid.chooseMember('张伟', '张伟')
  await aid.button(copy.apply.next).click()
  await pick(page, page.getByRole('combobox', { name: copy.apply.program }), '抚慰金')
  await aid.button(copy.apply.next).click()
  await typeDate(page.getByLabel(copy.apply.date), appliedOn.format('YYYY-MM-DD'))
  await pick(page, page.getByRole('combobox', { name: copy.apply.grade }), /^4 级/)
  await expect(aid.calcPreview()).toContainText('¥15,000.00')
  await expect(aid.calcPreview().getByTestId('amount-words')).toHaveText('壹万伍仟元整')
  await expect(aid.calcPreview()).toContainText('伤残等级 4 级')
  await page.screenshot(shot('apply-calc'))
  await aid.button(copy.apply.saveDraft).click()
  const checklist = page.getByRole('checkbox')
  await expect(checklist.first()).toBeVisible()
  // The saved draft is left out of its own preview (once per member would otherwise refuse it).
  await expect(aid.calcPreview()).toContainText('¥15,000.00')
  await expect(aid.calcPreview()).not.toContainText(copy.calc.notEligible)
  // An injury claim does not need the death-only material.
  await expect(page.getByText(`${copy.materials.notNeeded}（仅「伤残等级」为 死亡 时需要）`)).toBeVisible()
  await page.locator('input[type=file]').first().setInputFiles({ name: '抚慰金申请表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 申请表扫描件') })
  await expect(page.getByText('抚慰金申请表.pdf')).toBeVisible()
  for (const box of await checklist.all()) await box.check()
  await page.screenshot(shot('apply-materials'))
  await aid.button(copy.apply.submit).click()
  await expect(page.getByText(copy.apply.submitted)).toBeVisible()

  // 审核
  await aid.open('review')
  await aid.applicationRow('张伟').getByRole('button', { name: copy.applications.open }).click()
  await expect(aid.drawer()).toContainText('壹万伍仟元整')
  // Issue 13 item 17: the approval carries a 审核意见, kept in the application's history.
  await aid.approve('伤残等级鉴定结论与原件核对一致，同意')
  await expect(aid.drawer().getByText(/^审核通过　.+：伤残等级鉴定结论与原件核对一致，同意$/)).toBeVisible()
  await page.screenshot(shot('review'))
  // Reviewed the day after it was entered: the notice below starts after the review.
  await backdateReviews(webApp.dbPath, appliedOn.add(1, 'day').hour(10).toISOString())
  // antd's own zh-CN label for a drawer's close button.
  await aid.drawer().getByRole('button', { name: '关闭', exact: true }).click()
  await expect(aid.drawer()).toBeHidden()

  // 发放批次: create, 公示, an objection resolved, 批准, 发放, 转账表
  await aid.open('batches')
  await aid.button(copy.batches.create).click()
  const create = aid.dialog(copy.batches.createTitle)
  await create.getByRole('row').filter({ hasText: '张伟' }).getByRole('checkbox').check()
  await create.getByRole('button', { name: copy.batches.create }).click()
  await expect(page.getByText(copy.batch.applications)).toBeVisible()
  // Not yet noticed: approving and paying are refused, and the buttons say why.
  await expect(aid.button(copy.batch.approve)).toBeDisabled()
  await expect(aid.button(copy.batch.pay)).toBeDisabled()
  await page.screenshot(shot('batch-new'))

  await aid.button(copy.batch.startNotice).click()
  const notice = aid.dialog(copy.batch.noticeTitle)
  await typeDate(notice.getByLabel(copy.batch.noticeStart), noticeStart)
  await expect(notice.getByTestId('notice-preview')).toContainText(copy.batch.earliestPayment)
  await page.screenshot(shot('notice'))
  await notice.getByRole('button', { name: copy.batch.startNotice }).click()
  await expect(page.getByText('公示中').first()).toBeVisible()

  await aid.button(copy.batch.addObjection).click()
  const objection = aid.dialog(copy.batch.objectionTitle)
  await objection.getByLabel(copy.batch.raisedBy).fill('李某')
  await objection.getByLabel(copy.batch.content).fill('对伤残等级有疑问')
  await objection.getByRole('button', { name: copy.batch.addObjection }).click()
  await expect(page.getByRole('cell', { name: '对伤残等级有疑问' })).toBeVisible()
  await aid.button(copy.batch.resolve).click()
  const resolve = aid.dialog(copy.batch.resolveTitle)
  await resolve.getByLabel(copy.batch.resolution).fill('已核对鉴定结论原件，等级无误')
  await resolve.getByRole('button', { name: copy.batch.resolve }).click()
  await expect(page.getByRole('cell', { name: /已核对鉴定结论原件，等级无误/ })).toBeVisible()

  await aid.button(copy.batch.approve).click()
  await aid.dialog(copy.batch.approveTitle).getByRole('button', { name: copy.batch.approve }).click()
  await expect(page.getByText('已批准').first()).toBeVisible()
  // An approved batch's approve button says it is already approved, not that it needs a notice.
  await expect(page.getByRole('dialog')).toBeHidden()
  await aid.button(copy.batch.approve).hover({ force: true })
  await expect(page.getByRole('tooltip')).toHaveText('批次已批准，无需再次批准')

  await aid.button(copy.batch.pay).click()
  const pay = aid.dialog(copy.batch.payTitle)
  await pay.getByLabel(copy.batch.reference).fill('ZZ20261123001')
  await pay.getByRole('button', { name: copy.batch.pay }).click()
  await expect(page.getByText(copy.batch.paidCount(1))).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '张伟' })).toContainText('已发放')

  const download = page.waitForEvent('download')
  await aid.button(copy.batch.export).click()
  const sheet = await download
  expect(sheet.suggestedFilename()).toMatch(/-银行转账表\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await sheet.path())
  expect(book.worksheets[0]?.getRow(2).getCell(1).value).toBe('张伟')
  await page.screenshot(shot('batch-paid'))

  await aid.open('applications')
  await expect(aid.applicationRow('张伟')).toContainText('已发放')
  await expect(aid.applicationRow('张伟')).toContainText('15,000.00')
  await aid.open('programs')
  await expect(aid.programRow('抚慰金')).toContainText(copy.programs.frozenTag)
  await expect(aid.programRow('抚慰金')).toContainText('已发放 15,000.00')
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0)
  await page.screenshot(shot('programs-after'))

  // Money has been paid under this version: the editor says why the rule is frozen and saves a new version instead.
  await aid.programRow('抚慰金').getByRole('link', { name: '抚慰金' }).click()
  await expect(page.getByText(copy.programs.frozenWhy)).toBeVisible()
  await expect(aid.button(copy.editor.saveAsVersion)).toBeVisible()
  await page.screenshot(shot('program-frozen'))

  // The setting this run relied on: one local operator, separation of duties off.
  await aid.open('settings')
  await expect(page.getByRole('switch')).not.toBeChecked()
  await page.screenshot(shot('settings'))
})

// Issue 13: the dead ends a clerk met between entry and payment, walked again at a typical office laptop's size.
test.describe('the clerk’s journey at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('lists refetch per tab, drafts are continued or deleted, a scan ticks its item, the account is flagged and corrected, the notice waits for review', async ({
    page,
    request,
    webApp,
  }) => {
    test.setTimeout(150_000)
    const api = new Api(request, webApp.launchUrl)
    const year = dayjs().year()
    await api.seedMember({ name: '王秀英', idNumber: '110105197908150020', noAccount: true })
    const orgs = await api.call<Array<{ id: string }>>('orgs.list', {})
    const orgId = orgs[0]?.id ?? ''
    await api.addMember(orgId, { name: '李志强', idNumber: '11010519880402004X' })
    await api.addMember(orgId, { name: '赵敏', idNumber: '110105199206110058' })
    await api.call('aid.addProgram', {
      program: { code: 'weiwen', name: '困难职工慰问金', year, budgetFen: 10_000_000, kind: 'fixed', amountFen: 50_000, materials: ['慰问申请表'] },
    })
    const entered = { programCode: 'weiwen', input: {} }
    await api.call('aid.createApplication', { ...entered, idNumber: '110105197908150020' })
    await api.call('aid.createApplication', { ...entered, idNumber: '11010519880402004X', materials: ['慰问申请表'], submit: true })
    await api.call('aid.createApplication', { ...entered, idNumber: '110105199206110058' })

    await page.goto(webApp.launchUrl)
    const aid = new AidPage(page)

    // Item 3: each tab lists its own applications, back and forth, without a reload.
    await aid.open('applications')
    await expect(aid.applicationRow('王秀英')).toBeVisible()
    await aid.switchTab('review')
    await expect(aid.applicationRow('李志强')).toBeVisible()
    await expect(aid.applicationRow('王秀英')).toHaveCount(0)
    await aid.switchTab('applications')
    await expect(aid.applicationRow('王秀英')).toBeVisible()
    await expect(aid.applicationRow('赵敏')).toBeVisible()

    // Item 2: a draft entered by mistake is deleted.
    await aid.applicationRow('赵敏').getByRole('button', { name: copy.applications.open }).click()
    await aid.drawer().getByRole('button', { name: copy.detail.deleteDraft }).click()
    await page.getByRole('dialog').filter({ hasText: copy.detail.deleteConfirm }).getByRole('button', { name: copy.detail.deleteDraft }).click()
    await expect(page.getByText(copy.detail.deleted)).toBeVisible()
    await expect(aid.applicationRow('赵敏')).toHaveCount(0)

    // Item 2: the other draft is continued; item 1: the missing account is flagged where it is entered.
    await aid.applicationRow('王秀英').getByRole('button', { name: copy.applications.open }).click()
    await expect(aid.drawer()).toContainText('没有登记开户银行和银行账号')
    await aid.drawer().getByRole('button', { name: copy.detail.continueDraft }).click()
    await expect(page.getByText(copy.apply.continueTitle)).toBeVisible()
    await aid.button(copy.apply.saveChanges).click()
    await expect(page.getByText('「王秀英」没有登记开户银行和银行账号')).toBeVisible()
    // Item 5: the uploaded scan ticks its item, and submission is open without ticking anything.
    await page.locator('input[type=file]').first().setInputFiles({ name: '慰问申请表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 扫描件') })
    await expect(page.getByText(copy.materials.byScan)).toBeVisible()
    await expect(page.getByRole('checkbox', { name: '慰问申请表' })).toBeChecked()
    await expect(aid.button(copy.apply.submit)).toBeEnabled()
    await page.screenshot(shot('journey-continued'))
    await aid.button(copy.apply.submit).click()
    await expect(page.getByText(copy.apply.submitted)).toBeVisible()

    // Item 1 at review: the warning is there, review goes on, and the account is corrected before payment.
    await aid.open('review')
    await aid.applicationRow('王秀英').getByRole('button', { name: copy.applications.open }).click()
    await expect(aid.drawer()).toContainText('没有登记开户银行和银行账号')
    await page.screenshot(shot('journey-review-warning'))
    await aid.approve()
    await expect(aid.drawer().getByText(/^审核通过　/)).toBeVisible()
    await aid.drawer().getByRole('button', { name: copy.detail.correctPayee }).click()
    const correct = aid.dialog(copy.detail.correctTitle)
    await correct.getByLabel(copy.apply.bankName).fill('中国农业银行木棠支行')
    await correct.getByLabel(copy.apply.bankAccount).fill('6228480012345678901')
    await correct.getByLabel(copy.detail.correctReason).fill('会员补交工资卡复印件')
    await page.screenshot(shot('journey-correct-payee'))
    await correct.getByRole('button', { name: copy.detail.correctPayee }).click()
    await expect(correct).toBeHidden()
    await expect(aid.drawer()).toContainText('6228***********8901')
    await expect(aid.drawer()).not.toContainText('没有登记开户银行和银行账号')
    await expect(aid.drawer()).toContainText(`${copy.detail.correctPayee}　`)
    await page.screenshot(shot('journey-corrected'))
    await aid.drawer().getByRole('button', { name: '关闭', exact: true }).click()

    // Item 4: the notice cannot start before today's review; the picker refuses yesterday.
    await aid.open('batches')
    await aid.button(copy.batches.create).click()
    const create = aid.dialog(copy.batches.createTitle)
    await create.getByRole('row').filter({ hasText: '王秀英' }).getByRole('checkbox').check()
    await create.getByRole('button', { name: copy.batches.create }).click()
    await aid.button(copy.batch.startNotice).click()
    const notice = aid.dialog(copy.batch.noticeTitle)
    const today = dayjs().format('YYYY-MM-DD')
    await expect(notice.getByText(copy.batch.noticeNotBefore(today))).toBeVisible()
    await notice.getByLabel(copy.batch.noticeStart).click()
    const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
    await expect(panel.locator(`td[title="${dayjs().subtract(1, 'day').format('YYYY-MM-DD')}"]`)).toHaveClass(/ant-picker-cell-disabled/)
    await expect(panel.locator(`td[title="${today}"]`)).not.toHaveClass(/ant-picker-cell-disabled/)
    await page.screenshot(shot('journey-notice'))
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await page.screenshot(shot('journey-notice-hint'))
  })
})
