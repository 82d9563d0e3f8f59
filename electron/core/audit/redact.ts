import { createHash } from 'node:crypto'
import { personalKindOf } from '../../../shared/contract/personal-fields'
import { maskPersonal } from '../../../shared/members/masking'

/** A long list (a 20,000-row aid list, an import's issues) is summarised: the trail records what happened, not the data. */
const maxListItems = 50

/** An upload's content: the SHA-256 of its bytes (the attachment store files scans under the same hash), never the bytes. */
export function fileDigest(base64: string): string {
  return `sha256:${createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex')}`
}

/**
 * A call's input or outcome as the audit trail may keep it: every field the contract marks personal
 * (shared/contract/personal-fields.ts) masked wherever it occurs, file contents replaced by their hash, the method's
 * secret fields (passwords) left out altogether.
 */
export function redactForAudit(value: unknown, secret: readonly string[] = []): unknown {
  if (Array.isArray(value)) {
    const items = value.slice(0, maxListItems).map((v) => redactForAudit(v, secret))
    return value.length > maxListItems ? [...items, `…（共 ${value.length} 项，只记前 ${maxListItems} 项）`] : items
  }
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [field, v] of Object.entries(value)) {
    if (secret.includes(field) || v === undefined) continue
    const kind = personalKindOf(field)
    if (kind === undefined || typeof v !== 'string') out[field] = redactForAudit(v, secret)
    else out[field] = kind === 'file' ? fileDigest(v) : maskPersonal(kind, v)
  }
  return out
}

/** The record ids a call touched: the input's id and …Id fields, and the result's id (or its record's, e.g. result.member.id). */
export function recordIdsOf(input: unknown, result: unknown): string[] {
  const ids = new Set<string>()
  const take = (v: unknown) => {
    if (typeof v === 'string' && v !== '') ids.add(v)
    else if (Array.isArray(v)) for (const x of v.slice(0, maxListItems)) if (typeof x === 'string' && x !== '') ids.add(x)
  }
  if (isRecord(input)) for (const [k, v] of Object.entries(input)) if (k === 'id' || k === 'ids' || /[a-z]Ids?$/.test(k)) take(v)
  if (isRecord(result)) {
    take(result['id'])
    for (const v of Object.values(result)) if (isRecord(v)) take(v['id'])
  }
  return [...ids].slice(0, 100)
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
