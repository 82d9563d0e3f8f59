import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openCore } from '../../electron/core/open-core'
import { startWebServer } from '../../electron/server/http-server'
import { signInOverHttp } from '../helpers/web-login'
import { percentile, timeMs, type Bench, type BenchRow } from './report'

async function openAndMigrate(dir: string): Promise<BenchRow[]> {
  const runs: number[] = []
  for (let i = 0; i < 10; i++) {
    const { ms, value } = await timeMs(() => openCore({ dbPath: join(dir, `open-${i}.db`) }))
    runs.push(ms)
    await value.close()
  }
  runs.sort((a, b) => a - b)
  return [{ name: '新建数据库并执行全部迁移（中位数，10 次）', value: percentile(runs, 50), unit: 'ms', target: 500 }]
}

async function httpRoundTrip(dir: string): Promise<BenchRow[]> {
  const core = await openCore({ dbPath: join(dir, 'http.db') })
  const server = await startWebServer({
    core,
    staticDir: resolve('dist/renderer'),
  })
  const headers = { 'Content-Type': 'application/json', ...(await signInOverHttp(server)) }
  const once = () => fetch(`${server.url}/api/profile.get`, { method: 'POST', headers, body: '{}' }).then((r) => r.json())
  for (let i = 0; i < 50; i++) await once()
  const times: number[] = []
  for (let i = 0; i < 1000; i++) times.push((await timeMs(once)).ms)
  times.sort((a, b) => a - b)
  await server.close()
  await core.close()
  return [
    { name: 'HTTP 接口往返 profile.get p50（1000 次）', value: percentile(times, 50), unit: 'ms', target: 5 },
    { name: 'HTTP 接口往返 profile.get p95（1000 次）', value: percentile(times, 95), unit: 'ms', target: 10 },
  ]
}

export const foundationBench: Bench = {
  title: '基础',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-bench-'))
    try {
      return [...(await openAndMigrate(dir)), ...(await httpRoundTrip(dir))]
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
