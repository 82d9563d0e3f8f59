import { execFile } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { cliEnv } from '../members/cli-helpers'
import { seedAid, type AidFixture } from './fixtures'

const run = promisify(execFile)
let t: TestCore
let aid: AidFixture
let dbPath: string

beforeAll(async () => {
  t = await createTestCore({ file: true })
  aid = await seedAid(t)
  dbPath = join(t.dir, 'test.db')
  // The CLI opens the same file; close ours so nothing is held in memory.
  await t.core.close()
})
afterAll(() => rmSync(t.dir, { recursive: true, force: true }))

const cli = (...args: string[]) => run(process.execPath, ['bin/uniondesk.mjs', '--db', dbPath, ...args], { encoding: 'utf8', env: cliEnv() })

describe('uniondesk print', () => {
  it('certificates --out DIR writes one file per recipient; --out F.pdf one file; member-form by ID number', async () => {
    const dir = join(t.dir, 'certs')
    const many = await cli('--json', 'print', 'certificates', '--batch', aid.batchId, '--out', dir)
    expect(JSON.parse(many.stdout)).toMatchObject({ files: 3, pages: 3 })
    expect(readdirSync(dir)).toHaveLength(3)
    const one = await cli('print', 'certificates', '--batch', aid.batchId, '--out', join(t.dir, 'all.pdf'))
    expect(one.stdout).toContain('共 3 页')
    await cli('print', 'member-form', '--member', aid.idNumbers[0] ?? '', '--out', join(t.dir, 'm.pdf'))
    expect(existsSync(join(t.dir, 'm.pdf'))).toBe(true)
  }, 60_000)

  it('an unknown batch exits 1 with a Chinese message; a missing option exits 2', async () => {
    await expect(cli('print', 'roster', '--batch', 'nope', '--out', join(t.dir, 'x.pdf'))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('找不到这个发放批次') })
    await expect(cli('print', 'notice', '--out', join(t.dir, 'x.pdf'))).rejects.toMatchObject({ code: 2 })
  }, 60_000)
})
