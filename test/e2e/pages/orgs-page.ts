import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/orgs/copy'

/** 组织: the union tree on the left, the selected union's details on the right, forms in dialogs. */
export class OrgsPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: copy.sectionLabel }).click()
  }

  addRoot() {
    return this.page.getByRole('button', { name: copy.addRoot }).click()
  }

  dialog() {
    return this.page.getByRole('dialog')
  }

  field(name: keyof typeof copy.labels) {
    return this.dialog().getByLabel(copy.labels[name])
  }

  /** The message antd shows under a form field (the core's or the contract schema's Chinese wording). */
  fieldError(name: keyof typeof copy.labels) {
    return this.dialog().locator('.ant-form-item').filter({ has: this.page.getByLabel(copy.labels[name]) }).locator('.ant-form-item-explain-error')
  }

  submit() {
    return this.dialog().getByRole('button', { name: copy.formSubmit }).click()
  }

  tree() {
    return this.page.getByRole('tree')
  }

  treeNode(name: string) {
    return this.tree().getByTestId('org-node').filter({ hasText: name })
  }

  detailTitle(name: string) {
    return this.page.locator('.ant-card-head-title').filter({ hasText: name })
  }

  selectOrg(name: string) {
    return this.treeNode(name).click()
  }

  action(name: string) {
    return this.page.getByRole('button', { name, exact: true }).click()
  }

  async mergeWith(otherName: string, keep: string) {
    const dialog = this.page.getByRole('dialog', { name: copy.mergeDialog.title })
    await dialog.getByRole('combobox', { name: copy.mergeDialog.other }).click()
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(otherName, { exact: true }).click()
    await dialog.getByRole('radio', { name: keep, exact: true }).check()
    await dialog.getByRole('button', { name: copy.mergeDialog.next }).click()
  }

  confirmDialog() {
    return this.page.getByRole('dialog', { name: copy.mergeDialog.confirmTitle })
  }

  dissolveDialog(name: string) {
    return this.page.getByRole('dialog', { name: copy.dissolveDialog.title(name) })
  }
}
