import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { downloadHeaders, findOutboxFile, moveOutboxFile, outboxDir, removeOutboxFile, sweepOutbox, writeOutboxFile } from '../../../electron/core/files/outbox'
import { safeFileName } from '../../../electron/core/files/safe-file-name'

describe('outbox: where generated files wait for delivery', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'uniondesk-outbox-'))
  })
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it('a file appears under its name only once it is whole: while written, only a temporary file exists', async () => {
    const source = new PassThrough()
    const writing = writeOutboxFile(dataDir, '会员名册.csv', source)
    source.write('第一半，')
    await new Promise((r) => setTimeout(r, 50))
    const during = readdirSync(outboxDir(dataDir))
    expect(during).toHaveLength(1)
    expect(during[0]).toMatch(/^[\w-]{32}\.part$/)
    source.end('第二半')
    const file = await writing
    expect(readdirSync(outboxDir(dataDir))).toEqual([file.ref])
    const found = await findOutboxFile(dataDir, file.ref)
    expect(found).toMatchObject({ fileName: '会员名册.csv', bytes: Buffer.byteLength('第一半，第二半') })
    expect(readFileSync(found?.path ?? '', 'utf8')).toBe('第一半，第二半')
    expect(file.bytes).toBe(found?.bytes)
  })

  it('a write that fails midway leaves nothing behind and reports the failure', async () => {
    const failing = Readable.from(
      (async function* () {
        yield '前半行'
        throw new Error('查询中断')
      })(),
    )
    await expect(writeOutboxFile(dataDir, '会员名册.xlsx', failing)).rejects.toThrow('查询中断')
    expect(readdirSync(outboxDir(dataDir))).toEqual([])
  })

  it('an outbox that cannot be made is refused in Chinese, and the producer is stopped instead of reading on', async () => {
    writeFileSync(outboxDir(dataDir), 'a file where the folder should be')
    let produced = 0
    const source = Readable.from((async function* () {
      for (;;) {
        produced++
        yield 'row\n'
        await new Promise((r) => setTimeout(r, 1))
      }
    })())
    await expect(writeOutboxFile(dataDir, '会员名册.csv', source)).rejects.toMatchObject({
      code: 'FILE_UNWRITABLE',
      message: expect.stringMatching(/^无法生成文件：临时文件夹 .*outbox 该位置有同名文件，不是文件夹/),
    })
    expect(source.destroyed).toBe(true)
    const after = produced
    await new Promise((r) => setTimeout(r, 30))
    expect(produced).toBe(after)
  })

  it('refs cannot reach outside the outbox: ../, absolute paths, dots and separators resolve to nothing', async () => {
    writeFileSync(join(dataDir, 'uniondesk.db'), '数据库')
    const file = await writeOutboxFile(dataDir, 'a.csv', Readable.from(['x']))
    const escapes = ['..', '../uniondesk.db', '..%2Funiondesk.db', `${file.ref}/../../uniondesk.db`, join(dataDir, 'uniondesk.db'), '.', '', `${file.ref.slice(0, 29)}/..`, `${file.ref}/a.csv`]
    for (const ref of escapes) {
      expect(await findOutboxFile(dataDir, ref)).toBeNull()
      await removeOutboxFile(dataDir, ref)
    }
    expect(readFileSync(join(dataDir, 'uniondesk.db'), 'utf8')).toBe('数据库')
    expect(await findOutboxFile(dataDir, file.ref)).not.toBeNull()
    await expect(moveOutboxFile(dataDir, '../uniondesk.db', join(dataDir, 'stolen.db'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(existsSync(join(dataDir, 'stolen.db'))).toBe(false)
  })

  it('moving a file to the chosen path replaces that file whole and empties the outbox', async () => {
    const file = await writeOutboxFile(dataDir, 'a.csv', Readable.from(['新内容']))
    const dest = join(dataDir, '导出', '会员.csv')
    mkdirSync(join(dataDir, '导出'))
    writeFileSync(dest, '旧内容')
    await moveOutboxFile(dataDir, file.ref, dest)
    expect(readFileSync(dest, 'utf8')).toBe('新内容')
    expect(readdirSync(outboxDir(dataDir))).toEqual([])
  })

  it('the sweep at open removes files older than a day, abandoned temporary files included, and keeps newer ones', async () => {
    const old = await writeOutboxFile(dataDir, 'old.csv', Readable.from(['1']))
    const fresh = await writeOutboxFile(dataDir, 'fresh.csv', Readable.from(['2']))
    const abandoned = join(outboxDir(dataDir), 'x'.repeat(32) + '.part')
    writeFileSync(abandoned, 'half')
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000)
    utimesSync(join(outboxDir(dataDir), old.ref), twoDaysAgo, twoDaysAgo)
    utimesSync(abandoned, twoDaysAgo, twoDaysAgo)
    expect(await sweepOutbox(dataDir, new Date().toISOString())).toBe(2)
    expect(readdirSync(outboxDir(dataDir))).toEqual([fresh.ref])
  })

  it('names every disk accepts; the Chinese name travels in the download header as RFC 5987 filename*', () => {
    expect(safeFileName('2026/11 抚慰金:第1批-银行转账表.xlsx')).toBe('2026_11 抚慰金_第1批-银行转账表.xlsx')
    expect(safeFileName(`${'长'.repeat(300)}.xlsx`)).toBe(`${'长'.repeat(195)}.xlsx`)
    const headers = downloadHeaders({ fileName: '会员名册 (全部).xlsx', bytes: 12 })
    expect(headers['Content-Disposition']).toBe(
      `attachment; filename="____ (__).xlsx"; filename*=UTF-8''${encodeURIComponent('会员名册')}%20%28${encodeURIComponent('全部')}%29.xlsx`,
    )
    expect(headers['Content-Length']).toBe('12')
    expect(headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })
})
