import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base } from '@playwright/test'

export interface WebApp {
  launchUrl: string
  baseUrl: string
  dbPath: string
  dir: string
}

export const artifactsDir = resolve('test/artifacts')
mkdirSync(artifactsDir, { recursive: true })

/** Starts the real web-mode entry point on a fresh database and waits for the address it prints. */
async function startWebMode(dbPath: string): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/main.ts', '--db', dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  })
  const launchUrl = await new Promise<string>((resolveUrl, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`网页模式未启动：${seen}`)), 30_000)
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(seen)
      if (m?.[1]) {
        clearTimeout(timer)
        resolveUrl(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`网页模式退出（${code}）：${seen}`)))
  })
  return { child, launchUrl }
}

export const test = base.extend<{ webApp: WebApp }>({
  webApp: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-e2e-'))
    const dbPath = join(dir, 'e2e.db')
    const { child, launchUrl } = await startWebMode(dbPath)
    await use({ launchUrl, baseUrl: new URL(launchUrl).origin, dbPath, dir })
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
