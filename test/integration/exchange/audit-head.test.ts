import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/test-core'
import { addMember, coreWithUnion, makeId } from '../members/fixtures'
import { creditCode, federationCore } from './federation-fixtures'

let cores: TestCore[] = []
afterEach(async () => {
  for (const c of cores) await c.close()
  cores = []
})

/**
 * Issue 14 left one thing the office's database and key cannot show: rows removed from the end of its audit trail
 * (or the whole file put back from an older copy). Each package carries the trail's head, signed; the federation
 * compares it with the last one it merged and keeps what it finds on the office.
 */
describe('the audit-trail head in packages', () => {
  async function pair() {
    const made = await coreWithUnion()
    const office = made.t
    cores.push(office)
    await office.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会', creditCode: creditCode(3) })
    const fed = await federationCore()
    cores.push(fed.t)
    await addMember(office, made.orgId, '王芳', makeId('1990-07-15', 4))
    const card = await office.call('exchange.initKeys', {})
    await office.call('exchange.setUpstream', { card: JSON.stringify(fed.me.card) })
    await fed.t.call('federation.registerOffice', { card: card.text })
    const send = async () => {
      const pkg = await office.call('exchange.export', { out: `${office.dir}/` })
      const imported = await fed.t.call('federation.importPackage', { path: pkg.file })
      await office.call('exchange.importReceipt', { file: imported.receipt })
      return imported
    }
    const offices = async () => (await fed.t.call('federationViews.offices', {})).offices
    return { office, fed, made, send, offices }
  }

  it('a trail that grew between packages raises nothing', async () => {
    const { office, made, send, offices } = await pair()
    expect((await send()).auditWarning).toBeUndefined()
    await addMember(office, made.orgId, '李强', makeId('1988-02-01', 13))
    const second = await send()
    expect(second.auditWarning).toBeUndefined()
    expect((await offices())[0]?.auditWarning).toBeNull()
  })

  const lastSeq = async (office: TestCore) => Number((await office.core.db.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('n')).executeTakeFirstOrThrow()).n)

  it('rows cut from the end, then written on past the old length, are found by the next package, which is merged anyway', async () => {
    const { office, made, send, offices } = await pair()
    await send()
    // Someone removes the last rows (what issue 14's verify cannot see) and goes on working: the trail grows again.
    await office.core.db.deleteFrom('audit_log').where('seq', '>', (await lastSeq(office)) - 3).execute()
    for (const [i, name] of ['李强', '张伟', '赵敏', '钱程', '孙丽'].entries()) await addMember(office, made.orgId, name, makeId('1988-02-01', 13 + 2 * i))
    const second = await send()
    expect(second.inserted).toBeGreaterThan(0)
    expect(second.auditWarning).toMatch(/^「木棠镇总工会」的操作日志第 \d+ 条与第1号包上报时不同/)
    expect(second.message).toContain('注意：')
    expect((await offices())[0]?.auditWarning).toBe(second.auditWarning)
  })

  it('a trail shorter than the last package said (the database put back from an older copy) is found too', async () => {
    const { office, send } = await pair()
    await send()
    await office.core.db.deleteFrom('audit_log').where('seq', '>', (await lastSeq(office)) - 4).execute()
    const second = await send()
    expect(second.auditWarning).toMatch(/^「木棠镇总工会」的操作日志第 \d+ 条（第1号包上报时的最后一条）已不存在/)
  })
})
