import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/hardship/copy'
import { buttonName } from './aid-page'
import { pick } from './select'

/** 困难职工档案: list, the household form with its live calculation, one file's lifecycle. */
export class HardshipPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  async chooseMember(q: string, option: string | RegExp) {
    await pick(this.page, this.page.getByLabel(copy.member), option, q)
  }

  /** Fills the last row of the family table. */
  async addFamilyMember(m: { name: string; relation: string; monthlyIncome?: string }) {
    await this.button(copy.addFamily).click()
    await this.page.getByLabel(copy.family.name, { exact: true }).last().fill(m.name)
    await this.page.getByLabel(copy.family.relation, { exact: true }).last().fill(m.relation)
    if (m.monthlyIncome) await this.page.getByLabel(copy.family.monthlyIncome, { exact: true }).last().fill(m.monthlyIncome)
  }

  async addMoneyRow(addText: string, kind: string, annual: string) {
    await this.button(addText).click()
    const kinds = this.page.getByLabel(copy.kind, { exact: true })
    await pick(this.page, kinds.last(), kind)
    await this.page.getByLabel(copy.annual, { exact: true }).last().fill(annual)
  }

  async chooseCauses(causes: string[]) {
    for (const c of causes) await pick(this.page, this.page.getByLabel(copy.causes), c)
    await this.page.keyboard.press('Escape')
    await expect(this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0)
  }

  /** 查看完整信息 on the file's basics, with the reason the core records in the audit trail. */
  async reveal(reason: string) {
    await this.button(copy.reveal).click()
    const dialog = this.page.getByRole('dialog').filter({ hasText: copy.revealCopy.title })
    await dialog.getByLabel(copy.revealCopy.reason).fill(reason)
    await this.page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
  }

  calculation() {
    return this.page.getByTestId('category-calculation')
  }
}
