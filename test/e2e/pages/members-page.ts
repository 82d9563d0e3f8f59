import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { z } from 'zod'
import type { Input, MethodName } from '../../../shared/contract/index'
import { copy, detailCopy, eventCopy, fieldLabels, formCopy, importCopy } from '../../../renderer/members/copy'
import { uiCopy } from '../../../renderer/ui/copy'

/** Seeds data through the same HTTP API the page uses, with the launch token, so a test starts where it means to. */
export async function callApi<M extends MethodName>(
  request: APIRequestContext,
  launchUrl: string,
  method: M,
  input: Input<M>,
): Promise<unknown> {
  const url = new URL(launchUrl)
  const res = await request.post(`${url.origin}/api/${method}`, {
    data: input,
    headers: { Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
  })
  const body = z.object({ ok: z.boolean(), result: z.unknown() }).parse(await res.json())
  if (!body.ok) throw new Error(`${method} 调用失败：${JSON.stringify(body)}`)
  return body.result
}

const withId = z.object({ id: z.string() })

export async function seedOrg(request: APIRequestContext, launchUrl: string, name: string): Promise<string> {
  return withId.parse(await callApi(request, launchUrl, 'orgs.save', { name, type: '企业工会' })).id
}

export async function seedMember(request: APIRequestContext, launchUrl: string, input: Input<'members.save'>): Promise<string> {
  const saved = z.object({ member: withId }).parse(await callApi(request, launchUrl, 'members.save', input))
  return saved.member.id
}

/** 会员: the register list, the detail drawer, the member form, and the import wizard. */
export class MembersPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: copy.sectionLabel }).click()
  }

  searchBox() {
    return this.page.getByRole('combobox', { name: copy.searchPlaceholder })
  }

  suggestions() {
    return this.page.getByTestId('member-hit')
  }

  table() {
    return this.page.locator('.ant-table').first()
  }

  totalText() {
    return this.page.locator('.ant-pagination-total-text')
  }

  firstRow() {
    return this.table().locator('.ant-table-row').first()
  }

  goToPage(n: number) {
    return this.page.locator('.ant-pagination').getByTitle(String(n), { exact: true }).click()
  }

  currentPage() {
    return this.page.locator('.ant-pagination-item-active')
  }

  row(name: string) {
    return this.table().locator('.ant-table-row').filter({ hasText: name })
  }

  // --- form ---
  addMember() {
    return this.page.getByRole('button', { name: copy.add }).click()
  }

  formDialog() {
    return this.page.getByRole('dialog').filter({ hasText: formCopy.sections.identity })
  }

  formField(name: keyof typeof fieldLabels) {
    return this.formDialog().getByLabel(fieldLabels[name])
  }

  async chooseInForm(name: keyof typeof fieldLabels, option: string) {
    await this.formField(name).click()
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  }

  saveForm() {
    return this.formDialog().getByRole('button', { name: formCopy.submit }).click()
  }

  /** The question a form with typed data asks before it closes (renderer/ui/FormModal). */
  discardQuestion() {
    return this.page.getByRole('dialog').filter({ hasText: uiCopy.unsaved.title })
  }

  // --- drawer ---
  drawer() {
    return this.page.getByRole('dialog', { name: detailCopy.title })
  }

  /** Waits until the drawer has slid fully in, so a screenshot shows it whole. */
  async drawerOpen() {
    await expect(this.drawer()).toBeInViewport({ ratio: 1 })
  }

  drawerName() {
    return this.drawer().getByTestId('member-name')
  }

  timeline() {
    return this.drawer().getByTestId('member-timeline')
  }

  drawerAction(name: string) {
    return this.drawer().getByRole('button', { name, exact: true })
  }

  transferButton() {
    return this.drawerAction(detailCopy.transfer)
  }

  eventDialog() {
    return this.page.getByRole('dialog').filter({ hasText: eventCopy.ok })
  }

  async chooseTargetOrg(name: string) {
    await this.eventDialog().getByLabel(eventCopy.toOrg).click()
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).click()
  }

  /** Types the start of a common reason and picks it from the suggestions, as a clerk would. */
  async pickEventReason(start: string, reason: string) {
    await this.eventDialog().getByRole('combobox', { name: eventCopy.reason }).fill(start)
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: reason }).click()
  }

  confirmEvent() {
    return this.eventDialog().getByRole('button', { name: eventCopy.ok }).click()
  }

  // --- import wizard ---
  openImport() {
    return this.page.getByRole('button', { name: copy.import }).click()
  }

  async chooseDefaultOrg(name: string) {
    await this.page.getByLabel(importCopy.defaultOrg).click()
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).click()
  }

  chooseFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    return this.page.locator('input[type=file]').setInputFiles(file)
  }

  mappingSelect(header: string) {
    return this.page.getByLabel(`${importCopy.columnField}：${header}`)
  }

  step(title: string) {
    return this.page.locator('.ant-steps-item-process').filter({ hasText: title })
  }

  count(key: keyof typeof importCopy.counts) {
    return this.page.getByTestId(`import-count-${key}`).locator('.ant-statistic-content-value')
  }

  issueRow(rowNumber: number) {
    return this.page.locator('.ant-table-row').filter({ has: this.page.locator('td').first().getByText(String(rowNumber), { exact: true }) })
  }

  next() {
    return this.page.getByRole('button', { name: importCopy.next }).click()
  }

  startImport() {
    return this.page.getByRole('button', { name: importCopy.start }).click()
  }

  doneTitle() {
    return this.page.locator('.ant-result-title')
  }

  saveReport() {
    return this.page.getByRole('button', { name: importCopy.saveReport }).click()
  }
}
