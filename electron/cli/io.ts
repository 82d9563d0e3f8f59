import { userInfo } from 'node:os'
import type { MethodName, Result, Input } from '../../shared/contract/index'
import { AppError } from '../../shared/errors'
import type { Core } from '../core/context'
import { dispatch, dispatchTyped } from '../core/dispatch'
import { openCore } from '../core/open-core'

/** A wrong command line: exit code 2, with the usage text. */
export class UsageError extends Error {}

export interface CliIo {
  json: boolean
  dbPath: string
  out(text: string): void
  /** Calls one contract method; a refusal becomes an AppError (exit code 1). */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>
  /** For `uniondesk call`: any method by name, input checked by the dispatcher like every other call. */
  callByName(method: string, input: unknown): Promise<unknown>
  close(): Promise<void>
}

export function createIo(dbPath: string, json: boolean, out: (text: string) => void): CliIo {
  let core: Promise<Core> | undefined
  const caller = { user: { name: userInfo().username, role: 'admin' as const }, transport: 'cli' as const }
  const open = () => (core ??= openCore({ dbPath }))
  return {
    json,
    dbPath,
    out,
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
      const reply = await dispatchTyped(await open(), caller, method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      return reply.result
    },
    async callByName(method, input) {
      const reply = await dispatch(await open(), caller, method, input)
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error)
      return reply.result
    },
    async close() {
      if (core) await (await core).close()
    },
  }
}

