import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { cliEnv } from '../members/cli-helpers'
import { addMember, fuweijinProgram, resetFixtures } from './fixtures'

// Issue 10 item 6 at the CLI: a call that committed but whose file could not be stored exits 0, prints its result as
// JSON on stdout and the warning (what to do) on stderr.

const cliPath = resolve('bin/uniondesk.mjs')
let t: TestCore
let applicationId = ''

beforeAll(async () => {
  resetFixtures()
  t = await createTestCore({ file: true })
  await t.call('aid.addProgram', { program: fuweijinProgram })
  const m = await addMember(t, { n: 1, name: '王建国' })
  applicationId = (await t.call('aid.createApplication', { programCode: 'fuweijin', idNumber: m.idNumber, input: { grade: 4 } })).id
  // The CLI's data folder is the database's folder; a file where its attachments folder should be.
  writeFileSync(join(t.dir, 'attachments'), '不是文件夹')
})
afterAll(async () => t.close())

describe('uniondesk call aid.attachFile with an unwritable attachments folder (spawned)', { timeout: 400_000 }, () => {
  it('exits 0 with the result on stdout and 警告：… on stderr, and the row is saved once', async () => {
    const input = { applicationId, material: '抚慰金申请表', file: { fileName: '申请表.jpg', contentBase64: Buffer.from('扫描件').toString('base64') } }
    const run = spawnSync(process.execPath, [cliPath, '--db', join(t.dir, 'test.db'), 'call', 'aid.attachFile', JSON.stringify(input)], {
      encoding: 'utf8',
      env: cliEnv(),
    })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ material: '抚慰金申请表', fileName: '申请表.jpg' })
    expect(run.stderr).toMatch(/^警告：「申请表\.jpg」已登记为「抚慰金申请表」的附件，但文件未能存入附件文件夹/)
    const rows = await sql<{ n: number }>`select count(*) as n from aid_attachment`.execute(t.core.db)
    expect(rows.rows[0]?.n).toBe(1)
  })
})
