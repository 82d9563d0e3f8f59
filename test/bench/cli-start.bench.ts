import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { cliEntry } from '../../scripts/cli-bundle.mjs'
import { sharedMemberDatabase } from './member-database'
import { percentile, type Bench, type BenchRow } from './report'

const cli = resolve('bin/uniondesk.mjs')
const sources = resolve('electron/cli/entry.ts')

/**
 * Median wall time of whole processes, the commands taking turns so that each sees the same load (the machine may be
 * shared). Each command's output is checked once, so a failing command is never timed as a fast one.
 */
function medians(runs: number, commands: Record<string, { args: string[]; check?: (stdout: string) => void }>): Record<string, number> {
  const times: Record<string, number[]> = {}
  for (const [name, c] of Object.entries(commands)) {
    c.check?.(execFileSync(process.execPath, c.args, { encoding: 'utf8' }))
    times[name] = []
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(commands)) {
      const t0 = performance.now()
      execFileSync(process.execPath, c.args, { stdio: 'ignore' })
      times[name]?.push(performance.now() - t0)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, percentile(t.sort((a, b) => a - b), 50)]))
}

async function run(): Promise<BenchRow[]> {
  // Timed from the bundle as `npm ci` leaves it, never including a rebuild after a source edit.
  if ((await cliEntry()).how === 'sources') throw new Error('命令行程序无法构建（npm run build:cli 查看原因）')
  const db = (await sharedMemberDatabase()).path
  const m = medians(15, {
    node: { args: ['-e', '0'] },
    idCheck: {
      args: [cli, '--db', db, 'id', 'check', '11010519491231002X'],
      check: (out) => {
        if (!out.startsWith('有效')) throw new Error(`id check: ${out}`)
      },
    },
    list: {
      args: [cli, '--db', db, 'members', 'list', '--limit', '5', '--json'],
      check: (out) => {
        const parsed: unknown = JSON.parse(out)
        const items: unknown = Array.isArray(parsed) ? parsed : Object(parsed).items
        if (!Array.isArray(items) || items.length !== 5) throw new Error(`members list: ${out.slice(0, 200)}`)
      },
    },
  })
  // The way every command started before the bundle: the TypeScript sources through tsx.
  const before = medians(3, { tsx: { args: ['--import', 'tsx', sources, '--db', db, 'id', 'check', '11010519491231002X'] } })
  const node = m.node ?? NaN
  const idCheck = m.idCheck ?? NaN
  const list = m.list ?? NaN
  return [
    { name: '空 Node 进程（node -e 0）中位数', value: node, unit: 'ms' },
    { name: 'uniondesk id check 中位数（整个进程）', value: idCheck, unit: 'ms', target: 300 },
    { name: '  ÷ node -e 0', value: idCheck / node, unit: '倍' },
    { name: 'uniondesk members list --limit 5 --json（20 万会员）', value: list, unit: 'ms', target: 600 },
    { name: '  ÷ node -e 0', value: list / node, unit: '倍' },
    { name: '对照：id check 由 tsx 运行源码（改前的启动方式）', value: before.tsx ?? NaN, unit: 'ms' },
  ]
}

/** `npm run bench 命令行启动`; builds the 200,000-member database first unless an earlier bench of the run did. */
export const cliStartBench: Bench = { title: '命令行启动', run }
