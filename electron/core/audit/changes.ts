import { isRecord, redactForAudit } from './redact'

/** One changed field: its contract name, and its (masked) value before and after; a new record has no `before`. */
export interface AuditChange {
  field: string
  before?: unknown
  after?: unknown
}

/** Bookkeeping fields every save changes; listing them would hide the fields that did change. */
const ignored = new Set(['id', 'updatedAt', 'createdAt', 'allowedEvents'])

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * The fields that differ between the record as it was and as it is (both as the contract's read method shows them),
 * masked. A record that did not exist before lists every field it has; one that is gone lists what it had.
 */
export function diffRecords(before: unknown, after: unknown, fields: Readonly<Record<string, string>>, secret: readonly string[]): AuditChange[] {
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const changes: AuditChange[] = []
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    // Only the fields the method's contract names (its labels): derived ones (age, the union's name) follow from them.
    if (ignored.has(field) || secret.includes(field) || !Object.hasOwn(fields, field)) continue
    // A new record lists what it has, not every empty field; a removed one what it had.
    if ((before === null && empty(a[field])) || (after === null && empty(b[field]))) continue
    const was = redactForAudit({ [field]: b[field] }, secret)
    const now = redactForAudit({ [field]: a[field] }, secret)
    if (JSON.stringify(was) === JSON.stringify(now)) continue
    const change: AuditChange = { field }
    if (isRecord(was) && field in was && before !== null) change.before = was[field]
    if (isRecord(now) && field in now && after !== null) change.after = now[field]
    changes.push(change)
  }
  return changes
}

/** Without a record to compare: the fields the input set, as the "after" values (masked); the reason has its own column. */
export function inputChanges(input: unknown, secret: readonly string[]): AuditChange[] {
  const masked = redactForAudit(input, secret)
  if (!isRecord(masked)) return []
  return Object.entries(masked)
    .filter(([field]) => field !== 'reason')
    .map(([field, after]) => ({ field, after }))
}
