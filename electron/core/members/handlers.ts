import type { MemberHit, MemberPage } from '../../../shared/contract/members'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { checkIdNumber, normalizeIdText } from '../../../shared/identity/id-number'
import { classifyMemberQuery, type MemberQueryPart } from '../../../shared/members/query'
import type { ReadContext } from '../context'
import { registerConstraintError } from '../db/constraint-errors'
import type { Db } from '../db/schema/index'
import type { FeatureHandlers } from '../handler-types'
import { exportMembers } from './export'
import { commitImport, previewImport, rememberedMapping } from './import-service'
import { toMemberSummary } from './mappers'
import { countFromTally, countMembers, filterConditions, listPage, orgIdsNamed, searchPart, type ListFilter } from './queries'
import { loadDetail, recordEvent, saveMember, transferMember } from './service'

// SQLite names the columns of a failed unique index, not the index: member.id_number is only unique in
// member_one_active_per_id (在会/保留), so this message can only come from that index.
registerConstraintError(
  'UNIQUE constraint failed: member.id_number',
  () => new AppError('MEMBER_ACTIVE_ELSEWHERE', '此证件号码已有在会或保留会籍的会员记录，一人只能有一个有效会籍', { field: 'idNumber' }),
)

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

async function search(db: Db, today: string, p: { q: string; orgId?: string | undefined; limit: number }): Promise<MemberHit[]> {
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

/** A list with a search text is limited to the first 500 matches, then filtered, sorted and paged like any list. */
async function list(ctx: ReadContext, input: ListFilter & { sort: 'name' | 'birthDate' | 'updatedAt' | 'createdAt'; order: 'asc' | 'desc'; page: number; pageSize: number }, unmasked: boolean): Promise<MemberPage> {
  const today = todayIn(ctx.now())
  const matchIds = input.q ? (await search(ctx.db, today, { q: input.q, limit: 500 })).map((h) => h.id) : undefined
  const conds = filterConditions(input, today, matchIds)
  const tallied = !input.q && input.ageMin === undefined && input.ageMax === undefined
  const [total, rows] = await Promise.all([
    tallied ? countFromTally(ctx.db, input) : countMembers(ctx.db, conds),
    listPage(ctx.db, { conds, sort: input.sort, order: input.order, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
  ])
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => toMemberSummary(r, { today, unmasked })) }
}

export const membersHandlers = {
  'members.search': async (ctx, input) => search(ctx.db, todayIn(ctx.now()), input),
  'members.list': async (ctx, input) => list(ctx, input, false),
  'members.get': async (ctx, input) => loadDetail(ctx, input.id ? { id: input.id } : { idNumber: normalizeIdText(input.idNumber ?? '') }),
  'members.save': async (ctx, input) => saveMember(ctx, input),
  'members.event': async (ctx, input) => recordEvent(ctx, input),
  'members.transfer': async (ctx, input) => transferMember(ctx, input),
  'members.idCheck': async (ctx, { value }) => {
    const c = checkIdNumber(value, { today: todayIn(ctx.now()) })
    return { valid: c.valid, normalized: c.normalized, kind: c.kind, birthDate: c.birthDate, gender: c.gender, warnings: c.warnings, error: c.error }
  },
  'members.importPreview': async (ctx, input) => previewImport(ctx, input),
  'members.importCommit': async (ctx, input) => commitImport(ctx, input),
  'members.importMapping': async (ctx) => rememberedMapping(ctx.db),
  'members.export': async (ctx, input) => exportMembers(ctx, input, false),
  'members.exportUnmasked': async (ctx, input) => exportMembers(ctx, input, true),
  'members.revealDetail': async (ctx, input) => loadDetail(ctx, { id: input.id }, true),
  'members.revealList': async (ctx, input) => list(ctx, input, true),
} satisfies FeatureHandlers<'members'>
