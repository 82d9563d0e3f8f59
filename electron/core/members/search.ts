import type { MemberHit } from '../../../shared/contract/members'
import { classifyMemberQuery, type MemberQueryPart } from '../../../shared/members/query'
import type { Db } from '../db/schema/index'
import type { ListWhere } from './list-queries'
import { toMemberSummary } from './mappers'
import { filterConditions, orgIdsNamed, searchMatches, searchPart, type ListFilter } from './queries'

const matchOf: Record<MemberQueryPart['by'], MemberHit['matchedBy']> = {
  name: 'name',
  nameRest: 'name',
  given: 'name',
  pinyin: 'pinyin',
  initials: 'initials',
  idPrefix: 'idNumber',
  idSuffix: 'idNumber',
  birthDate: 'birthDate',
  birthMonth: 'birthDate',
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
 * A list filter with its search text turned into the rowids it matches (every meaning of the text, each an index
 * range), so the search narrows the list like any other filter and the total counts every match.
 */
export async function listWhere(db: Db, filter: ListFilter, today: string): Promise<ListWhere> {
  const parts = filter.q ? classifyMemberQuery(filter.q) : []
  if (parts.length === 0) return { filter, today }
  const orgText = parts.find((p) => p.by === 'org')?.text
  const orgIds = orgText === undefined ? [] : (await orgIdsNamed(db, orgText)).map((o) => o.id)
  // A text no union's name contains means no union: that meaning adds no range.
  return { filter, today, matches: searchMatches(parts.filter((p) => p.by !== 'org' || orgIds.length > 0), orgIds) }
}

/** The WHERE conditions of a member list, the same for the screen and for 导出当前列表 (conditions on member only). */
export async function listConditions(db: Db, filter: ListFilter, today: string) {
  const w = await listWhere(db, filter, today)
  return filterConditions(w.filter, w.today, w.matches)
}
