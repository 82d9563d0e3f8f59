import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { memoryLogger } from '../core/log'
import { openCore } from '../core/open-core'
import { startupFailureDialog } from './startup-failure'

/** One plain sqlite3 connection, outside the program, to make a file the app must refuse. */
async function rawDb(path: string) {
  const { default: sqlite3 } = await import('sqlite3')
  const db = await new Promise<InstanceType<typeof sqlite3.Database>>((res, rej) => {
    const d = new sqlite3.Database(path, (e) => (e ? rej(e) : res(d)))
  })
  return {
    exec: (statement: string) => new Promise<void>((res, rej) => db.exec(statement, (e) => (e ? rej(e) : res()))),
    close: () => new Promise<void>((res) => db.close(() => res())),
  }
}

/** What the app does at start: open the register; the failure is what the dialog is made from. */
async function failureOpening(dbPath: string, busyTimeoutMs?: number): Promise<unknown> {
  const opened = await openCore({ dbPath, dataDir: join(dbPath, '..'), log: memoryLogger(), ...(busyTimeoutMs ? { busyTimeoutMs } : {}) }).then(
    async (core) => {
      await core.close()
      return null
    },
    (err: unknown) => err,
  )
  if (opened === null) throw new Error('the database opened: nothing to show')
  return opened
}

describe('the desktop app cannot start: a dialog with the Chinese reason', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const freshPath = () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-startup-'))
    return join(dir, 'uniondesk.db')
  }

  it('a database from a newer version: says so and names the file', async () => {
    const path = freshPath()
    const core = await openCore({ dbPath: path, dataDir: dir, log: memoryLogger() })
    await core.close()
    const raw = await rawDb(path)
    await raw.exec('pragma user_version = 999')
    await raw.close()
    const err = await failureOpening(path)
    expect(err).toMatchObject({ code: 'DB_FROM_NEWER_VERSION' })
    const dialog = startupFailureDialog(err, path)
    expect(dialog.title).toBe('基层工会工作台无法启动')
    expect(dialog.content).toContain(err instanceof Error ? err.message : '')
    expect(dialog.content).toContain(path)
    expect(dialog.content).not.toContain('技术细节')
  })

  it('a file that is not a database: the damaged-file reason with the way to restore, not a stack', async () => {
    const path = freshPath()
    writeFileSync(path, Buffer.alloc(8192, 0x5a))
    const dialog = startupFailureDialog(await failureOpening(path), path)
    expect(dialog.content).toMatch(/损坏|不是/)
    expect(dialog.content).toContain(path)
    expect(dialog.content).not.toMatch(/SQLITE_|技术细节/)
  })

  it('a file locked by another program: the busy reason', async () => {
    const path = freshPath()
    const core = await openCore({ dbPath: path, dataDir: dir, log: memoryLogger() })
    await core.close()
    // Another program holds the file exclusively (a rollback journal, so even reading waits for it).
    const holder = await rawDb(path)
    await holder.exec('pragma journal_mode = delete; begin exclusive; create table held (x)')
    try {
      const err = await failureOpening(path, 200)
      expect(err).toMatchObject({ code: 'DB_BUSY' })
      expect(startupFailureDialog(err, path).content).toContain('正被另一个窗口或命令使用')
    } finally {
      await holder.exec('rollback')
      await holder.close()
    }
  })

  it('an error core did not foresee: a plain Chinese sentence, the file, and the technical line', () => {
    const dialog = startupFailureDialog(new Error('EACCES: permission denied, mkdir'), '/data/uniondesk.db')
    expect(dialog.content).toMatch(/^启动时出现意外错误/)
    expect(dialog.content).toContain('/data/uniondesk.db')
    expect(dialog.content).toContain('技术细节：EACCES')
    expect(startupFailureDialog(new AppError('DB_NOT_FOUND', '找不到数据库'), '/x.db').content).toBe('找不到数据库\n\n数据库文件：/x.db')
  })
})
