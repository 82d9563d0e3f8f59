import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'

let t: TestCore
beforeEach(async () => {
  t = await createTestCore()
})
afterEach(async () => t.close())

describe('demo.load includes aid data', () => {
  it('adds the built-in programs, hardship files and applications in several states', async () => {
    const result = await t.call('demo.load', { members: 300 })
    expect(result).toMatchObject({ members: 300, aidPrograms: 5, aidApplications: 10, hardshipFiles: 3 })
    const page = await t.call('aid.listApplications', { limit: 100 })
    expect(new Set(page.items.map((a) => a.status))).toEqual(new Set(['draft', 'submitted', 'paid', 'reviewed']))
    const batches = await t.call('aid.listBatches', {})
    expect(batches.map((b) => b.status).sort()).toEqual(['notice', 'paid'])
  })
})
