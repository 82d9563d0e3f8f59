import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'
import { timeMs } from './report'

export interface MemberDatabase {
  path: string
  /** How long demo.load took to fill it, for the bench that reports it. */
  loadMs: number
}

let built: Promise<MemberDatabase> | undefined

/**
 * The 200,000-member demo database the read benches share (search, lists, CLI start-up): demo.load takes minutes, so
 * it is built once per `npm run bench` and removed when the run ends. Only reads may use it.
 */
export function sharedMemberDatabase(): Promise<MemberDatabase> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-200k-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    const path = join(dir, 'members-200k.db')
    const core = await openCore({ dbPath: path })
    try {
      const { ms, value } = await timeMs(() => dispatchTyped(core, { user: { name: 'bench', role: 'admin' }, transport: 'cli' }, 'demo.load', { members: 200_000 }))
      if (!value.ok) throw new Error(`demo.load: ${value.error.message}`)
      return { path, loadMs: ms }
    } finally {
      await core.close()
    }
  })()
  return built
}
