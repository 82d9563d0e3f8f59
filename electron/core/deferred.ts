import type { Reply, WireError } from '../../shared/errors'
import { runAfterCommit, type AfterCommitEffect } from './after-commit'
import { appendAudit } from './audit/append'
import type { Core, ReadContext, WriteContext } from './context'

const mark = Symbol('deferred')

/**
 * Work a write call leaves until its transaction has committed: rendering PDFs holds no lock, so it must not hold the
 * write lock either. The dispatcher runs it on the read connection and answers its output as the call's result.
 */
export interface Deferred<T> {
  readonly [mark]: true
  /** What the audit row records for the committed part (the serials taken, not a copy of the PDF). */
  readonly summary: unknown
  run(ctx: ReadContext): Promise<T>
  /**
   * When run fails after the commit: records, in a short transaction of its own, that the committed work produced
   * nothing, and says so in Chinese (appended to the error the clerk sees).
   */
  readonly failed?: (ctx: WriteContext) => Promise<string>
}

export function deferred<T>(run: (ctx: ReadContext) => Promise<T>, opts: { summary?: unknown; failed?: (ctx: WriteContext) => Promise<string> } = {}): Deferred<T> {
  return { [mark]: true, summary: opts.summary ?? null, run, failed: opts.failed }
}

/** The same deferred work with its output reshaped (a preview answers without serials). */
export function mapDeferred<T, U>(d: Deferred<T>, f: (out: T) => U): Deferred<U> {
  return { ...d, run: async (ctx) => f(await d.run(ctx)) }
}

export function isDeferred(x: unknown): x is Deferred<unknown> {
  return typeof x === 'object' && x !== null && mark in x
}

/** What a write call's audit row records as its outcome. */
export function auditedOutcome(out: unknown): unknown {
  return isDeferred(out) ? out.summary : out
}

/**
 * Runs a committed call's deferred work on the read connection. A failure is answered as the error it was, followed by
 * what `failed` wrote down (or that it could not), so the clerk knows the serials taken were not silently lost.
 */
export async function settleDeferred(
  core: Core,
  base: Omit<ReadContext, 'db'>,
  method: string,
  raw: unknown,
  d: Deferred<unknown>,
  toWire: (err: unknown) => WireError,
): Promise<Reply<unknown>> {
  try {
    return { ok: true, result: await d.run({ ...base, db: core.readDb }) }
  } catch (err) {
    const error = toWire(err)
    if (!d.failed) return { ok: false, error }
    const failed = d.failed
    try {
      const effects: AfterCommitEffect[] = []
      const note = await core.db.transaction().execute(async (trx) => {
        const ctx: WriteContext = { ...base, db: trx, trx, afterCommit: (run, ifFailed) => void effects.push({ run, ifFailed }) }
        const said = await failed(ctx)
        await appendAudit(ctx, method, { input: raw, outcome: { failedAfterCommit: error.code, note: said } })
        return said
      })
      await runAfterCommit(core, method, effects)
      return { ok: false, error: { ...error, message: `${error.message}。${note}` } }
    } catch (err2) {
      const second = toWire(err2)
      return { ok: false, error: { ...error, message: `${error.message}。记下这次失败时又出错：${second.message}` } }
    }
  }
}
