import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/print/copy'

/** 打印设置: offsets form, offsets table, print log and the calibration preview. */
export class PrintPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: copy.navLabel }).click()
  }

  field(name: 'printer' | 'xMm' | 'yMm') {
    return this.page.getByLabel(copy[name])
  }

  save() {
    return this.page.getByRole('button', { name: copy.save }).click()
  }

  pageLabel() {
    return this.page.getByTestId('pdf-page-label')
  }

  canvas() {
    return this.page.locator('canvas')
  }

  printButton() {
    return this.page.getByRole('button', { name: copy.print })
  }

  exportButton() {
    return this.page.getByRole('button', { name: copy.exportPdf })
  }

  offsetRow(printer: string) {
    return this.page.getByRole('row', { name: new RegExp(printer) })
  }
}
