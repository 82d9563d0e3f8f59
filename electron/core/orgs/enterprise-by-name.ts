import { enterpriseInput, orgLabels } from '../../../shared/contract/orgs'
import { AppError, zodToAppError } from '../../../shared/errors'
import type { WriteContext } from '../context'
import { upsertEnterprises } from './queries'

export interface ResolvedEnterprise {
  id: string
  orgId: string
  /** The register's headcount (职工人数); null when the register does not know it. */
  workers: number | null
}

/**
 * Resolves enterprise names as written in the register (collective contracts, workers' congresses: records typed from
 * paper). A name the register does not hold yet is added under the grassroots union `unionName` (which must exist and be
 * active); without a union such a name is refused, naming it. A name held by several unions is taken from `unionName`'s
 * register, and refused as ambiguous without one. Runs in the caller's write transaction, so a refusal adds nothing.
 */
export async function resolveEnterprises(ctx: WriteContext, names: string[], unionName?: string): Promise<Map<string, ResolvedEnterprise>> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))]
  const out = new Map<string, ResolvedEnterprise>()
  if (wanted.length === 0) return out
  const union = unionName?.trim() ? await activeUnionByName(ctx, unionName.trim()) : undefined
  const rows = await ctx.trx.selectFrom('enterprise').select(['id', 'org_id', 'name', 'employee_count']).where('name', 'in', wanted).execute()
  const byName = new Map<string, typeof rows>()
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r])
  const toAdd: string[] = []
  for (const name of wanted) {
    const found = byName.get(name) ?? []
    const pick = found.length === 1 ? found[0] : found.find((r) => r.org_id === union?.id)
    if (pick) out.set(name, { id: pick.id, orgId: pick.org_id, workers: pick.employee_count })
    else if (found.length > 1) throw new AppError('INVALID_INPUT', `企业「${name}」在${found.length}个工会下都有登记，请用「union」指明所属基层工会`, { field: 'enterprises' })
    else if (!union) throw new AppError('NOT_FOUND', `企业「${name}」不在企业名录中；如需新增，请用「union」指明其所属基层工会`, { field: 'enterprises' })
    else toAdd.push(name)
  }
  if (union && toAdd.length) {
    const added = toAdd.map((name) => {
      // The same validation as an enterprise saved from the union's page.
      const parsed = enterpriseInput.safeParse({ name })
      if (!parsed.success) throw zodToAppError(parsed.error, { ...orgLabels, name: `企业「${name}」名称` })
      return { id: ctx.newId(), org_id: union.id, name: parsed.data.name, credit_code: null, industry: null, economic_type: null, address: null, employee_count: null }
    })
    await upsertEnterprises(ctx.trx, added)
    for (const a of added) out.set(a.name, { id: a.id, orgId: a.org_id, workers: null })
  }
  return out
}

async function activeUnionByName(ctx: WriteContext, name: string): Promise<{ id: string }> {
  const org = await ctx.trx.selectFrom('org').select(['id', 'status']).where('name', '=', name).executeTakeFirst()
  if (!org) throw new AppError('NOT_FOUND', `找不到基层工会「${name}」，请先在组织管理中登记`, { field: 'union' })
  if (org.status !== 'active') throw new AppError('WORKFLOW_STATE', `基层工会「${name}」已合并或撤销，不能再登记企业`, { field: 'union' })
  return org
}
