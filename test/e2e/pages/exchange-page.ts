import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/exchange/copy'

/** 上报: the federation's card, our own card, 生成上报包 and the packages sent with their receipts. */
export class ExchangePage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: new RegExp(`${copy.section}$`) }).click()
  }

  card(title: string) {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: title }) })
  }

  upstream() {
    return this.card(copy.upstreamTitle)
  }

  own() {
    return this.card(copy.ownTitle)
  }

  packages() {
    return this.card(copy.packagesTitle).locator('.ant-table-tbody tr.ant-table-row')
  }

  async makeKeys() {
    await this.own().getByRole('button', { name: copy.initKeys }).click()
  }

  async importUpstream(file: string) {
    await this.upstream().locator('input[type=file]').setInputFiles(file)
  }

  async generate(folder: string) {
    const card = this.card(copy.generateTitle)
    await card.getByLabel(copy.folder).fill(folder)
    await card.getByRole('button', { name: copy.generate }).click()
  }

  async importReceipt(file: string) {
    await this.card(copy.packagesTitle).locator('input[type=file]').setInputFiles(file)
  }
}
