import type { WireWarning } from '../../shared/errors'
import type { Core } from './context'

export interface AfterCommitEffect {
  run(): void | Promise<void>
  ifFailed: WireWarning
}

/** The number the log has the cause under, as the dispatcher's internal errors do. */
function logged(core: Core, method: string, effect: AfterCommitEffect, err: unknown): string {
  const ref = core.newId().replace(/-/g, '').slice(-6).toUpperCase()
  try {
    core.log.error(ref, err, { method, afterCommit: effect.ifFailed.code })
  } catch {
    // The log is beside the data: when it cannot be written either, the number is all there is.
    return `编号 ${ref}，且无法写入日志`
  }
  return `已记录，编号 ${ref}`
}

/**
 * Runs a committed call's effects. Each failure is logged under a number and answered as its warning: the data is
 * saved, so the reply must still say success, and the clerk is told what did not happen and what to do.
 */
export async function runAfterCommit(core: Core, method: string, effects: readonly AfterCommitEffect[]): Promise<WireWarning[]> {
  const warnings: WireWarning[] = []
  for (const effect of effects) {
    try {
      await effect.run()
    } catch (err) {
      warnings.push({ code: effect.ifFailed.code, message: `${effect.ifFailed.message}（${logged(core, method, effect, err)}）` })
    }
  }
  return warnings
}
