/**
 * The figures of one period as the source queries count them: a value per figure key in total and per grassroots
 * union, and per key a reason (cannot be computed) or a note (computed, with a caveat).
 */
export interface Tally {
  total: Map<string, number>
  byOrg: Map<string, Map<string, number>>
  reasons: Map<string, string>
  notes: Map<string, string>
}

export function newTally(): Tally {
  return { total: new Map(), byOrg: new Map(), reasons: new Map(), notes: new Map() }
}

/** Adds a count to a union's column (null: a record without a union, counted in the total only) and to the total. */
export function addCount(t: Tally, key: string, orgId: string | null, n: number): void {
  t.total.set(key, (t.total.get(key) ?? 0) + n)
  if (orgId === null) return
  let column = t.byOrg.get(orgId)
  if (!column) t.byOrg.set(orgId, (column = new Map()))
  column.set(key, (column.get(key) ?? 0) + n)
}

/** A distinct count (persons, enterprises) whose total is not the sum of the unions' columns. */
export function setTotal(t: Tally, key: string, n: number): void {
  t.total.set(key, n)
}

/** Every figure whose key starts with `prefix` cannot be computed, for this reason. */
export function markUncomputable(t: Tally, prefix: string, reason: string): void {
  t.reasons.set(prefix, reason)
}

export function reasonFor(t: Tally, key: string): string | null {
  for (const [prefix, reason] of t.reasons) if (key === prefix || key.startsWith(`${prefix}.`)) return reason
  return null
}
