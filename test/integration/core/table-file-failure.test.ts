import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { outboxDir } from '../../../electron/core/files/outbox'
import { writeTableFile, writeWorkbookFile } from '../../../electron/core/files/table-file'

/**
 * A query that fails part-way through an .xlsx export (the register read page by page) must fail the call at once and
 * leave nothing in the outbox. It used to hang: the zip's output was never ended, so the pipeline waited for good and a
 * write call (an unmasked or provincial export) held the database's write lock with it.
 */
async function* failingAfter(rows: number): AsyncGenerator<string[]> {
  for (let i = 0; i < rows; i++) yield [`第${i}行`.repeat(20)]
  throw new Error('查询中断')
}

async function* fine(): AsyncGenerator<string[]> {
  yield ['甲']
}

describe('an .xlsx export whose rows fail part-way', { timeout: 10_000 }, () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'uniondesk-table-file-'))
  })
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))
  const leftovers = () => (existsSync(outboxDir(dataDir)) ? readdirSync(outboxDir(dataDir)) : [])
  const now = '2026-12-02T12:00:00.000Z'

  it('one sheet: the call fails with the query\'s error and no file or part is left', async () => {
    await expect(writeTableFile({ dataDir, fileName: '会员.xlsx', format: 'xlsx', sheetName: '会员', columns: [{ header: '姓名' }], rows: failingAfter(5_000), now })).rejects.toThrow('查询中断')
    expect(leftovers()).toEqual([])
  })

  it('a workbook: the first sheet failing fails the file, though a later sheet is fine', async () => {
    const sheets = [
      { name: '会员信息采集表', columns: [{ header: '姓名' }], rows: failingAfter(5_000) },
      { name: '汇总表', columns: [{ header: '工会' }], rows: fine() },
    ]
    await expect(writeWorkbookFile({ dataDir, fileName: '采集表.xlsx', now, sheets })).rejects.toThrow('查询中断')
    expect(leftovers()).toEqual([])
  })
})
