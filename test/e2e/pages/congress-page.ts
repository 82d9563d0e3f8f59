import type { Locator, Page } from '@playwright/test'
import { copy } from '../../../renderer/congress/copy'
import { copy as printCopy } from '../../../renderer/print/copy'
import { buttonName } from './aid-page'

/** 职代会: the 六对标 table with its red/green cells, and one enterprise's checks and record. */
export class CongressPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  row(enterprise: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: enterprise, exact: true }) })
  }

  /** The cell of one check in an enterprise's row, by its accessible name (法定人数未达标 / 法定人数达标). */
  cell(enterprise: string, check: string, pass: boolean): Locator {
    return this.row(enterprise).getByRole('button', { name: `${check}${pass ? copy.pass : copy.fail}`, exact: true })
  }

  popover(): Locator {
    return this.page.locator('.ant-popover:not(.ant-popover-hidden)')
  }

  ratesRow(economicType: string): Locator {
    return this.page.locator('.ant-card').filter({ hasText: copy.ratesTitle }).getByRole('row').filter({ hasText: economicType })
  }

  async openEnterprise(enterprise: string) {
    await this.page.getByRole('link', { name: enterprise, exact: true }).click()
  }

  /** The result cell of one check in the enterprise page's table. */
  checkRow(check: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name: check, exact: true }) })
  }

  present(session: number): Locator {
    return this.page.getByLabel(copy.labels.sessionPresent, { exact: true }).nth(session)
  }

  /** The 打印 menu of one saved session in the 会议文书 list. */
  printMenu(date: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: `${date} 会议` }).getByRole('button', { name: buttonName(printCopy.printMenu) })
  }

  async save() {
    await this.page.getByRole('button', { name: buttonName(copy.save) }).click()
  }
}
