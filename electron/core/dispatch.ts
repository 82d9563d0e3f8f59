import { contract, isMethodName, type Input, type MethodName, type Result } from '../../shared/contract/index'
import { AppError, zodToAppError, type Reply, type WireError } from '../../shared/errors'
import { requirePermission } from './access'
import { appendAudit } from './audit/append'
import type { Caller, Core, ReadContext, WriteContext } from './context'
import { constraintError, isDiskFull } from './db/constraint-errors'
import { registry } from './registry'

type AnyHandler = (ctx: ReadContext | WriteContext, input: unknown) => Promise<unknown>

/** The one place a method name is a runtime string; the registry's type guarantees the handler matches the spec. */
function handlerFor(method: MethodName): AnyHandler {
  return registry[method] as AnyHandler
}

function parseInput(method: MethodName, raw: unknown): unknown {
  const spec = contract[method]
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
    if (!spec.writes) return { ok: true, result: await handler({ ...base, db: core.db }, input) }
    const effects: Array<() => void | Promise<void>> = []
    const result = await core.db.transaction().execute(async (trx) => {
      const ctx: WriteContext = { ...base, db: trx, trx, afterCommit: (e) => void effects.push(e) }
      const out = await handler(ctx, input)
      await appendAudit(ctx, method, raw, out)
      return out
    })
    for (const effect of effects) await effect()
    return { ok: true, result }
  } catch (err) {
    return { ok: false, error: toWireError(core, method, err) }
  }
}

function toWireError(core: Core, method: string, err: unknown): WireError {
  if (err instanceof AppError) return err.toWire()
  const known = constraintError(err)
  if (known) return known.toWire()
  if (isDiskFull(err)) return { code: 'DISK_FULL', message: '磁盘空间已满，本次操作未保存，数据保持原样。请清理磁盘后重试。' }
  const ref = core.newId().replace(/-/g, '').slice(-6).toUpperCase()
  core.log.error(ref, err, { method })
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
