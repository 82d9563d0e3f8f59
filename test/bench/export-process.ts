import { rmSync } from 'node:fs'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { findOutboxFile } from '../../electron/core/files/outbox'
import { openCore } from '../../electron/core/open-core'

/**
 * One full member export in a process of its own, as the app, web mode or the CLI would run it, so the peak memory
 * (getrusage maxRSS) is the export's own. Prints one JSON line.
 *   export-process.ts xlsx|csv|provincial DB OUTBOX_DIR
 * `provincial` is the provincial 会员信息采集表 workbook (issue 15): a write (its audit row), so give it a copy of the database.
 */
const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }

const [format, dbPath, dataDir] = process.argv.slice(2)
if ((format !== 'xlsx' && format !== 'csv' && format !== 'provincial') || !dbPath || !dataDir) throw new Error('用法：export-process.ts xlsx|csv|provincial DB OUTBOX_DIR')
const core = await openCore({ dbPath, dataDir })
try {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const reply =
    format === 'provincial'
      ? await dispatchTyped(core, caller, 'provincial.export', { reason: '性能测试' })
      : await dispatchTyped(core, caller, 'members.export', { kind: 'full', format })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  if (!reply.ok) throw new Error(reply.error.message)
  const file = await findOutboxFile(dataDir, reply.result.ref)
  if (!file || file.bytes !== reply.result.bytes) throw new Error('导出文件不在 outbox 中')
  rmSync(file.path)
  console.log(JSON.stringify({ rows: reply.result.rows, bytes: reply.result.bytes, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
} finally {
  await core.close()
}
