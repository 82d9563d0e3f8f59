import { spawn, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { expect } from 'vitest'
import { testAdmin } from '../../helpers/accounts'

export { testAdmin }

export const cliPath = resolve('bin/uniondesk.mjs')

/**
 * The environment for a spawned `uniondesk`: no default database, signed in as testAdmin unless `extra` says otherwise.
 * On a database without accounts (a fresh `init`, or one a test core made) the first command's sign-in makes testAdmin
 * the administrator, as the first run does.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, UNIONDESK_DB: '', UNIONDESK_USER: testAdmin.name, UNIONDESK_PASSWORD: testAdmin.password, ...extra }
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = cliEnv()): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', env })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The JSON a command printed, after checking it succeeded quietly (exit 0, nothing on stderr). */
export function okJson(run: CliRun): unknown {
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

export function startCli(args: string[]) {
  return spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv() })
}

/**
 * Runs a CLI command and, after `afterMs` (null: never), kills it with SIGKILL as a pulled plug would; `killed` says
 * whether the kill landed before the command ended on its own. For the crash tests.
 */
export function runCliUntilKilled(args: string[], afterMs: number | null, env: NodeJS.ProcessEnv): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  let killed = false
  const timer = afterMs === null ? null : setTimeout(() => (killed = child.kill('SIGKILL')), afterMs)
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer)
      resolve({ killed: killed && signal === 'SIGKILL', code, stderr })
    }),
  )
}
