import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/reports/copy'
import { buttonName } from './aid-page'

/** 统计报表: the year picker, the figures, the per-union breakdown, the records drawer and the two exports. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  summary() {
    return this.page.getByTestId('report-summary')
  }

  /** The row of one figure in 主要指标, by its label (a caveat may follow the label in the same cell). */
  figureRow(label: string) {
    const start = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
    return this.page.getByTestId('report-figures').getByRole('row').filter({ has: this.page.getByRole('cell', { name: start }) })
  }

  /** The value of this year, as the link that opens its records. */
  currentValue(label: string) {
    return this.figureRow(label).getByRole('button', { name: /^[\d,.]+$/ }).first()
  }

  drawer() {
    return this.page.getByRole('dialog')
  }

  drawerRows() {
    return this.page.getByTestId('report-records').locator('tr.ant-table-row')
  }

  async showUnions() {
    await this.page.getByRole('tab', { name: copy.tabs.unions }).click()
  }
}
