import { userInfo } from 'node:os'
import type { MethodName, Result, Input } from '../../shared/contract/index'
import { AppError } from '../../shared/errors'
import type { GeneratedFile } from '../../shared/contract/types'
import type { Core } from '../core/context'
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
  close(): Promise<void>
}

export function createIo(
  dbPath: string,
  json: boolean,
  out: (text: string) => void,
  opts: { create?: boolean; warn?: (text: string) => void } = {},
): CliIo {
  // A warning means the call succeeded and something after it needs doing: stderr, exit code 0, stdout stays JSON.
  const warn = opts.warn ?? ((t: string) => void process.stderr.write(`${t}\n`))
  const warnAbout = (reply: { warnings?: readonly { message: string }[] }) => {
    for (const w of reply.warnings ?? []) warn(`警告：${w.message}`)
  }
  let core: Promise<Core> | undefined
  const caller = { user: { name: userInfo().username, role: 'admin' as const }, transport: 'cli' as const }
  const open = () => (core ??= openCore({ dbPath, create: opts.create ?? false }))
  return {
    json,
    dbPath,
    out,
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
      const reply = await dispatchTyped(await open(), caller, method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      warnAbout(reply)
      return reply.result
    },
    async callByName<M extends string>(method: M, input: unknown): Promise<ResultByName<M>> {
      const reply = await dispatch(await open(), caller, method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      warnAbout(reply)
      // The dispatcher ran the registry's handler for this method, whose type is the contract's result (as dispatchTyped).
      return reply.result as ResultByName<M>
    },
    async saveFile(file, dest) {
      await moveOutboxFile((await open()).dataDir, file.ref, dest)
    },
    async close() {
      // A database that failed to open was already reported by the call that tried; there is nothing to close.
      const opened = await core?.catch(() => undefined)
      if (opened) await opened.close()
    },
  }
}

