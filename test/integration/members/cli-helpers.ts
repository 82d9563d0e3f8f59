import { spawn, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { expect } from 'vitest'

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

/** The JSON a command printed, after checking it succeeded quietly (exit 0, nothing on stderr). */
export function okJson(run: CliRun): unknown {
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

export function startCli(args: string[]) {
  return spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}
