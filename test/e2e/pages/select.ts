import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Opens a select (typing `typed` into a searchable one) and clicks one of its options. The option is looked for in this field's own dropdown (the one holding
 * the listbox its combobox names in aria-controls): another select's dropdown, still fading out on a slow machine, holds
 * options with the same text, and a click sent there waited for the test's whole timeout.
 */
export async function pick(page: Page, field: Locator, option: string | RegExp, typed?: string): Promise<void> {
  await field.click()
  if (typed !== undefined) await field.fill(typed)
  const combo = (await field.getAttribute('role')) === 'combobox' ? field : field.getByRole('combobox')
  await expect(combo).toHaveAttribute('aria-controls', /_list$/)
  const listId = (await combo.getAttribute('aria-controls')) ?? ''
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) })
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click()
}
