import { expect, type Page } from '@playwright/test'
import { copy } from '../../../renderer/reports/copy'
import { buttonName } from './aid-page'
import { pick } from './select'

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

  /** The title line under the header: the reporting year and its dates. */
  periodLine() {
    return this.page.getByTestId('report-period')
  }

  /** 设置 → 统计年度起始日 month and day → 保存 (administrators). */
  async setYearStart(month: number, day: number) {
    await this.button(copy.settings.open).click()
    const dialog = this.page.getByRole('dialog', { name: copy.settings.title })
    await pick(this.page, dialog.getByLabel(`${copy.settings.yearStart}${copy.settings.month}`), new RegExp(`^${month}月$`))
    await pick(this.page, dialog.getByLabel(`${copy.settings.yearStart}${copy.settings.day}`), new RegExp(`^${day}日$`))
    await dialog.getByRole('button', { name: buttonName(copy.settings.save) }).click()
    await expect(dialog).toBeHidden()
  }
}
