import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/contracts/copy'
import { buttonName } from './aid-page'
import { pick } from './select'

/** 集体合同: the list with coverage and reminders, the contract form, one contract's timeline. */
export class ContractsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  /** Types a date and leaves the field: Enter would submit this long form. */
  async date(label: string, value: string) {
    const field = this.page.getByLabel(label, { exact: true })
    await field.click()
    await field.fill(value)
    await field.press('Tab')
    await expect(field).toHaveValue(value)
  }

  async pickEnterprises(names: string[]) {
    const field = this.page.getByLabel(copy.fields.enterprises, { exact: true })
    for (const n of names) {
      await pick(this.page, field, `${n}（`, n)
    }
    await this.page.keyboard.press('Escape')
  }

  async addNegotiators(side: string, names: string[]) {
    for (const n of names) {
      await this.page.getByRole('button', { name: buttonName(copy.addNegotiator) }).nth(side === copy.unionSideNegotiators ? 0 : 1).click()
      await this.page.getByLabel(`${side}${copy.fields.negotiatorName}`).last().fill(n)
    }
  }

  card(title: string) {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) })
  }

  coverage() {
    return this.card(copy.coverageTitle)
  }

  reminders() {
    return this.card(copy.remindersTitle)
  }

  step(key: string) {
    return this.page.getByTestId(`step-${key}`)
  }
}
