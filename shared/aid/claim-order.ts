/**
 * The one order of a member's claims: by date, and within a day by entry. Entry order is the id: ids are UUIDv7 (time
 * first, and `pooledUuidV7` keeps them increasing within a millisecond), so they always increase where `created_at`
 * does not — every claim of one bulk call shares one `created_at`.
 */
export interface OrderedClaim {
  id: string
  /** YYYY-MM-DD */
  date: string
}

export function compareClaims(a: OrderedClaim, b: OrderedClaim): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** True when `claim` comes before `self`, so `self`'s amount is computed on it. */
export function isEarlierClaim(claim: OrderedClaim, self: OrderedClaim): boolean {
  return compareClaims(claim, self) < 0
}
