import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { officeAndFederation, receiptFor, type ExchangePair } from './exchange-fixtures'

let pair: ExchangePair | undefined
let dir: string | undefined
afterEach(async () => {
  await pair?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
  pair = undefined
  dir = undefined
})

const exchangeTodo = async (p: ExchangePair) => (await p.office.call('workbench.todos', {})).items.find((i) => i.key === 'exchangeUnacknowledged')

describe('工作台: 上报包待回执', () => {
  it('counts packages after the last acknowledged one until their receipt comes, and opens the 上报 page', async () => {
    pair = await officeAndFederation()
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-todo-'))
    expect(await exchangeTodo(pair)).toBeUndefined()

    const first = await pair.office.call('exchange.export', { out: dir })
    const second = await pair.office.call('exchange.export', { out: dir })
    expect(await exchangeTodo(pair)).toMatchObject({ count: 2, tone: 'amber', link: { path: '/exchange', query: {} } })
    expect((await exchangeTodo(pair))?.detail).toContain(`第 ${first.sequence} 号`)

    // The second package's receipt makes the first moot: it carried everything since the baseline too.
    const receipt = await receiptFor(pair, readFileSync(second.file), { dir })
    await pair.office.call('exchange.importReceipt', { file: receipt.file })
    expect(await exchangeTodo(pair)).toBeUndefined()
  })
})
