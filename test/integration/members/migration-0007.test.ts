import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import * as m0007 from '../../../electron/core/db/migrations/0007_member_event_corrections'
import { openDatabase } from '../../../electron/core/db/open'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, makeId } from './fixtures'

describe('migration 0007 on a database that already has the later blocks (0020–0042)', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  it('is applied out of order and keeps every event', async () => {
    t = await createTestCore({ file: true })
    const orgId = await addOrg(t, '木棠镇联合工会')
    await addMember(t, orgId, '张三', makeId('1990-01-01', 11), '2019-03-07')
    // The database as the previous release left it: 0042 applied, 0007 not.
    await m0007.down(t.core.db as unknown as Kysely<unknown>)
    await sql`delete from kysely_migration where name = '0007_member_event_corrections'`.execute(t.core.db)
    await sql.raw('pragma user_version = 1').execute(t.core.db)
    const path = t.core.dbPath
    await t.core.close()
    t.core.close = async () => {}

    const db = await openDatabase({ path })
    const applied = await sql<{ name: string }>`select name from kysely_migration where name = '0007_member_event_corrections'`.execute(db)
    expect(applied.rows).toHaveLength(1)
    const events = await db.selectFrom('member_event').select(['type', 'date', 'to_text', 'voided_at']).execute()
    expect(events).toEqual([{ type: 'join', date: '2019-03-07', to_text: null, voided_at: null }])
    await db.destroy()
  })
})
