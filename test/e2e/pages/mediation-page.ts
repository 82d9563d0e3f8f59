import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/mediation/copy'
import { buttonName } from './aid-page'
import { pick } from './select'

/** 劳动争议调解: the list with counts by outcome, the case form, one case's workflow. */
export class MediationPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  /** Types into an antd search select and picks the first option containing `option`. */
  async searchPick(label: string, q: string, option: string | RegExp, nth: 'first' | 'last' = 'first') {
    const fields = this.page.getByLabel(label, { exact: true })
    const field = nth === 'first' ? fields.first() : fields.last()
    await pick(this.page, field, option, q)
  }

  /** Typed and confirmed with Enter, as a clerk at the keyboard would; clicking the option raced the dropdown's opening. */
  async chooseType(type: string) {
    const field = this.page.getByLabel(copy.type, { exact: true })
    await field.click()
    await field.fill(type)
    await field.press('Enter')
    await expect(this.page.locator('.ant-form-item').filter({ has: field }).locator('.ant-select-content, .ant-select-selection-item').first()).toContainText(type)
  }

  /** Adds a worker row and switches it to a person outside the register. */
  async addOutsider(w: { name: string; idNumber: string; phone?: string }) {
    await this.button(copy.addWorker).click()
    await this.page.getByText(copy.freeText, { exact: true }).last().click()
    await this.page.getByLabel(copy.workerName, { exact: true }).last().fill(w.name)
    await this.page.getByLabel(copy.workerIdNumber).last().fill(w.idNumber)
    if (w.phone) await this.page.getByLabel(copy.workerPhone).last().fill(w.phone)
  }

  /** Opens the dialog of a workflow action, fills it and records it. */
  async record(action: string, fields: Record<string, string> = {}) {
    await this.button(action).click()
    const dialog = this.page.getByRole('dialog')
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value)
    await dialog.getByRole('button', { name: copy.record, exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  stats() {
    return this.page.getByTestId('mediation-stats')
  }

  /** The figure under one statistic's title in the counts card. */
  statistic(title: string) {
    return this.stats().locator('.ant-statistic').filter({ has: this.page.getByText(title, { exact: true }) }).locator('.ant-statistic-content')
  }
}
