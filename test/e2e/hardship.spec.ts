import { join } from 'node:path'
import { copy } from '../../renderer/hardship/copy'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { HardshipPage } from './pages/hardship-page'

const shot = (name: string) => ({ path: join(artifactsDir, `hardship-${name}.png`), fullPage: true })

// Domain §5.1 worked example with the default 低保 line of 800 元: household of 4, income 60,000, rigid 31,000
// (medical 25,000 + education 6,000) → M = 29,000 / 48 = 604.17 → 深度困难.
test('a household entered in the form gets the suggested category with the calculation shown', async ({ page, request, webApp }) => {
  const api = new Api(request, webApp.launchUrl)
  await api.seedMember({ name: '王芳', idNumber: '110105199007150049' })
  await page.goto(webApp.launchUrl)
  const hardship = new HardshipPage(page)
  await hardship.open()
  await expect(page.getByText(copy.dueTitle)).toBeVisible()
  await hardship.button(copy.newFile).click()

  await hardship.chooseMember('王芳', '王芳')
  await hardship.addFamilyMember({ name: '李强', relation: '配偶' })
  await hardship.addFamilyMember({ name: '李明', relation: '儿子' })
  await hardship.addFamilyMember({ name: '李华', relation: '女儿' })
  await hardship.addMoneyRow(copy.addIncome, '工资', '60000')
  await hardship.addMoneyRow(copy.addExpense, '医疗', '25000')
  await hardship.addMoneyRow(copy.addExpense, '教育', '6000')
  await hardship.chooseCauses(['疾病', '子女教育'])
  await page.getByLabel(copy.family.idNumber, { exact: true }).first().fill('110105198801010011')
  await page.getByLabel(copy.bankAccount).fill('6222020200112233445')
  await page.getByLabel(copy.family.health, { exact: true }).first().fill('尿毒症透析')
  await page.getByLabel(copy.phone).fill('13912345678')

  await expect(hardship.calculation()).toContainText('604.17')
  await expect(hardship.calculation()).toContainText('深度困难')
  await page.screenshot(shot('form'))

  await hardship.button(copy.save).click()
  await expect(page.getByText(copy.lifecycle)).toBeVisible()
  await expect(hardship.calculation()).toContainText('深度困难')
  await expect(page.getByText('4 人', { exact: true })).toBeVisible()

  await hardship.button('初审').click()
  await page.getByRole('dialog').getByRole('button', { name: copy.record }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByText(`${copy.operator}：`).last()).toBeVisible()
  await hardship.button('入户调查').waitFor()
  // Issue 14: the phone and health details are masked on the file like ID and bank numbers.
  await expect(page.getByText('139****5678')).toBeVisible()
  await expect(page.getByRole('cell', { name: '（已隐去）' })).toBeVisible()
  await expect(page.getByText('尿毒症透析')).toHaveCount(0)
  await expect(page.getByText('13912345678')).toHaveCount(0)
  await page.screenshot(shot('file'))

  // An edit starts the numbers empty, with the masked ones as the hint; saving without them keeps them.
  await hardship.button(copy.edit).click()
  const bank = page.getByLabel(copy.bankAccount)
  await expect(bank).toHaveValue('')
  await expect(bank).toHaveAttribute('placeholder', copy.maskedKept('6222***********3445'))
  await expect(page.getByLabel(copy.family.idNumber, { exact: true }).first()).toHaveAttribute('placeholder', copy.maskedKeptShort('110105********0011'))
  await expect(page.getByLabel(copy.phone)).toHaveValue('')
  await expect(page.getByLabel(copy.phone)).toHaveAttribute('placeholder', copy.maskedKept('139****5678'))
  await expect(page.getByLabel(copy.family.health, { exact: true }).first()).toHaveValue('')
  await expect(page.getByLabel(copy.family.health, { exact: true }).first()).toHaveAttribute('placeholder', copy.maskedKeptShort('（已隐去）'))
  await page.getByLabel(copy.address).fill('大连市中山区某街道 2 号')
  await page.screenshot(shot('edit'))
  await hardship.button(copy.save).click()
  await expect(page.getByText('大连市中山区某街道 2 号')).toBeVisible()
  await expect(page.getByText('6222***********3445')).toBeVisible()
  await expect(page.getByRole('cell', { name: '110105********0011' })).toBeVisible()

  // The edit kept the stored phone and health details: an audited reveal, with a reason, shows them whole.
  await hardship.reveal('入户调查核实')
  await expect(page.getByText(copy.revealed)).toBeVisible()
  await expect(page.getByText('13912345678')).toBeVisible()
  await expect(page.getByRole('cell', { name: '尿毒症透析' })).toBeVisible()
  await expect(page.getByRole('cell', { name: '110105198801010011' })).toBeVisible()
  await page.screenshot(shot('revealed'))

  await page.getByRole('button', { name: copy.back }).click()
  await expect(page.getByRole('row').filter({ hasText: '王芳' })).toContainText('深度困难')
  await page.screenshot(shot('list'))
})
