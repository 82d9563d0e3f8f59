import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/context'
import { dispatch } from '../../../electron/core/dispatch'
import { memoryLogger } from '../../../electron/core/log'
import { openCore } from '../../../electron/core/open-core'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { makeId, xlsxPayload } from '../members/fixtures'

const caller = { user: { name: '测试员', role: 'admin' as const }, transport: 'http' as const }
const union = (name: string) => ({ name, type: '联合基层工会' as const })

/** The value, or 'still waiting' when it has not come within ms: a read that queues behind a write never comes here. */
function within<T>(ms: number, p: Promise<T>): Promise<T | 'still waiting'> {
  return Promise.race([p, new Promise<'still waiting'>((res) => setTimeout(() => res('still waiting'), ms))])
}

/** Holds the write lock of `core`'s file, as another window or command in the middle of an import does, until released. */
function holdWriteLock(core: Core): { held: Promise<void>; release(): void; done: Promise<void> } {
  let release = () => {}
  let markHeld = () => {}
  const held = new Promise<void>((res) => (markHeld = res))
  const done = core.db.transaction().execute(async (trx) => {
    await sql`insert into org (id, name, type, status, created_at, updated_at) values ('held-org', '导入中的工会', '联合基层工会', 'active', 'x', 'x')`.execute(trx)
    markHeld()
    await new Promise<void>((res) => (release = res))
  })
  return { held, release: () => release(), done }
}

describe('one process: reads do not queue behind a long write', () => {
  let t: TestCore
  afterEach(async () => t.close())

  it('members.list and a dry-run import answer while a write holds the connection', async () => {
    t = await createTestCore({ file: true })
    await t.call('demo.load', { members: 30, seed: 2 })
    const lock = holdWriteLock(t.core)
    await lock.held
    const list = await within(10_000, dispatch(t.core, caller, 'members.list', { pageSize: 5 }))
    const file = await xlsxPayload([['姓名', '证件号码', '所属工会'], ['王五', makeId('1990-01-01', 11), '不存在的工会']])
    const dry = await within(10_000, dispatch(t.core, caller, 'members.importCommit', { file, dryRun: true }))
    lock.release()
    await lock.done
    expect(list).toMatchObject({ ok: true, result: { total: 30 } })
    expect(dry).toMatchObject({ ok: true, result: { dryRun: true, total: 1, rejected: 1 } })
  })

  it('a dry run is a read: no audit row, nothing written', async () => {
    t = await createTestCore({ file: true })
    await t.call('orgs.save', union('木棠镇联合工会'))
    const before = await t.dump()
    const file = await xlsxPayload([['姓名', '证件号码', '所属工会'], ['王五', makeId('1990-01-01', 11), '木棠镇联合工会']])
    expect(await t.call('members.importCommit', { file, dryRun: true })).toMatchObject({ inserted: 1, dryRun: true })
    expect(await t.dump()).toBe(before)
  })
})

describe('two connections on one file, as two processes (a window and a command)', () => {
  let t: TestCore
  let other: Core | undefined
  afterEach(async () => {
    await other?.close()
    other = undefined
    await t.close()
  })

  it('opens, reads and dry-runs while the other holds the write lock; a write waits and then says DB_BUSY in Chinese', async () => {
    t = await createTestCore({ file: true })
    await t.call('orgs.save', union('木棠镇联合工会'))
    const lock = holdWriteLock(t.core)
    await lock.held
    try {
      // Opening checks the schema with a read: it no longer needs the write lock.
      other = await openCore({ dbPath: t.core.dbPath, dataDir: t.dir, log: memoryLogger(), busyTimeoutMs: 400 })
      expect(await dispatch(other, caller, 'orgs.list', {})).toMatchObject({ ok: true, result: [{ name: '木棠镇联合工会' }] })
      const file = await xlsxPayload([['姓名', '证件号码', '所属工会'], ['王五', makeId('1990-01-01', 11), '木棠镇联合工会']])
      expect(await dispatch(other, caller, 'members.importCommit', { file, dryRun: true })).toMatchObject({ ok: true, result: { inserted: 1 } })
      const refused = await dispatch(other, caller, 'orgs.save', union('另一个工会'))
      expect(refused).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } })
      if (!refused.ok) expect(refused.error.message).toMatch(/另一个窗口或命令.*未保存/)
    } finally {
      lock.release()
      await lock.done
    }
    expect(await dispatch(other, caller, 'orgs.list', {})).toMatchObject({ ok: true, result: [{ name: '导入中的工会' }, { name: '木棠镇联合工会' }] })
  })

  it('a write that meets another write waits for it and then lands', async () => {
    t = await createTestCore({ file: true })
    other = await openCore({ dbPath: t.core.dbPath, dataDir: t.dir, log: memoryLogger() })
    const lock = holdWriteLock(t.core)
    await lock.held
    const waiting = dispatch(other, caller, 'orgs.save', union('等候的工会'))
    expect(await within(800, waiting)).toBe('still waiting')
    lock.release()
    await lock.done
    expect(await waiting).toMatchObject({ ok: true, result: { name: '等候的工会' } })
  })
})
