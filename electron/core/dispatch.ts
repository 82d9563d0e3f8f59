import { z } from 'zod'
import { contract, isMethodName, type Input, type MethodName, type Result } from '../../shared/contract/index'
import type { MethodSpec } from '../../shared/contract/types'
import { AppError, zodToAppError, type Reply, type WireError } from '../../shared/errors'
import { requirePermission } from './access'
import { runAfterCommit, type AfterCommitEffect } from './after-commit'
import { beginAudit } from './audit/append'
import { auditedOutcome, isDeferred, settleDeferred } from './deferred'
import type { Caller, Core, ReadContext, WriteContext } from './context'
import { constraintError, databaseError, dbMessages } from './db/constraint-errors'
import { forgetChecked } from './db/integrity'
import { requirePlainData } from './plain-data'
import { registry } from './registry'

type AnyHandler = (ctx: ReadContext | WriteContext, input: unknown) => Promise<unknown>

/** The one place a method name is a runtime string; the registry's type guarantees the handler matches the spec. */
function handlerFor(method: MethodName): AnyHandler {
  return registry[method] as AnyHandler
}

/** A read method of the contract, for the audit row's view of a record before and after a write (contract auditRecord). */
function readHandlerFor(name: string): AnyHandler | undefined {
  return isMethodName(name) && contract[name].writes === false ? handlerFor(name) : undefined
}

function parseInput(method: MethodName, raw: unknown): unknown {
  const spec = contract[method]
  requirePlainData(raw, spec.labels)
  // reportInput lets the message tell 「应为整数」 from 「不能为空」.
  const parsed = spec.input.safeParse(raw ?? {}, { reportInput: true })
  if (!parsed.success) throw zodToAppError(parsed.error, spec.labels)
  return parsed.data
}

/** Validate, check permission, run in one transaction with its audit row when it writes, and answer one envelope. */
export async function dispatch(core: Core, caller: Caller, method: string, raw: unknown): Promise<Reply<unknown>> {
  try {
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `没有这个功能：${method}`)
    const spec = contract[method]
    const input = parseInput(method, raw)
    requirePermission(caller.user, spec.permission)
    const handler = handlerFor(method)
    const base = { core, caller, now: core.now, newId: core.newId }
    if (!callWrites(spec.writes, input)) {
      const readCtx = { ...base, db: core.readDb }
      const out = await handler(readCtx, input)
      return { ok: true, result: isDeferred(out) ? await out.run(readCtx) : out }
    }
    if (core.readOnly) throw new AppError('DB_READONLY', dbMessages.readOnly(core.dbPath))
    const effects: AfterCommitEffect[] = []
    const out = await core.db.transaction().execute(async (trx) => {
      const ctx: WriteContext = { ...base, db: trx, trx, afterCommit: (run, ifFailed) => void effects.push({ run, ifFailed }) }
      // The audit row (masked by the contract's personal-field marks) lands in the same transaction as the write.
      const audited = await beginAudit(ctx, method, withoutSecrets(secretFields(spec), input), readHandlerFor)
      const done = await handler(ctx, input)
      await audited(auditedOutcome(done))
      return done
    })
    // Committed: from here on the call has succeeded, and a failed effect is a warning beside the result.
    const warnings = await runAfterCommit(core, method, effects)
    // Work left until after the commit (rendering PDFs) runs without the write lock, on the read connection.
    const reply = isDeferred(out) ? await settleDeferred(core, base, method, raw, out, (err) => toWireError(core, method, err)) : { ok: true as const, result: out }
    return reply.ok && warnings.length > 0 ? { ...reply, warnings } : reply
  } catch (err) {
    return { ok: false, error: toWireError(core, method, err) }
  }
}

const secretFields = (spec: MethodSpec) => spec.secret

/** Passwords never reach the audit trail or a log, not even masked: the field is kept, its value is not. */
function withoutSecrets(secret: readonly string[] | undefined, raw: unknown): unknown {
  if (!secret || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, secret.includes(k) ? '（已隐去）' : v]))
}

/** Whether this call writes: the contract says so, or (a check-only import) the input's dryRun says it only reads. */
function callWrites(writes: MethodSpec['writes'], input: unknown): boolean {
  if (writes !== 'unlessDryRun') return writes
  return !dryRunInput.safeParse(input).success
}
const dryRunInput = z.object({ dryRun: z.literal(true) })

/** An error as it crosses to the caller: AppErrors as they are, known database failures in Chinese, anything else logged. */
export function toWireError(core: Core, method: string, err: unknown): WireError {
  if (err instanceof AppError) return err.toWire()
  const known = constraintError(err) ?? databaseError(err, core.dbPath)
  // Damage met by any call: the next open runs the integrity check again instead of trusting today's mark.
  if (known?.code === 'DB_CORRUPT') forgetChecked(core.dbPath)
  if (known) return known.toWire()
  const ref = core.newId().replace(/-/g, '').slice(-6).toUpperCase()
  try {
    core.log.error(ref, err, { method })
  } catch {
    // The log is beside the database: when it cannot be written either (a full disk), the number is all there is.
    return { code: 'INTERNAL', message: `系统内部错误（编号 ${ref}），且无法写入日志` }
  }
  return { code: 'INTERNAL', message: `系统内部错误，已记录（编号 ${ref}）` }
}

/** For in-process callers (CLI, tests): the same dispatch, with the result typed by the contract. */
export async function dispatchTyped<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: Input<M>,
): Promise<Reply<Result<M>>> {
  return (await dispatch(core, caller, method, input)) as Reply<Result<M>>
}
