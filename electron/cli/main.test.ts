import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliCommand } from './command'
import { commands } from './commands/index'
import { runCli } from './main'

describe('runCli: what the clerk reads when something goes wrong', () => {
  let dir: string
  const failing: CliCommand = {
    name: 'test-fails',
    summary: '',
    usage: 'uniondesk test-fails',
    run: () => Promise.reject(new Error("ENOENT: no such file or directory, open 'x.pdf'")),
  }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-cli-main-'))
    commands.push(failing)
  })
  afterEach(() => {
    commands.splice(commands.indexOf(failing), 1)
    rmSync(dir, { recursive: true, force: true })
  })

  async function run(argv: string[]) {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(argv, (t) => out.push(t), (t) => err.push(t))
    return { code, out, err }
  }

  it('a fault that is not an AppError: exit 1, only a reference number shown, the English text and stack in the log', async () => {
    const r = await run(['--db', join(dir, 'x.db'), 'test-fails'])
    expect(r.code).toBe(1)
    expect(r.out).toEqual([])
    expect(r.err).toHaveLength(1)
    const ref = /^系统内部错误，已记录（编号 ([0-9A-F]{6})）$/.exec(r.err[0] ?? '')?.[1]
    expect(ref).toBeDefined()
    const log = readFileSync(join(dir, 'logs', 'uniondesk.log'), 'utf8')
    expect(log).toContain(`[${ref ?? ''}] {"command":"test-fails"}`)
    expect(log).toContain('ENOENT: no such file or directory')
  })

  it('a database that cannot be opened: one Chinese line and exit 1, nothing thrown while closing', async () => {
    const notAFile = join(dir, 'folder.db')
    mkdirSync(notAFile)
    const r = await run(['--db', notAFile, 'org', 'show'])
    expect(r.code).toBe(1)
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(/^错误：无法打开数据库文件/)
  })
})
