import { z } from 'zod'
import type { FederationFigures, FederationStatistics, FederationStatisticsRow } from '../../../../shared/contract/federation-views'
import { newFormTypes, type NewFormType } from '../../../../shared/members/fields'
import { AppError } from '../../../../shared/errors'
import type { Db } from '../../db/schema/index'
import { leftOutSides } from './left-out'
import { officeById, officeNames } from './office-queries'
import {
  aidSums, contractSums, leftOutMemberCounts, leftOutNewMemberCounts, memberCounts, newMemberCounts, officeOrgRecords,
  type MemberCountRow, type Period, type Scope,
} from './statistics-queries'

export function emptyFigures(): FederationFigures {
  const byType: Record<NewFormType, number> = { 快递员: 0, 外卖送餐员: 0, 网约车司机: 0, 货车司机: 0, 网约家政: 0, 其他: 0 }
  return { active: 0, retained: 0, women: 0, migrant: 0, newForm: 0, newFormByType: byType, newMembers: 0, contracts: 0, contractWorkers: 0, aidPaidFen: 0, aidPayments: 0 }
}

const isNewForm = (t: string | null): t is NewFormType => newFormTypes.some((n) => n === t)

/** As the office's annual return counts: 保留 apart, women, 农民工 and new-form among those 在会. */
function addMembers(f: FederationFigures, r: MemberCountRow, sign: 1 | -1): void {
  const n = sign * r.n
  if (r.status !== 'active' && r.status !== 'retained') return
  if (r.status === 'retained') {
    f.retained += n
    return
  }
  f.active += n
  if (r.gender === '女') f.women += n
  if (r.is_migrant === 1) f.migrant += n
  if (isNewForm(r.new_form_type)) {
    f.newForm += n
    f.newFormByType[r.new_form_type] += n
  }
}

function sumInto(total: FederationFigures, f: FederationFigures): void {
  total.active += f.active
  total.retained += f.retained
  total.women += f.women
  total.migrant += f.migrant
  total.newForm += f.newForm
  for (const t of newFormTypes) total.newFormByType[t] += f.newFormByType[t]
  total.newMembers += f.newMembers
  total.contracts += f.contracts
  total.contractWorkers += f.contractWorkers
  total.aidPaidFen += f.aidPaidFen
  total.aidPayments += f.aidPayments
}

const orgName = z.object({ name: z.string() })

/** Row labels: every registered office, or (drill-down) every grassroots union the office carried; '' = none named. */
async function rowLabels(db: Db, scope: Scope): Promise<Map<string, string>> {
  if (scope.officeId === null) return officeNames(db)
  const labels = new Map<string, string>()
  for (const r of await officeOrgRecords(db, scope.officeId).execute()) {
    const parsed = orgName.safeParse(JSON.parse(r.data))
    labels.set(r.row_key, parsed.success ? parsed.data.name : r.row_key)
  }
  return labels
}

const unassignedLabel = '（未归属基层工会）'

export async function federationStatistics(db: Db, input: { from: string; to: string; officeId?: string }): Promise<FederationStatistics> {
  if (input.from > input.to) throw new AppError('INVALID_INPUT', '「截止日期」不能早于「起始日期」', { field: 'to' })
  const office = input.officeId === undefined ? null : await officeById(db, input.officeId)
  if (input.officeId !== undefined && !office) throw new AppError('NOT_FOUND', '没有这个下级单位', { field: 'officeId' })
  const scope: Scope = { officeId: office?.id ?? null }
  const period: Period = { from: input.from, to: input.to }

  const labels = await rowLabels(db, scope)
  const byKey = new Map<string, FederationFigures>()
  const figuresOf = (key: string | null) => {
    const k = key ?? ''
    let f = byKey.get(k)
    if (!f) byKey.set(k, (f = emptyFigures()))
    return f
  }
  for (const k of labels.keys()) figuresOf(k)

  const anyLeftOut = await leftOutSides(db).limit(1).executeTakeFirst()
  const [members, leftOut, joins, leftOutJoins, contracts, aid] = await Promise.all([
    memberCounts(db, scope).execute(), leftOutMemberCounts(db, scope).execute(), newMemberCounts(db, scope, period).execute(),
    anyLeftOut ? leftOutNewMemberCounts(db, scope, period).execute() : [], contractSums(db, scope, period).execute(), aidSums(db, scope, period).execute(),
  ])
  for (const r of members) addMembers(figuresOf(r.key), r, 1)
  for (const r of leftOut) addMembers(figuresOf(r.key), r, -1)
  for (const r of joins) figuresOf(r.key).newMembers += r.n
  for (const r of leftOutJoins) figuresOf(r.key).newMembers -= r.n
  for (const r of contracts) {
    const f = figuresOf(r.key)
    f.contracts += r.n
    f.contractWorkers += r.workers
  }
  for (const r of aid) {
    const f = figuresOf(r.key)
    f.aidPaidFen += r.fen
    f.aidPayments += r.n
  }

  const rows: FederationStatisticsRow[] = [...byKey.entries()]
    .map(([key, figures]) => ({ key, label: labels.get(key) ?? (key === '' ? unassignedLabel : key), figures }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-Hans-CN'))
  const total = emptyFigures()
  for (const r of rows) sumInto(total, r.figures)
  return {
    from: input.from,
    to: input.to,
    office: office ? { id: office.id, unionName: office.union_name } : null,
    rows,
    total,
    leftOut: leftOut.reduce((s, r) => s + r.n, 0),
  }
}
