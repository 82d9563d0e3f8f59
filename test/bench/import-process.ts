import { readFileSync } from 'node:fs'
import { openCore } from '../../electron/core/open-core'
import { dispatchTyped } from '../../electron/core/dispatch'
import type { Caller } from '../../electron/core/context'
import { readOnly, readOnlyExceljs } from './members-file'

/**
 * One side of the import bench in a process of its own, as the app or the CLI would run it, so neither side inherits
 * the other's heap and the peak memory is this process's own (getrusage maxRSS). Prints one JSON line.
 *   import-process.ts read FILE          reads every row with the import's own streaming reader, nothing else
 *   import-process.ts read-exceljs FILE  the same with exceljs's streaming reader (the import's reader before issue 10)
 *   import-process.ts import FILE DB     members.importCommit of the file into a new database, through the dispatcher
 *   import-process.ts dry-run FILE DB    the same with dryRun: read and validate every row, write nothing
 */
const caller: Caller = { user: { name: 'bench', role: 'admin' }, transport: 'cli' }

async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await fn()
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000 }
}

async function importInto(file: string, dbPath: string, dryRun: boolean) {
  const core = await openCore({ dbPath })
  try {
    const org = await dispatchTyped(core, caller, 'orgs.save', { name: '木棠镇联合工会', type: '联合基层工会' })
    if (!org.ok) throw new Error(org.error.message)
    const payload = { fileName: 'import-100k.xlsx', contentBase64: readFileSync(file).toString('base64') }
    return await measured(async () => {
      const r = await dispatchTyped(core, caller, 'members.importCommit', { file: payload, defaultOrgId: org.result.id, dryRun })
      if (!r.ok) throw new Error(r.error.message)
      return r.result.inserted
    })
  } finally {
    await core.close()
  }
}

const [mode, file, dbPath] = process.argv.slice(2)
const reading = mode === 'read' || mode === 'read-exceljs'
if (!file || (!reading && !((mode === 'import' || mode === 'dry-run') && dbPath))) throw new Error('用法：import-process.ts read FILE | read-exceljs FILE | import FILE DB | dry-run FILE DB')
const run = reading
  ? await measured(() => (mode === 'read' ? readOnly(file) : readOnlyExceljs(file)))
  : await importInto(file, dbPath ?? '', mode === 'dry-run')
console.log(JSON.stringify({ rows: run.value, ms: run.ms, cpuMs: run.cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
