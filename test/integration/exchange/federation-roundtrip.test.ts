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
 * The whole trip with both real sides: the office's export (its change log, its sealing) → the federation's import →
 * the federation's receipt → the office's receipt import moving its baseline, then an incremental package cut from
 * the change log after that baseline, and a second one after that.
 */
describe('round trip office → federation → receipt → office', () => {
  it('full, then incremental after incremental, each acknowledged', async () => {
    const made = await coreWithUnion()
    const office = made.t
    cores.push(office)
    await office.call('profile.save', { name: '木棠镇总工会', level: '乡镇总工会', creditCode: creditCode(3) })
    const fed = await federationCore()
    cores.push(fed.t)
    const ids = [makeId('1990-07-15', 4), makeId('1988-02-01', 13), makeId('1979-12-30', 22)]
    const members = []
    for (const [i, id] of ids.entries()) members.push(await addMember(office, made.orgId, ['王芳', '李强', '张伟'][i] ?? '', id))

    const officeCard = await office.call('exchange.initKeys', {})
    await office.call('exchange.setUpstream', { card: JSON.stringify(fed.me.card) })
    const registered = await fed.t.call('federation.registerOffice', { card: officeCard.text })
    expect(registered.fingerprint).toBe(officeCard.card.fingerprint)

    const send = async () => {
      const pkg = await office.call('exchange.export', { out: `${office.dir}/` })
      const imported = await fed.t.call('federation.importPackage', { path: pkg.file })
      const ack = await office.call('exchange.importReceipt', { file: imported.receipt })
      expect(ack).toMatchObject({ sequence: pkg.sequence, alreadyDelivered: false, baselineSequence: pkg.sequence })
      return { pkg, imported }
    }

    const first = await send()
    expect(first.pkg).toMatchObject({ sequence: 1, kind: 'full' })
    expect(first.imported).toMatchObject({ accepted: true, sequence: 1, kind: 'full', deleted: 0, conflicts: [] })
    expect(first.imported.inserted).toBe(Object.values(first.pkg.counts).reduce((a, b) => a + b, 0))
    const register = () => fed.t.core.db.selectFrom('federation_member').select(['name', 'status']).orderBy('name').execute()
    expect(await register()).toEqual([
      { name: '张伟', status: 'active' },
      { name: '李强', status: 'active' },
      { name: '王芳', status: 'active' },
    ])

    await office.call('members.save', { id: members[0] ?? '', orgId: made.orgId, name: '王芳芳', idNumber: ids[0] ?? '', joinDate: '2020-01-01' })
    const second = await send()
    expect(second.pkg).toMatchObject({ sequence: 2, kind: 'incremental', baseSequence: 1 })
    expect(second.imported).toMatchObject({ sequence: 2, kind: 'incremental', inserted: 0, deleted: 0 })
    expect(second.imported.updated).toBeGreaterThanOrEqual(1)

    await addMember(office, made.orgId, '赵敏', makeId('1995-03-03', 31))
    const third = await send()
    expect(third.pkg).toMatchObject({ sequence: 3, kind: 'incremental', baseSequence: 2 })
    expect(third.imported.inserted).toBeGreaterThanOrEqual(2)
    expect((await register()).map((m) => m.name)).toEqual(['张伟', '李强', '王芳芳', '赵敏'])
    expect((await fed.t.core.db.selectFrom('exchange_office').select(['last_sequence', 'last_kind']).executeTakeFirstOrThrow())).toEqual({ last_sequence: 3, last_kind: 'incremental' })
  })
})
