import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/audit/copy'
import { buttonName } from './aid-page'
import { pick } from './select'

/** 操作日志: filters, the paged list, the integrity check and the export. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  /** Picks an action by its Chinese name, typed and confirmed as a clerk at the keyboard would. */
  async filterAction(action: string) {
    await pick(this.page, this.page.getByLabel(copy.action, { exact: true }), action, action)
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }

  verdict() {
    return this.page.getByRole('status')
  }
}
