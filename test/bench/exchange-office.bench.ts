import { generateKeyPairSync } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { localIdentity } from '../../electron/core/exchange/identity'
import { makeKeyCard } from '../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, sealPackage } from '../../electron/core/exchange/package-format'
import { writeFileAtomic } from '../../electron/core/exchange/atomic-write'
import { openCore } from '../../electron/core/open-core'
import { sharedMemberDatabase } from './member-database'
import { timeMs, type Bench, type BenchRow } from './report'

/**
 * Issue 15, the office's side: a full package of the 200,000-member demo register (target under 15 s) and an
 * incremental package after 100 members changed (target under 50 KB), each through the dispatcher as the CLI runs it.
 * Works on a copy of the shared bench database (that one is read-only for benches).
 */
const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }

export const exchangeOfficeBench: Bench = {
  title: '上报交换',
  async run(): Promise<BenchRow[]> {
    const shared = await sharedMemberDatabase()
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-exchange-'))
    try {
      const dbPath = join(dir, 'office.db')
      copyFileSync(shared.path, dbPath)
      if (existsSync(`${shared.path}-wal`)) copyFileSync(`${shared.path}-wal`, `${dbPath}-wal`)
      const core = await openCore({ dbPath })
      const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> => {
        const r = await dispatchTyped(core, caller, method, input)
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
        return r.result
      }
      try {
        const fedKeys = { signing: generateKeyPairSync('ed25519'), encryption: generateKeyPairSync('x25519'), createdAt: core.now() }
        const federation = { keys: fedKeys, card: makeKeyCard(fedKeys, { unionName: '临江县总工会', creditCode: null, level: '县（区）总工会' }) }
        await call('exchange.initKeys', {})
        await call('exchange.setUpstream', { card: JSON.stringify(federation.card) })
        const members = await sql<{ n: number }>`select count(*) as n from member`.execute(core.db)

        const rss0 = process.memoryUsage().rss
        const full = await timeMs(() => call('exchange.export', { out: `${dir}/U盘/` }))
        const rssAfter = process.memoryUsage().rss

        // The federation's receipt for it moves the baseline.
        const sent = await core.db.selectFrom('exchange_outbound').select('payload_hash').where('sequence', '=', full.value.sequence).executeTakeFirstOrThrow()
        const office = await localIdentity(core, core.db, { create: false })
        const body = { packageSequence: full.value.sequence, packagePayloadHash: sent.payload_hash, outcome: 'merged', inserted: 1, updated: 0, deleted: 0, conflicts: 0, importedAt: core.now() }
        const receipt = join(dir, 'receipt.udx')
        await writeFileAtomic(receipt, sealPackage({ sender: federation, recipient: office.card, sequence: full.value.sequence, createdAt: core.now(), schemaVersion: exchangeSchemaVersion, kind: 'receipt', baseSequence: 0, rowCounts: {}, payload: Buffer.from(JSON.stringify(body)) }))
        await call('exchange.importReceipt', { file: receipt })

        // 100 members changed (as an edit through the register would: the triggers log each once).
        await sql`update member set employer_name = employer_name || '（新）' where id in (select id from member order by id limit 100)`.execute(core.db)
        const inc = await timeMs(() => call('exchange.export', { out: `${dir}/U盘/` }))
        if (inc.value.kind !== 'incremental' || inc.value.counts.member !== 100) throw new Error(`incremental package carried ${JSON.stringify(inc.value.counts)}`)
        return [
          { name: `全量上报包 ${Number(members.rows[0]?.n ?? 0).toLocaleString('en')} 名会员 用时`, value: full.ms / 1000, unit: 's', target: 15 },
          { name: '全量上报包 文件大小', value: full.value.bytes / (1 << 20), unit: 'MB' },
          { name: '全量上报包 记录总数', value: Object.values(full.value.counts).reduce((a, b) => a + b, 0), unit: '条' },
          { name: '全量上报包 进程内存增长 (RSS)', value: Math.max(0, rssAfter - rss0) / (1 << 20), unit: 'MB' },
          { name: '增量上报包 100 名会员变动 文件大小', value: inc.value.bytes / 1024, unit: 'KB', target: 50 },
          { name: '增量上报包 用时', value: inc.ms, unit: 'ms' },
        ]
      } finally {
        await core.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
