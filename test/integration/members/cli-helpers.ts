import { spawn, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

export const cliPath = resolve('bin/uniondesk.mjs')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', env: { ...process.env, UNIONDESK_DB: '' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export function startCli(args: string[]) {
  return spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}
