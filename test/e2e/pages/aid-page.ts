import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { copy } from '../../../renderer/aid/copy'
import { pick } from './select'

/** Calls the web-mode API the way the renderer does, with the launch token; for setting up data before the page opens. */
export class Api {
  private readonly token: string
  private readonly base: string

  constructor(
    private readonly request: APIRequestContext,
    launchUrl: string,
  ) {
    const url = new URL(launchUrl)
    this.token = url.searchParams.get('token') ?? ''
    this.base = url.origin
  }

  async call<T>(method: string, input: unknown): Promise<T> {
    const res = await this.request.post(`${this.base}/api/${method}`, { data: input, headers: { Authorization: `Bearer ${this.token}` } })
    const reply: { ok: boolean; result?: T; error?: { message: string } } = await res.json()
    if (!reply.ok || reply.result === undefined) throw new Error(`${method}: ${reply.error?.message ?? '无结果'}`)
    return reply.result
  }

  /** An office, one union and one member with a real-name bank card: what every aid or hardship case starts from. */
  async seedMember(member: { name: string; idNumber: string; noAccount?: boolean }): Promise<{ memberId: string }> {
    await this.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会' })
    const org = await this.call<{ id: string }>('orgs.save', { name: '木棠镇机关工会', type: '机关事业单位工会' })
    return this.addMember(org.id, member)
  }

  /** `noAccount`: a member registered without a bank card, as most rosters arrive. */
  async addMember(orgId: string, member: { name: string; idNumber: string; noAccount?: boolean }): Promise<{ memberId: string }> {
    const saved = await this.call<{ member: { id: string } }>('members.save', {
      orgId,
      name: member.name,
      idNumber: member.idNumber,
      joinDate: '2010-05-01',
      ...(member.noAccount ? {} : { bankName: '中国工商银行木棠支行', bankAccount: '6222020200112233445' }),
    })
    return { memberId: saved.member.id }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A button's accessible name, allowing for an icon's own name (antd's "plus 添加…") in front of the text. */
export const buttonName = (text: string) => new RegExp(`(?:^|\\s)${escape(text)}$`)

/** Opens an antd select by its label and picks the option whose text contains `option`. */

/** Types a date into an antd DatePicker and confirms it. */
export async function typeDate(field: Locator, date: string): Promise<void> {
  await field.click()
  await field.fill(date)
  await field.press('Enter')
  // Leave the field so the calendar panel closes and does not cover what comes next.
  await field.press('Tab')
  await expect(field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toHaveCount(0)
}

/** 帮扶救助: programs, the application wizard, review and disbursement batches. */
export class AidPage {
  constructor(private readonly page: Page) {}

  async open(tab: keyof typeof copy.tabs) {
    await this.page.getByRole('menuitem', { name: copy.section }).click()
    await this.page.getByRole('tab', { name: copy.tabs[tab] }).click()
  }

  /** Another tab of the section, as a clerk clicks it (no detour through the side menu, which remounts the section). */
  async switchTab(tab: keyof typeof copy.tabs) {
    await this.page.getByRole('tab', { name: copy.tabs[tab] }).click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name: buttonName(name) })
  }

  dialog(title: string) {
    return this.page.getByRole('dialog').filter({ hasText: title })
  }

  async createProgramFromTemplate(template: string, year: number, budgetYuan: string) {
    await this.button(copy.programs.fromTemplate).click()
    const dialog = this.dialog(copy.template.title)
    await pick(this.page, dialog.getByRole('combobox', { name: copy.template.pick }), template)
    await dialog.getByLabel(copy.template.year).fill(String(year))
    await dialog.getByLabel(copy.template.budget).fill(budgetYuan)
    await dialog.getByRole('button', { name: copy.template.next }).click()
  }

  programRow(name: string) {
    return this.page.getByRole('row').filter({ hasText: name })
  }

  async chooseMember(q: string, option: string | RegExp) {
    const field = this.page.getByLabel(copy.apply.member)
    await pick(this.page, field, option, q)
  }

  calcPreview() {
    return this.page.getByTestId('calc-preview')
  }

  applicationRow(memberName: string) {
    return this.page.getByRole('row').filter({ hasText: memberName })
  }

  drawer() {
    return this.page.getByRole('dialog', { name: new RegExp(`^${copy.detail.title}`) })
  }

  /** 审核通过 from the open application, with the 审核意见 typed when given (it is optional). */
  async approve(comment?: string) {
    await this.drawer().getByRole('button', { name: copy.detail.approve }).click()
    const modal = this.page.getByRole('dialog', { name: copy.detail.approve, exact: true })
    if (comment !== undefined) await modal.getByLabel(copy.detail.reviewCommentLabel).fill(comment)
    await modal.getByRole('button', { name: copy.detail.approve }).click()
    await expect(modal).toBeHidden()
  }
}

/**
 * Web mode runs on the real clock, and a notice may not start before the review of its applications. A walk that
 * pretends the review happened weeks ago (so the notice has ended and approval is open today) moves the review's
 * record to that day in the database file, as the passing of time would have.
 */
export async function backdateReviews(dbPath: string, at: string): Promise<void> {
  const { default: sqlite3 } = await import('sqlite3')
  await new Promise<void>((resolve, reject) => {
    const db = new sqlite3.Database(dbPath, (openErr) => {
      if (openErr) return reject(openErr)
      db.run("update aid_application_event set at = ? where action = 'approve_review'", [at], (err) => {
        db.close()
        if (err) reject(err)
        else resolve()
      })
    })
  })
}
