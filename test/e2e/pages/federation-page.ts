import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/federation/copy'

/** The federation's screens: 下级单位, 冲突清单, 汇总名册, 汇总统计. */
export class FederationPage {
  constructor(private readonly page: Page) {}

  open(section: 'offices' | 'conflicts' | 'register' | 'statistics') {
    return this.page.getByRole('menuitem', { name: copy[section] }).click()
  }

  modeLabel() {
    return this.page.getByTestId('mode-label')
  }

  async registerCard(fileName: string, text: string) {
    await this.page.locator('input[type=file][accept=".json,application/json"]').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) })
  }

  async importPackage(fileName: string, bytes: Buffer) {
    await this.page.locator('input[type=file][accept=".udx"]').setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: bytes })
  }

  importResult() {
    return this.page.getByTestId('import-result')
  }

  /** A row of the page's table (not of the import result's description list). */
  tableRow(text: string) {
    return this.page.locator('.ant-table-row').filter({ hasText: text })
  }

  async keepOne(office: string) {
    await this.page.getByRole('button', { name: copy.keepThis(office) }).click()
    await this.page.getByRole('button', { name: /确\s?定/ }).click()
  }

  stateFilter(which: keyof typeof copy.stateFilter) {
    return this.page.getByText(copy.stateFilter[which], { exact: false }).first()
  }

  totalRow() {
    return this.page.getByRole('row').filter({ hasText: copy.totalRow })
  }

  async expectHeading(text: string) {
    await expect(this.page.getByRole('heading', { name: text })).toBeVisible()
  }
}
