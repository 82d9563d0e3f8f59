import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exchangeKeyPath, loadExchangeKeys } from '../../../electron/core/exchange/keys'
import { writeFileAtomic } from '../../../electron/core/exchange/atomic-write'
import { parseKeyCard } from '../../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, openPackage, sealPackage } from '../../../electron/core/exchange/package-format'
import { createHash } from 'node:crypto'
import { okJson, runCli } from '../members/cli-helpers'

let dir: string
let officeDb: string
let fedDb: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ud-exchange-cli-'))
  officeDb = join(dir, 'office.db')
  fedDb = join(dir, 'fed.db')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const office = (...args: string[]) => runCli(['--db', officeDb, ...args])
const fed = (...args: string[]) => runCli(['--db', fedDb, ...args])

describe('uniondesk exchange (office side)', { timeout: 300_000 }, () => {
  it('keys, upstream card, export and receipt: the JSON shapes and exit codes of the contract', async () => {
    okJson(office('init', '--name', '青山镇总工会', '--json'))
    okJson(fed('init', '--name', '临江县总工会', '--level', '县（区）总工会', '--json'))
    okJson(office('demo', '--members', '30', '--json'))

    const fedKeys = okJson(fed('exchange', 'keys', 'init', '--json')) as { fingerprint: string }
    expect(fedKeys.fingerprint).toMatch(/^\d{5}( \d{5}){7}$/)
    const fedCardFile = join(dir, 'fed-card.json')
    okJson(fed('exchange', 'keys', 'export', '--out', fedCardFile, '--json'))
    okJson(office('exchange', 'keys', 'init', '--json'))
    const officeCardFile = join(dir, 'office-card.json')
    okJson(office('exchange', 'keys', 'export', '--out', officeCardFile, '--json'))

    // Export before the federation's card is known: exit 1, a Chinese reason.
    const early = office('exchange', 'export', '--out', `${dir}/u/`, '--json')
    expect(early.code).toBe(1)
    expect(early.stderr).toMatch(/^错误：尚未导入上级总工会的密钥卡/)

    const up = okJson(office('exchange', 'upstream', 'set', fedCardFile, '--json')) as { fingerprint: string; replaced: string | null }
    expect(up).toMatchObject({ fingerprint: fedKeys.fingerprint, replaced: null })

    const out = okJson(office('exchange', 'export', '--out', `${dir}/U盘/`, '--json')) as Record<string, unknown>
    expect(Object.keys(out).sort()).toEqual(['bytes', 'counts', 'file', 'kind', 'sequence'])
    expect(out).toMatchObject({ sequence: 1, kind: 'full' })
    const file = String(out.file)
    expect(file).toMatch(/U盘\/青山镇总工会-上报包-第1号-\d{4}-\d{2}-\d{2}\.udx$/)
    expect(statSync(file).size).toBe(out.bytes)
    expect((out.counts as Record<string, number>).member).toBeGreaterThanOrEqual(30)

    // The federation acknowledges it (its receipt is sealed here as the design's format says).
    const fedKeyPair = await loadExchangeKeys(exchangeKeyPath(fedDb))
    if (!fedKeyPair) throw new Error('federation keys missing')
    const federation = { keys: fedKeyPair, card: parseKeyCard(readFileSync(fedCardFile, 'utf8')) }
    const officeCard = parseKeyCard(readFileSync(officeCardFile, 'utf8'))
    const opened = openPackage(readFileSync(file), { recipient: federation, knownSenders: [officeCard] })
    const body = { packageSequence: 1, packagePayloadHash: createHash('sha256').update(opened.payload).digest('hex'), outcome: 'merged', inserted: 40, updated: 0, deleted: 0, conflicts: 0, importedAt: '2026-12-02T09:00:00.000Z' }
    const receipt = join(dir, '回执-青山镇总工会-第1号.udx')
    await writeFileAtomic(receipt, sealPackage({ sender: federation, recipient: officeCard, sequence: 1, createdAt: body.importedAt, schemaVersion: exchangeSchemaVersion, kind: 'receipt', baseSequence: 0, rowCounts: {}, payload: Buffer.from(JSON.stringify(body)) }))

    // The package given where a receipt belongs: exit 1, accepted:false on stdout, the reason on stderr.
    const wrong = office('exchange', 'receipt', 'import', file, '--json')
    expect(wrong.code).toBe(1)
    expect(JSON.parse(wrong.stdout)).toMatchObject({ accepted: false, code: 'EXCHANGE_SENDER_UNKNOWN' })
    expect(wrong.stderr).toMatch(/^错误：发送方未登记/)

    const got = okJson(office('exchange', 'receipt', 'import', receipt, '--json'))
    expect(got).toMatchObject({ accepted: true, sequence: 1, alreadyDelivered: false, baselineSequence: 1, receipt: { outcome: 'merged', inserted: 40 } })

    const inc = okJson(office('exchange', 'export', '--out', join(dir, 'U盘', '第二号.udx'), '--json'))
    expect(inc).toMatchObject({ sequence: 2, kind: 'incremental', file: join(dir, 'U盘', '第二号.udx') })

    // Wrong usage: exit 2.
    expect(office('exchange', 'export', '--json').code).toBe(2)
    expect(office('exchange', 'receipt', 'import', '--json').code).toBe(2)
    const missing = office('exchange', 'upstream', 'set', join(dir, '没有这个文件.json'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('文件不存在')
  })
})
