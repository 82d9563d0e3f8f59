import type { FederationOffice, FederationOfficeList } from '../../../../shared/contract/federation-views'
import { todayIn } from '../../../../shared/dates'
import type { Db } from '../../db/schema/index'
import { membersByOfficeAndStatus, leftOutCurrentByOffice, openConflictsByOffice, registeredOffices } from './office-queries'

const dayMs = 86_400_000

/** Whole calendar days from one date to a later one (both YYYY-MM-DD, as days in the office's time zone). */
function daysFrom(date: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / dayMs))
}

/**
 * 下级单位: each registered office with its last package, members and open conflicts. Overdue counts from the day the
 * office made its last package (what the federation's figures are as fresh as), or from registration when none came.
 */
export async function federationOffices(db: Db, now: string, overdueDays: number): Promise<FederationOfficeList> {
  const today = todayIn(now)
  const [offices, members, leftOut, conflicts] = await Promise.all([registeredOffices(db), membersByOfficeAndStatus(db), leftOutCurrentByOffice(db), openConflictsByOffice(db)])
  const count = (rows: readonly { office_id: string; n: number }[]) => {
    const m = new Map<string, number>()
    for (const r of rows) m.set(r.office_id, (m.get(r.office_id) ?? 0) + r.n)
    return m
  }
  const memberCount = count(members.filter((r) => r.status === 'active' || r.status === 'retained'))
  const leftOutCount = count(leftOut)
  const conflictCount = count(conflicts)
  const list: FederationOffice[] = offices.map((o) => {
    const daysSince = daysFrom(todayIn(o.last_package_at ?? o.registered_at), today)
    return {
      id: o.id,
      unionName: o.union_name,
      creditCode: o.credit_code,
      level: o.level,
      fingerprint: o.fingerprint,
      registeredAt: o.registered_at,
      lastSequence: o.last_sequence,
      lastKind: o.last_kind,
      lastPackageAt: o.last_package_at,
      lastImportedAt: o.last_imported_at,
      auditWarning: o.audit_warning,
      members: (memberCount.get(o.id) ?? 0) - (leftOutCount.get(o.id) ?? 0),
      openConflicts: conflictCount.get(o.id) ?? 0,
      daysSince,
      overdue: daysSince > overdueDays,
    }
  })
  // Overdue first, the longest silence on top; then by name.
  list.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? b.daysSince - a.daysSince : 0) || a.unionName.localeCompare(b.unionName, 'zh-Hans-CN'))
  return { today, overdueDays, offices: list, overdueCount: list.filter((o) => o.overdue).length }
}
