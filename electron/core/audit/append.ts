import type { WriteContext } from '../context'
import { insertAudit } from './queries'

/** Long results (an import of 100,000 rows) are summarised: the trail records what happened, not a copy of the data. */
const maxStored = 4000

function clip(value: unknown): string {
  const text = JSON.stringify(value ?? null)
  return text.length <= maxStored ? text : `${text.slice(0, maxStored)}…（共 ${text.length} 字符）`
}

export async function appendAudit(ctx: WriteContext, method: string, input: unknown, result: unknown): Promise<void> {
  await insertAudit(ctx.trx, {
    id: ctx.newId(),
    at: ctx.now(),
    actor: `${ctx.caller.user.name}@${ctx.caller.transport}`,
    method,
    input_json: clip(input),
    outcome_json: clip(result),
  })
}
