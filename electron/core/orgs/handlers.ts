import type { OrgCounts, OrgDetail } from '../../../shared/contract/orgs'
import { AppError } from '../../../shared/errors'
import type { ReadContext } from '../context'
import { registerConstraintError } from '../db/constraint-errors'
import type { FeatureHandlers } from '../handler-types'
import { toEnterprise, toOrgSummary } from './mappers'
import {
  deleteEnterprises, enterpriseCounts, enterprisesOf, getOrgRow, insertOrg, listOrgRows, membersUsingEnterprises, moveOrgContents,
  orgCounts, updateOrg, upsertEnterprises,
} from './queries'

registerConstraintError('UNIQUE constraint failed: org.name', () => new AppError('CONFLICT', '已有同名的工会，请换一个名称或合并两者', { field: 'name' }))

async function countsOf(ctx: ReadContext, orgId?: string): Promise<Map<string, { counts: OrgCounts; active: number }>> {
  const rows = await orgCounts(ctx.db, orgId)
  return new Map(rows.map((r) => [r.org_id, { counts: { members: r.members, women: r.women ?? 0, migrant: r.migrant ?? 0, newForm: r.new_form ?? 0 }, active: r.active ?? 0 }]))
}

export async function orgDetail(ctx: ReadContext, id: string): Promise<OrgDetail> {
  const row = await getOrgRow(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '找不到该工会', { field: 'id' })
  const c = (await countsOf(ctx, id)).get(id)
  const enterprises = await enterprisesOf(ctx.db, id)
  const active = c?.active ?? 0
  return {
    ...toOrgSummary(row, c?.counts, enterprises.length),
    enterprises: enterprises.map(toEnterprise),
    dissolveBlockedReason: row.status !== 'active' ? '该工会已合并或撤销' : active > 0 ? `尚有 ${active} 名在会会员，请先办理转会或保留会籍` : null,
  }
}

export const orgsHandlers = {
  'orgs.list': async (ctx, { includeInactive }) => {
    const [rows, counts, ents] = [await listOrgRows(ctx.db, includeInactive), await countsOf(ctx), await enterpriseCounts(ctx.db)]
    const entBy = new Map(ents.map((e) => [e.org_id, e.n]))
    return rows.map((r) => toOrgSummary(r, counts.get(r.id)?.counts, entBy.get(r.id) ?? 0))
  },
  'orgs.get': async (ctx, { id }) => orgDetail(ctx, id),
  'orgs.save': async (ctx, input) => {
    const now = ctx.now()
    const existing = input.id ? await getOrgRow(ctx.trx, input.id) : undefined
    if (input.id && !existing) throw new AppError('NOT_FOUND', '找不到该工会', { field: 'id' })
    if (existing && existing.status !== 'active') throw new AppError('WORKFLOW_STATE', '已合并或撤销的工会不能修改', { field: 'id' })
    const id = existing?.id ?? ctx.newId()
    if (input.parentId) {
      if (input.parentId === id) throw new AppError('INVALID_INPUT', '「上级组织」不能是本工会自己', { field: 'parentId' })
      if (!(await getOrgRow(ctx.trx, input.parentId))) throw new AppError('NOT_FOUND', '找不到上级组织', { field: 'parentId' })
    }
    const fields = {
      name: input.name, credit_code: input.creditCode, type: input.type, parent_id: input.parentId, founded_on: input.foundedOn,
      chairman: input.chairman, contact_person: input.contactPerson, contact_phone: input.contactPhone, address: input.address, updated_at: now,
    }
    if (existing) await updateOrg(ctx.trx, id, fields)
    else await insertOrg(ctx.trx, { ...fields, id, status: 'active', merged_into: null, dissolved_on: null, created_at: now })
    const kept = new Set(input.enterprises.map((e) => e.id).filter((x) => x !== undefined))
    const current = new Set((await enterprisesOf(ctx.trx, id)).map((e) => e.id))
    // An id from another union would otherwise move that union's enterprise here, leaving its members behind.
    if ([...kept].some((eid) => !current.has(eid))) throw new AppError('NOT_FOUND', '要修改的企业不是本工会登记的覆盖企业', { field: 'enterprises' })
    const removed = [...current].filter((eid) => !kept.has(eid))
    const inUse = await membersUsingEnterprises(ctx.trx, removed)
    if (inUse > 0) throw new AppError('CONFLICT', `要删除的企业下还有 ${inUse} 名会员，请先调整他们的所属企业`, { field: 'enterprises' })
    await deleteEnterprises(ctx.trx, removed)
    await upsertEnterprises(ctx.trx, input.enterprises.map((e) => ({
      id: e.id ?? ctx.newId(), org_id: id, name: e.name, credit_code: e.creditCode, industry: e.industry, economic_type: e.economicType,
      address: e.address, employee_count: e.employeeCount,
    })))
    return orgDetail(ctx, id)
  },
  'orgs.merge': async (ctx, { fromId, intoId }) => {
    if (fromId === intoId) throw new AppError('INVALID_INPUT', '不能把工会合并到它自己', { field: 'intoId' })
    const [from, into] = [await getOrgRow(ctx.trx, fromId), await getOrgRow(ctx.trx, intoId)]
    if (!from) throw new AppError('NOT_FOUND', '找不到被合并的工会', { field: 'fromId' })
    if (!into) throw new AppError('NOT_FOUND', '找不到并入的工会', { field: 'intoId' })
    if (from.status !== 'active' || into.status !== 'active') throw new AppError('WORKFLOW_STATE', '只能合并两个正常状态的工会', { field: 'fromId' })
    const moved = await moveOrgContents(ctx.trx, fromId, intoId, ctx.now())
    const merged = { status: 'merged' as const, merged_into: intoId, updated_at: ctx.now() }
    await updateOrg(ctx.trx, fromId, merged)
    return { from: toOrgSummary({ ...from, ...merged }, undefined, 0), into: await orgDetail(ctx, intoId), movedMembers: moved.members, movedEnterprises: moved.enterprises }
  },
  'orgs.dissolve': async (ctx, { id, date }) => {
    const detail = await orgDetail(ctx, id)
    if (detail.dissolveBlockedReason) throw new AppError('CONFLICT', `不能撤销「${detail.name}」：${detail.dissolveBlockedReason}`, { field: 'id' })
    await updateOrg(ctx.trx, id, { status: 'dissolved', dissolved_on: date, updated_at: ctx.now() })
    return orgDetail(ctx, id)
  },
} satisfies FeatureHandlers<'orgs'>
