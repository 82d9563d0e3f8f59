import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sharedMemberDatabase } from './member-database'
import type { Bench, BenchRow } from './report'

interface ExportRun {
  rows: number
  bytes: number
  ms: number
  cpuMs: number
  maxRssMb: number
}

/** Runs one export in a fresh Node process (export-process.ts), so its peak RSS is the export's alone. */
function exportInOwnProcess(format: 'xlsx' | 'csv' | 'provincial', db: string, dataDir: string): ExportRun {
  const script = fileURLToPath(new URL('./export-process.ts', import.meta.url))
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, format, db, dataDir], { encoding: 'utf8' })
  const run = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ExportRun
  if (run.rows !== 200_000) throw new Error(`导出行数不对：${run.rows}`)
  return run
}

/** Issue 10 §4: the whole 200,000-member register to .xlsx and to .csv, streamed to a file. */
async function exportBench(): Promise<BenchRow[]> {
  const database = await sharedMemberDatabase()
  const dataDir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-export-'))
  try {
    const rows: BenchRow[] = []
    for (const format of ['xlsx', 'csv'] as const) {
      const run = exportInOwnProcess(format, database.path, dataDir)
      rows.push(
        { name: `导出全部 20 万会员 .${format}（流式写入文件）`, value: run.ms / 1000, unit: 's', target: 20 },
        { name: '  其 CPU 时间（主线程+SQLite 线程+压缩线程）', value: run.cpuMs / 1000, unit: 's' },
        { name: '  进程内存峰值（RSS，独立进程）', value: run.maxRssMb, unit: 'MB', target: 400 },
        { name: '  文件大小', value: run.bytes / 1024 / 1024, unit: 'MB' },
      )
    }
    // Issue 15: the provincial 会员信息采集表 with its per-union summary, full IDs, in the write call that audits it; on
    // a copy, since the shared database is for reads only.
    const copy = join(dataDir, 'provincial.db')
    copyFileSync(database.path, copy)
    const run = exportInOwnProcess('provincial', copy, dataDir)
    rows.push(
      { name: '省级会员信息采集表 20 万人 .xlsx（含汇总表，流式写入）', value: run.ms / 1000, unit: 's', target: 20 },
      { name: '  其 CPU 时间（主线程+SQLite 线程+压缩线程）', value: run.cpuMs / 1000, unit: 's' },
      { name: '  进程内存峰值（RSS，独立进程）', value: run.maxRssMb, unit: 'MB', target: 400 },
      { name: '  文件大小', value: run.bytes / 1024 / 1024, unit: 'MB' },
    )
    return rows
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** `npm run bench 会员导出`. */
export const membersExportBench: Bench = { title: '会员导出', run: exportBench }
