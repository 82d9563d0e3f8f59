import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/profile/copy'

/** The first-run screen and the 本单位信息 settings page share one form. */
export class ProfilePage {
  constructor(private readonly page: Page) {}

  field(name: keyof typeof copy.labels) {
    return this.page.getByLabel(copy.labels[name])
  }

  async fillSetup(values: { name: string; creditCode?: string; parentName?: string }) {
    await this.field('name').fill(values.name)
    if (values.creditCode !== undefined) await this.field('creditCode').fill(values.creditCode)
    if (values.parentName !== undefined) await this.field('parentName').fill(values.parentName)
  }

  /** The first run as a clerk does it: the union's name entered and saved, and then shown in the header. */
  async setUp(name: string) {
    await this.fillSetup({ name })
    await this.submitSetup()
    await expect(this.unionName()).toHaveText(name)
  }

  submitSetup() {
    return this.page.getByRole('button', { name: copy.setupSubmit }).click()
  }

  openSettings() {
    return this.page.getByRole('menuitem', { name: copy.settingsTitle }).click()
  }

  save() {
    return this.page.getByRole('button', { name: copy.settingsSubmit }).click()
  }

  setupTitle() {
    return this.page.getByText(copy.setupTitle)
  }

  unionName() {
    return this.page.getByTestId('union-name')
  }
}
