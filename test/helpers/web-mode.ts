import { spawn, type ChildProcess } from 'node:child_process'

export interface WebMode {
  child: ChildProcess
  launchUrl: string
}

/**
 * Starts the real web-mode entry point (`npm run start:web`) on a database and waits for the launch address it prints.
 * `env` replaces the child's environment (a bench points UNIONDESK_RENDERER_DIR at its own build); `timeoutMs` is how
 * long a start may take (a 200,000-member register migrates first).
 */
export async function startWebMode(dbPath: string, opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<WebMode> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/main.ts', '--db', dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: opts.env ?? process.env,
  })
  const launchUrl = await new Promise<string>((resolveUrl, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`网页模式未启动：${seen}`)), opts.timeoutMs ?? 30_000)
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
    child.once('exit', (code) => reject(new Error(`网页模式退出（${code}）：${seen}`)))
  })
  return { child, launchUrl }
}

/**
 * Stops web mode and waits until the process has gone, so its database can be removed or reopened. A server that has
 * already exited is not waited for (its 'exit' has fired), and one that does not stop within `graceMs` is killed, so a
 * stuck shutdown fails the test that caused it instead of hanging the run to its timeout.
 */
export async function stopWebMode(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}
