import type { MemberHit } from '../../../shared/contract/members'
import { classifyMemberQuery, type MemberQueryPart } from '../../../shared/members/query'
import type { Db } from '../db/schema/index'
import { toMemberSummary } from './mappers'
import { filterConditions, orgIdsNamed, searchPart, type ListFilter } from './queries'

const matchOf: Record<MemberQueryPart['by'], MemberHit['matchedBy']> = {
  name: 'name',
  nameRest: 'name',
  pinyin: 'pinyin',
  initials: 'initials',
  idPrefix: 'idNumber',
  idSuffix: 'idNumber',
  birthDate: 'birthDate',
  phone: 'phone',
  org: 'org',
}

export async function search(db: Db, today: string, p: { q: string; orgId?: string | undefined; limit: number }): Promise<MemberHit[]> {
  const hits = new Map<string, MemberHit>()
  for (const part of classifyMemberQuery(p.q)) {
    if (hits.size >= p.limit) break
    const orgIds = part.by === 'org' ? (await orgIdsNamed(db, part.text)).map((o) => o.id) : []
    if (part.by === 'org' && orgIds.length === 0) continue
    const rows = await searchPart(db, part, { limit: p.limit, orgIds, ...(p.orgId ? { orgId: p.orgId } : {}) })
    for (const row of rows) {
      if (hits.size >= p.limit) break
      if (!hits.has(row.id)) hits.set(row.id, { ...toMemberSummary(row, { today }), matchedBy: matchOf[part.by] })
    }
  }
  return [...hits.values()]
}

/**
 * The WHERE conditions of a member list, the same for the screen and for 导出当前列表: a search text is limited to its
 * first 500 matches, which the other filters then narrow.
 */
export async function listConditions(db: Db, filter: ListFilter, today: string) {
  const matchIds = filter.q ? (await search(db, today, { q: filter.q, limit: 500 })).map((h) => h.id) : undefined
  return filterConditions(filter, today, matchIds)
}
