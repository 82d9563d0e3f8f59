import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, schemaVersion } from '../../../electron/core/db/open'
import { createTestCore, type TestCore } from '../../helpers/test-core'

describe('migrations', () => {
  let t: TestCore | undefined
  afterEach(async () => t?.close())

  it('records every migration and the user_version on a new file', async () => {
    t = await createTestCore({ file: true })
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.core.db)
    expect(applied.rows.at(-1)?.name).toBe(schemaVersion)
    const version = await sql<{ user_version: number }>`pragma user_version`.execute(t.core.db)
    expect(version.rows[0]?.user_version).toBe(applied.rows.length)
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(t.core.db)
    expect(fk.rows[0]?.foreign_keys).toBe(1)
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.core.db)
    expect(mode.rows[0]?.journal_mode).toBe('wal')
  })

  it('reopens an existing database without re-running anything', async () => {
    t = await createTestCore({ file: true })
    await t.call('profile.save', { name: '某镇总工会', level: '乡镇总工会' })
    const path = t.core.dbPath
    await t.core.close()
    const again = await openDatabase({ path })
    const row = await again.selectFrom('profile').select('name').executeTakeFirst()
    expect(row?.name).toBe('某镇总工会')
    await again.destroy()
    t.core.close = async () => {}
  })

  it('refuses a database made by a newer version and leaves the file byte for byte as it was', async () => {
    t = await createTestCore({ file: true })
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01T00:00:00.000Z')`.execute(t.core.db)
    await sql`pragma wal_checkpoint(truncate)`.execute(t.core.db)
    const path = t.core.dbPath
    await t.core.close()
    t.core.close = async () => {}
    const before = readFileSync(path)
    await expect(openDatabase({ path })).rejects.toMatchObject({ code: 'DB_FROM_NEWER_VERSION' })
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('refuses a file that is not a database with a clear message', async () => {
    t = await createTestCore()
    const path = join(t.dir, 'not-a-db.db')
    writeFileSync(path, '这不是数据库文件'.repeat(200))
    await expect(openDatabase({ path })).rejects.toMatchObject({ code: 'DB_UNREADABLE', message: `数据库文件 ${path} 无法读取，可能不是本程序的数据库或已损坏` })
  })

  it('says in Chinese why a database cannot be opened at all', async () => {
    t = await createTestCore()
    // A folder where the file should be: SQLite cannot open it.
    const path = join(t.dir, 'a-folder.db')
    mkdirSync(path)
    await expect(openDatabase({ path })).rejects.toMatchObject({ code: 'DB_UNREADABLE', message: `无法打开数据库文件 ${path}：文件夹不存在、没有权限，或这是一个文件夹` })
    // A file where a folder of the path should be.
    const under = join(t.dir, 'not-a-db.db', 'x.db')
    writeFileSync(join(t.dir, 'not-a-db.db'), 'x')
    await expect(openDatabase({ path: under })).rejects.toMatchObject({ message: `无法打开数据库文件 ${under}：路径中有同名文件，无法建立文件夹` })
  })
})
