import type { Db } from '../db/schema/index'
import type { MemberRow } from '../db/schema/member'
import { AppError } from '../../../shared/errors'

/** Active unions by name and their enterprises, for resolving the 所属工会 / 所属企业 columns. The org table is small. */
export async function importLookups(db: Db, defaultOrgId: string | undefined) {
  const orgs = await db.selectFrom('org').select(['id', 'name', 'status']).execute()
  const active = orgs.filter((o) => o.status === 'active')
  if (defaultOrgId && !active.some((o) => o.id === defaultOrgId)) throw new AppError('NOT_FOUND', '默认所属工会不存在或已合并、撤销', { field: 'defaultOrgId' })
  const enterprises = await db.selectFrom('enterprise').select(['id', 'org_id', 'name']).execute()
  // An enterprise name held under one active union only names that union; a name several unions hold names none.
  const activeIds = new Set(active.map((o) => o.id))
  const unionsOf = new Map<string, Set<string>>()
  for (const e of enterprises) if (activeIds.has(e.org_id)) unionsOf.set(e.name, (unionsOf.get(e.name) ?? new Set()).add(e.org_id))
  const orgByEnterpriseName = new Map([...unionsOf].filter(([, ids]) => ids.size === 1).map(([name, ids]) => [name, [...ids][0] ?? '']))
  return {
    defaultOrgId,
    orgByEnterpriseName,
    orgByName: new Map(active.map((o) => [o.name, o.id])),
    enterpriseByOrgAndName: new Map(enterprises.map((e) => [`${e.org_id}\u0000${e.name}`, e.id])),
  }
}

/** Existing members for the file's ID numbers, looked up 500 at a time through the id_number index. */
export async function existingByIdNumbers(db: Db, idNumbers: string[]): Promise<Map<string, MemberRow>> {
  const out = new Map<string, MemberRow>()
  for (let i = 0; i < idNumbers.length; i += 500) {
    const rows = await db.selectFrom('member').selectAll().where('id_number', 'in', idNumbers.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.id_number, r)
  }
  return out
}
