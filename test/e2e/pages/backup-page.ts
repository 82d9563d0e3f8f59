import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/backup/copy'

/** 备份与恢复: the last backup, a manual backup (encrypted by default for a USB stick), restore with a typed confirmation. */
export class BackupPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  lastBackup() {
    return this.page.getByText(`${copy.lastBackup}：`)
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }

  outFolder() {
    return this.page.getByLabel(copy.out)
  }

  encrypt() {
    return this.page.getByRole('checkbox', { name: copy.encrypt })
  }

  async backUp(passphrase?: string) {
    if (passphrase !== undefined) {
      await this.page.getByLabel(copy.passphrase, { exact: true }).fill(passphrase)
      await this.page.getByLabel(copy.passphraseAgain).fill(passphrase)
    }
    await this.page.getByRole('button', { name: copy.backupNow }).click()
  }

  async restoreFrom(file: string, passphrase: string) {
    await this.page.getByLabel(copy.restoreFile).fill(file)
    await this.page.getByLabel(copy.restorePassphrase).fill(passphrase)
    await this.page.getByRole('button', { name: copy.restore, exact: true }).last().click()
  }

  confirmDialog() {
    return this.page.getByRole('dialog', { name: copy.confirmTitle })
  }
}
