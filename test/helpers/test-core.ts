import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { Reply } from '../../shared/errors'
import type { Role } from '../../electron/core/access'
import type { Caller, Core } from '../../electron/core/context'
import { dispatch, dispatchTyped } from '../../electron/core/dispatch'
import { memoryLogger } from '../../electron/core/log'
import { openCore } from '../../electron/core/open-core'

export interface TestCore {
  core: Core
  dir: string
  /** Calls through the real dispatcher and returns the envelope, for asserting refusals. */
  reply<M extends MethodName>(method: M, input: Input<M>, role?: Role): Promise<Reply<Result<M>>>
  /** Any method name and input, untyped: for proving what the dispatcher does with wrong calls. */
  replyRaw(method: string, input: unknown, role?: Role): Promise<Reply<unknown>>
  /** Calls through the real dispatcher and fails the test on a refusal. */
  call<M extends MethodName>(method: M, input: Input<M>, role?: Role): Promise<Result<M>>
  /** Every row of every table, for proving that a refused call changed nothing. */
  dump(): Promise<string>
  close(): Promise<void>
}

/** Fixed clock and sequential ids keep results deterministic. */
export function fixedClock(start = '2026-11-23T02:00:00.000Z') {
  let t = Date.parse(start)
  return () => new Date((t += 1000)).toISOString()
}

export function sequentialIds(prefix = '00000000-0000-7000-8000-') {
  let n = 0
  return () => `${prefix}${String(++n).padStart(12, '0')}`
}

export async function createTestCore(opts: { file?: boolean; now?: () => string } = {}): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-test-'))
  const log = memoryLogger()
  const core = await openCore({
    dbPath: opts.file ? join(dir, 'test.db') : ':memory:',
    dataDir: dir,
    now: opts.now ?? fixedClock(),
    newId: sequentialIds(),
    log,
  })
  const caller = (role: Role = 'admin'): Caller => ({ user: { name: '测试员', role }, transport: 'cli' })
  const reply = <M extends MethodName>(method: M, input: Input<M>, role?: Role) => dispatchTyped(core, caller(role), method, input)
  return {
    core,
    dir,
    reply,
    replyRaw: (method, input, role) => dispatch(core, caller(role), method, input),
    async call(method, input, role) {
      const r = await reply(method, input, role)
      if (!r.ok) throw new Error(`${method} 被拒绝：${r.error.code} ${r.error.message}`)
      return r.result
    },
    async dump() {
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(core.db)
      const parts: string[] = []
      for (const { name } of tables.rows) {
        const rows = await sql`select * from ${sql.table(name)} order by rowid`.execute(core.db)
        parts.push(`${name}:${JSON.stringify(rows.rows)}`)
      }
      return parts.join('\n')
    },
    async close() {
      await core.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
