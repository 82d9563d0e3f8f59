import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import type { MethodName, Result, Input } from '../../shared/contract/index'
import { AppError } from '../../shared/errors'
import type { GeneratedFile } from '../../shared/contract/types'
import { recoveryOperator } from '../core/accounts/recovery'
import { pureCheckOperator, signIn } from '../core/accounts/sign-in'
import type { Operator } from '../core/access'
import type { Caller, Core } from '../core/context'
import { dispatch, dispatchTyped } from '../core/dispatch'
import { moveOutboxFile } from '../core/files/outbox'
import { openCore } from '../core/open-core'

/** The contract's result for a method name; unknown for a string only the dispatcher can judge. */
export type ResultByName<M extends string> = M extends MethodName ? Result<M> : unknown

/** A wrong command line: exit code 2, with the usage text. */
export class UsageError extends Error {}

export interface CliIo {
  json: boolean
  dbPath: string
  out(text: string): void
  /** Calls one contract method; a refusal becomes an AppError (exit code 1). */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>
  /**
   * Input not known to the compiler (a JSON file, `uniondesk call`'s argument): the dispatcher checks it against the
   * contract like every other call's input. A contract method name gives its typed result; any other string, unknown.
   */
  callByName<M extends string>(method: M, input: unknown): Promise<ResultByName<M>>
  /** Moves a file a call generated from the core's outbox to `dest` (replacing it whole, never half written). */
  saveFile(file: GeneratedFile, dest: string): Promise<void>
  /** A password for an account being made or reset: UNIONDESK_NEW_PASSWORD, or typed twice at a terminal. */
  newPassword(): Promise<string>
  close(): Promise<void>
}

/** Where a command's caller comes from: a login (the default), the pure check's empty database, or a recovery file. */
export type SignInMode = 'account' | 'pureCheck' | 'recovery'

export interface Terminal {
  interactive: boolean
  /** Asks one line; `hidden` does not echo it (a password). */
  ask(question: string, hidden: boolean): Promise<string>
}

/** The process's own terminal: prompts go to stderr, so stdout stays the command's output (JSON with --json). */
export const processTerminal: Terminal = {
  interactive: process.stdin.isTTY === true && process.stderr.isTTY === true,
  ask(question, hidden) {
    let muted = false
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!muted) process.stderr.write(chunk)
        done()
      },
    })
    const rl = createInterface({ input: process.stdin, output, terminal: true })
    return new Promise((resolve) => {
      rl.question(question, (answer) => {
        rl.close()
        if (hidden) process.stderr.write('\n')
        resolve(answer)
      })
      muted = hidden
    })
  },
}

const noCredentials = () =>
  new AppError(
    'UNAUTHORIZED',
    '需要登录：请设置环境变量 UNIONDESK_USER 和 UNIONDESK_PASSWORD（新数据库由 init 用它们创建管理员），或在终端中运行本命令以输入用户名和密码',
  )

/** The command's Operator, always from core: credentials, the pure check's empty database, or the recovery file. */
async function cliOperator(core: Core, mode: SignInMode, env: NodeJS.ProcessEnv, terminal: Terminal): Promise<Operator> {
  if (mode === 'pureCheck') return pureCheckOperator(core)
  if (mode === 'recovery') return recoveryOperator(core, Date.now())
  let name = env.UNIONDESK_USER ?? ''
  let password = env.UNIONDESK_PASSWORD ?? ''
  if (name === '' || password === '') {
    if (!terminal.interactive) throw noCredentials()
    if (name === '') name = (await terminal.ask('用户名：', false)).trim()
    if (password === '') password = await terminal.ask('密码：', true)
    if (name === '' || password === '') throw noCredentials()
  }
  return (await signIn(core, name, password, 'cli')).operator
}

async function askNewPassword(env: NodeJS.ProcessEnv, terminal: Terminal): Promise<string> {
  const given = env.UNIONDESK_NEW_PASSWORD
  if (given) return given
  if (!terminal.interactive) throw new AppError('INVALID_INPUT', '请用环境变量 UNIONDESK_NEW_PASSWORD 给出新密码，或在终端中运行本命令以输入', { field: 'password' })
  const first = await terminal.ask('新密码：', true)
  const again = await terminal.ask('再输入一次：', true)
  if (first !== again) throw new AppError('INVALID_INPUT', '两次输入的密码不一致', { field: 'password' })
  return first
}

export function createIo(
  dbPath: string,
  json: boolean,
  out: (text: string) => void,
  opts: { create?: boolean; warn?: (text: string) => void; signIn?: SignInMode; env?: NodeJS.ProcessEnv; terminal?: Terminal } = {},
): CliIo {
  // A warning means the call succeeded and something after it needs doing: stderr, exit code 0, stdout stays JSON.
  const warn = opts.warn ?? ((t: string) => void process.stderr.write(`${t}\n`))
  const warnAbout = (reply: { warnings?: readonly { message: string }[] }) => {
    for (const w of reply.warnings ?? []) warn(`警告：${w.message}`)
  }
  let core: Promise<Core> | undefined
  const env = opts.env ?? process.env
  const terminal = opts.terminal ?? processTerminal
  const open = () => (core ??= openCore({ dbPath, create: opts.create ?? false }))
  let signedIn: Promise<Caller> | undefined
  // Signed in once, at the first call: a command that fails before calling (a usage error) asks for nothing.
  const caller = () =>
    (signedIn ??= open().then(async (c): Promise<Caller> => ({ user: await cliOperator(c, opts.signIn ?? 'account', env, terminal), transport: 'cli' })))
  return {
    json,
    dbPath,
    out,
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
      const reply = await dispatchTyped(await open(), await caller(), method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      warnAbout(reply)
      return reply.result
    },
    async callByName<M extends string>(method: M, input: unknown): Promise<ResultByName<M>> {
      const reply = await dispatch(await open(), await caller(), method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      warnAbout(reply)
      // The dispatcher ran the registry's handler for this method, whose type is the contract's result (as dispatchTyped).
      return reply.result as ResultByName<M>
    },
    async saveFile(file, dest) {
      await moveOutboxFile((await open()).dataDir, file.ref, dest)
    },
    newPassword: () => askNewPassword(env, terminal),
    async close() {
      // A database that failed to open was already reported by the call that tried; there is nothing to close.
      const opened = await core?.catch(() => undefined)
      if (opened) await opened.close()
    },
  }
}

