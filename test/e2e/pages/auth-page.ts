import type { Page } from '@playwright/test'
import { copy } from '../../../renderer/auth/copy'

/** The login page, the lock screen and the first-run account step (renderer/auth). */
export class AuthPage {
  constructor(private readonly page: Page) {}

  adminTitle = () => this.page.getByText(copy.adminTitle)
  loginTitle = () => this.page.getByRole('heading', { name: copy.loginTitle })
  signedInUser = () => this.page.getByTestId('signed-in-user')

  async createAdmin(name: string, password: string) {
    await this.page.getByLabel(copy.name).fill(name)
    await this.page.getByLabel(copy.password, { exact: true }).fill(password)
    await this.page.getByLabel(copy.passwordAgain).fill(password)
    await this.page.getByRole('button', { name: copy.adminSubmit }).click()
  }

  async login(name: string, password: string) {
    await this.page.getByLabel(copy.name).fill(name)
    await this.page.getByLabel(copy.password, { exact: true }).fill(password)
    await this.page.getByRole('button', { name: copy.login }).click()
  }

  logout = () => this.page.getByRole('button', { name: copy.logout }).click()
}
