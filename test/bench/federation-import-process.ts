import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Caller } from '../../electron/core/context'
import { dispatchTyped } from '../../electron/core/dispatch'
import { openCore } from '../../electron/core/open-core'

/**
 * The federation import bench's measured side, in a process of its own (as `uniondesk exchange import` runs), so its
 * peak memory (getrusage maxRSS) is the import's alone: imports every `.udx` in a folder, in name order, through the
 * dispatcher into DB. Prints one JSON line.
 *   federation-import-process.ts DB FOLDER
 */
const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }
const [dbPath, folder] = process.argv.slice(2)
if (!dbPath || !folder) throw new Error('用法：federation-import-process.ts DB FOLDER')
const files = readdirSync(folder).filter((f) => f.endsWith('.udx') && !f.startsWith('回执')).sort()
const core = await openCore({ dbPath })
const cpu0 = process.cpuUsage()
const t0 = performance.now()
let members = 0
const perPackageMs: number[] = []
try {
  for (const f of files) {
    const p0 = performance.now()
    const r = await dispatchTyped(core, caller, 'federation.importPackage', { path: join(folder, f), receiptDir: join(folder, 'receipts') })
    if (!r.ok) throw new Error(`${f}: ${r.error.message}`)
    perPackageMs.push(performance.now() - p0)
    members += r.result.inserted
  }
} finally {
  await core.close()
}
const cpu = process.cpuUsage(cpu0)
console.log(JSON.stringify({ packages: files.length, rows: members, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, systemMs: cpu.system / 1000, perPackageMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
