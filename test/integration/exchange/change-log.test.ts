import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { exchangedTables } from '../../../shared/exchange/exchanged-tables'
import { wantedChangeTriggers } from '../../../electron/core/db/change-triggers'
import type { TestCore } from '../../helpers/test-core'
import { addMember, coreWithUnion, makeId } from '../members/fixtures'

let t: TestCore | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

const log = async (core: TestCore) =>
  (await core.core.db.selectFrom('exchange_change').select(['seq', 'table_name', 'row_key', 'op']).orderBy('seq').execute())

describe('the change log an incremental package is cut from', () => {
  it('has an insert, update and delete trigger for every carried table, and only those', async () => {
    ;({ t } = await coreWithUnion())
    const rows = await sql<{ name: string; tbl_name: string }>`select name, tbl_name from sqlite_master where type = 'trigger' and name like 'exchange_change_%'`.execute(t.core.db)
    expect(rows.rows.map((r) => r.name).sort()).toEqual([...wantedChangeTriggers().keys()].sort())
    expect(new Set(rows.rows.map((r) => r.tbl_name))).toEqual(new Set(exchangedTables.map((x) => x.table)))
  })

  it('records each record once, at its latest change, in the transaction of the change', async () => {
    const made = await coreWithUnion()
    t = made.t
    const id = await addMember(t, made.orgId, '王芳', makeId('1990-07-15', 4))
    const afterAdd = await log(t)
    expect(afterAdd.filter((r) => r.table_name === 'member')).toEqual([expect.objectContaining({ row_key: id, op: 'upsert' })])
    expect(afterAdd.some((r) => r.table_name === 'org' && r.row_key === made.orgId)).toBe(true)
    const seqBefore = Math.max(...afterAdd.map((r) => r.seq))

    await t.call('members.save', { id, orgId: made.orgId, name: '王芳芳', idNumber: makeId('1990-07-15', 4), joinDate: '2020-01-01' })
    const member = (await log(t)).filter((r) => r.table_name === 'member')
    expect(member).toHaveLength(1)
    expect(member[0]!.seq).toBeGreaterThan(seqBefore)

    // A refused write (a second active member with the same ID) leaves the log as it was.
    const before = await log(t)
    await expect(addMember(t, made.orgId, '重复', makeId('1990-07-15', 4))).rejects.toThrow()
    expect(await log(t)).toEqual(before)
  })
})
