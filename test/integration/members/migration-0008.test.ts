import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import * as m0008 from '../../../electron/core/db/migrations/0008_member_name_keys'
import { openDatabase } from '../../../electron/core/db/open'
import { givenNameKey, nameSearchKey } from '../../../shared/members/name-keys'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { addMember, addOrg, makeId } from './fixtures'

/** Saved names, and names as older rows may hold them (look-alike dots the save path now turns into U+00B7). */
const saved = ['热依拉·阿不都', '阿依古丽·买买提', '穆罕默德·阿卜杜拉·艾力', '欧阳明月轩', '司马光', '欧阳', '张𠮷祥', '王小明', '端木·蓉']
const legacy = ['阿依古丽・买买提', '买买提•艾力', '古丽娜尔．吐尔逊', '扎西.次仁', '努尔兰 别克']

describe('migration 0008 (name search keys) on a register that already has members', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  it('backfills name_key and name_given exactly as core computes them on save', async () => {
    t = await createTestCore({ file: true })
    const orgId = await addOrg(t, '木棠镇联合工会')
    const names = [...saved, ...legacy]
    for (const [i, name] of saved.entries()) await addMember(t, orgId, name, makeId('1980-01-01', 11 + 2 * i))
    // The register as the previous release left it: no keys; then names with look-alike dots, as an old import wrote them.
    await m0008.down(t.core.db as unknown as Kysely<unknown>)
    await sql`delete from kysely_migration where name = '0008_member_name_keys'`.execute(t.core.db)
    for (const [i, name] of legacy.entries()) {
      await sql`insert into member (id, org_id, name, id_number, id_kind, status, name_rest, name_pinyin, name_initials, id_reversed, created_at, updated_at)
        values (${`legacy-${i}`}, ${orgId}, ${name}, ${makeId('1981-01-01', 11 + 2 * i)}, 'resident', 'active', '', '', '', '', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`.execute(t.core.db)
    }
    const path = t.core.dbPath
    await t.core.close()
    t.core.close = async () => {}

    const db = await openDatabase({ path })
    const rows = await db.selectFrom('member').select(['name', 'name_key', 'name_given']).orderBy('name').execute()
    expect(rows).toHaveLength(names.length)
    expect(rows).toEqual(names.map((name) => ({ name, name_key: nameSearchKey(name), name_given: givenNameKey(name) })).sort((a, b) => (a.name < b.name ? -1 : 1)))
    // Spot checks written out, so a shared mistake in both computations cannot pass.
    const byName = new Map(rows.map((r) => [r.name, r]))
    expect(byName.get('阿依古丽・买买提')).toEqual({ name: '阿依古丽・买买提', name_key: '阿依古丽买买提', name_given: '买买提' })
    expect(byName.get('努尔兰 别克')).toEqual({ name: '努尔兰 别克', name_key: '努尔兰别克', name_given: null })
    expect(byName.get('欧阳明月轩')).toMatchObject({ name_key: '欧阳明月轩', name_given: '明月轩' })
    expect(byName.get('穆罕默德·阿卜杜拉·艾力')).toMatchObject({ name_key: '穆罕默德阿卜杜拉艾力', name_given: '阿卜杜拉艾力' })
    expect(byName.get('欧阳')).toMatchObject({ name_key: '欧阳', name_given: null })
    expect(byName.get('张𠮷祥')).toMatchObject({ name_key: '张𠮷祥', name_given: null })
    await db.destroy()
  })
})
