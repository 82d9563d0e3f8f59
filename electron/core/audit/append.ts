import { contract, isMethodName } from '../../../shared/contract/index'
import type { MethodSpec } from '../../../shared/contract/types'
import type { ReadContext, WriteContext } from '../context'
import { diffRecords, inputChanges, type AuditChange } from './changes'
import { auditHmac, genesisHash, type AuditEntry } from './hash-chain'
import { auditKeyForWrite } from './key'
import { insertAuditRow, lastAuditLink } from './queries'
import { isRecord, recordIdsOf, redactForAudit } from './redact'

/** Long texts are cut after masking, so a cut never reveals what masking hid. */
const maxStored = 8000

function clip(value: unknown): string {
  const text = JSON.stringify(value ?? null)
  return text.length <= maxStored ? text : `${text.slice(0, maxStored)}…（共 ${text.length} 字符）`
}

function specOf(method: string): MethodSpec | undefined {
  return isMethodName(method) ? contract[method] : undefined
}

export type ReadHandler = (ctx: ReadContext, input: unknown) => Promise<unknown>

/** What a write call's row records besides the method: what changed (masked) and the outcome (masked, summarised). */
export interface AuditFacts {
  input: unknown
  outcome: unknown
  changes?: AuditChange[]
}

/** Appends one row to the keyed chain, in the caller's transaction: the row lands with the write or not at all. */
export async function appendAudit(ctx: WriteContext, method: string, facts: AuditFacts): Promise<void> {
  const secret = specOf(method)?.secret ?? []
  const key = await auditKeyForWrite(ctx.core, ctx.trx)
  const last = await lastAuditLink(ctx.trx)
  const reason = isRecord(facts.input) && typeof facts.input['reason'] === 'string' ? facts.input['reason'] : null
  const entry: AuditEntry = {
    seq: (last?.seq ?? 0) + 1,
    id: ctx.newId(),
    at: ctx.now(),
    actor: ctx.caller.user.name,
    transport: ctx.caller.transport,
    method,
    record_ids: JSON.stringify(recordIdsOf(facts.input, facts.outcome)),
    changes_json: clip(facts.changes ?? inputChanges(facts.input, secret)),
    input_json: clip(redactForAudit(facts.input, secret)),
    outcome_json: clip(redactForAudit(facts.outcome, secret)),
    reason,
  }
  const prev = last?.hash ?? genesisHash
  await insertAuditRow(ctx.trx, { ...entry, chain: 'hmac', prev_hash: prev, hash: auditHmac(key.key, prev, entry) })
}

/**
 * Starts a write call's audit: when the contract names the record the method changes (`auditRecord`), reads it as it
 * is now, so that after the handler the row can list each changed field before and after. Returns the append to call
 * with the handler's outcome.
 */
export async function beginAudit(
  ctx: WriteContext,
  method: string,
  input: unknown,
  readHandler: (method: string) => ReadHandler | undefined,
): Promise<(outcome: unknown) => Promise<void>> {
  const spec = specOf(method)
  const target = spec?.auditRecord
  const read = target ? readHandler(target.read) : undefined
  const readSpec = target ? specOf(target.read) : undefined
  if (!spec || !target || !read || !readSpec) return (outcome) => appendAudit(ctx, method, { input, outcome })
  const snapshot = async (id: unknown): Promise<unknown> => {
    if (typeof id !== 'string' || id === '') return null
    const parsed = readSpec.input.safeParse({ id })
    if (!parsed.success) return null
    // A record that is not there (yet, or any more) is simply none; anything else is the call's failure.
    return read(ctx, parsed.data).catch((err: unknown) => {
      if (isRecord(err) && err['code'] === 'NOT_FOUND') return null
      throw err
    })
  }
  const givenId = isRecord(input) ? input[target.id] : undefined
  const before = await snapshot(givenId)
  return async (outcome) => {
    const after = await snapshot(typeof givenId === 'string' ? givenId : recordIdsOf({}, outcome)[0])
    const changes = diffRecords(before, after, spec.labels, spec.secret ?? [])
    await appendAudit(ctx, method, { input, outcome, changes })
  }
}
