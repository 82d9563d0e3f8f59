import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { addMember, aidCore, as, weiwenProgram } from './fixtures'

// Issue 13 item 17: 审核通过 with a 审核意见. Core has stored an approval's comment in the history since the review
// workflow landed; what was missing was the field on screen (renderer/aid, walked in test/e2e/aid.spec.ts). This pins
// the core half the screen relies on, including 不予发放, which always required its reason.

let t: TestCore
const clerk = () => as(t, '张三')
const chief = () => as(t, '李四')

beforeEach(async () => {
  t = await aidCore()
  await t.call('aid.addProgram', { program: weiwenProgram })
})
afterEach(async () => t.close())

async function submitted(n: number) {
  const m = await addMember(t, { n, name: `会员${n}` })
  return clerk().call('aid.createApplication', { programCode: 'weiwen', idNumber: m.idNumber, input: {}, materials: ['慰问申请表'], submit: true })
}

describe('审核意见', () => {
  it('an approval keeps its comment in the history; one without a comment records none', async () => {
    const withComment = await chief().call('aid.reviewApplication', { id: (await submitted(1)).id, decision: 'approve', reason: '  材料齐全，同意  ' })
    expect(withComment.events.at(-1)).toMatchObject({ actionName: '审核通过', operator: '李四', note: '材料齐全，同意' })
    const without = await chief().call('aid.reviewApplication', { id: (await submitted(2)).id, decision: 'approve', reason: null })
    expect(without.events.at(-1)).toMatchObject({ actionName: '审核通过', operator: '李四', note: null })
  })

  it('a comment over 500 characters is refused on its field; 不予发放 needs its reason', async () => {
    const app = await submitted(1)
    const long = await chief().reply('aid.reviewApplication', { id: app.id, decision: 'approve', reason: '意'.repeat(501) })
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.error).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' })
    expect((await t.call('aid.getApplication', { id: app.id })).status).toBe('submitted')
    const bare = await t.replyRaw('aid.rejectApplication', { id: app.id })
    expect(bare.ok).toBe(false)
    if (!bare.ok) expect(bare.error).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' })
    const rejected = await chief().call('aid.rejectApplication', { id: app.id, reason: '不符合慰问条件' })
    expect(rejected.events.at(-1)).toMatchObject({ actionName: '不予发放', note: '不符合慰问条件' })
  })
})
