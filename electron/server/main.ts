import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openCore } from '../core/open-core'
import { resolveDbPath } from '../core/paths'
import { warmPrinter } from '../core/print/printer'
import { startWebServer } from './http-server'

/** `npm run start:web`: serves the built renderer and the API on 127.0.0.1 until Ctrl+C. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } })
  const dbPath = resolveDbPath(values.db)
  // Web mode, like the app, makes its database at first run; a new file is said out loud, so a mistyped --db shows.
  const isNew = !existsSync(dbPath)
  const core = await openCore({ dbPath, dailyBackup: true })
  warmPrinter(core.fontsDir).catch((err: unknown) => core.log.error('warm-printer', err, {}))
  const server = await startWebServer({
    core,
    // UNIONDESK_RENDERER_DIR lets parallel test runs serve their own build.
    staticDir: resolve(process.env.UNIONDESK_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer')),
    port: values.port ? Number(values.port) : 0,
  })
  console.log(`基层工会工作台（网页模式）已启动，数据库：${dbPath}${isNew ? '（新建的空数据库）' : ''}${core.readOnly ? '（只读：可以查看和导出，不能修改）' : ''}`)
  console.log(`请在浏览器中打开：${server.launchUrl}`)
  console.log('按 Ctrl+C 退出。')
  const stop = async () => {
    await server.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
