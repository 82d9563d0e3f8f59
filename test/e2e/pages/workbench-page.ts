import type { Locator, Page } from '@playwright/test'
import type { TodoKey } from '../../../shared/contract/workbench'
import { copy } from '../../../renderer/workbench/copy'

/** 工作台: the to-dos, the figures and the four charts of the home page. */
export class WorkbenchPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.getByRole('menuitem', { name: copy.section }).click()
  }

  todo(key: TodoKey): Locator {
    return this.page.getByTestId(`todo-${key}`)
  }

  figure(title: string): Locator {
    return this.page.getByTestId(`figure-${title}`)
  }

  chart(name: 'members-by-union' | 'events' | 'aid' | 'coverage'): Locator {
    return this.page.getByTestId(`chart-${name}`)
  }

  /** The longest bar of a horizontal bar chart (echarts draws each bar as an SVG path in the series colour). */
  async clickLongestBar(chart: Locator, fill: string): Promise<void> {
    const bars = chart.locator(`svg path[fill="${fill}"]`)
    await bars.first().waitFor()
    const widths = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
    const i = widths.indexOf(Math.max(...widths))
    await bars.nth(i).click()
  }

  /** The tallest bar of a column chart in the series colour (its legend's marker, a small path, is never the tallest). */
  async clickTallestBar(chart: Locator, fill: string): Promise<void> {
    const bars = chart.locator(`svg path[fill="${fill}"]`)
    // A month with none is a bar of height 0, which Playwright counts as hidden.
    await bars.first().waitFor({ state: 'attached' })
    const heights = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))
    await bars.nth(heights.indexOf(Math.max(...heights))).click()
  }
}
