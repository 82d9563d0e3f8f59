import type { IdNumberHolder } from '../../../shared/contract/members'
import { AppError } from '../../../shared/errors'
import { memberStatusLabels, type MemberStatus } from '../../../shared/members/fields'
import type { Db } from '../db/schema/index'

/**
 * Issue 13: the record an ID number belongs to, the 在会/保留 one first (a person may also have old, closed records).
 * id_number is indexed, so this is a lookup, not a scan.
 */
export async function findIdHolder(db: Db, idNumber: string, exceptId?: string): Promise<IdNumberHolder | null> {
  let q = db
    .selectFrom('member')
    .innerJoin('org', 'org.id', 'member.org_id')
    .select(['member.id', 'member.name', 'member.status', 'org.name as org_name'])
    .where('member.id_number', '=', idNumber)
  if (exceptId) q = q.where('member.id', '!=', exceptId)
  const rows = await q.execute()
  const row = rows.find((r) => holdsMembership(r.status)) ?? rows.at(-1)
  return row ? holderOf({ memberId: row.id, name: row.name, orgName: row.org_name, status: row.status }) : null
}

function holdsMembership(status: MemberStatus): boolean {
  return status === 'active' || status === 'retained'
}

function holderOf(h: Omit<IdNumberHolder, 'blocking' | 'message'>): IdNumberHolder {
  const blocking = holdsMembership(h.status)
  const who = `「${h.name}」（${h.orgName}，${memberStatusLabels[h.status]}）`
  const message = blocking
    ? `此证件号码已登记为${who}，一人只能有一个有效会籍；如是同一人换了单位，请在其记录上办理「转会」`
    : `此证件号码已有会员记录${who}，请在其记录上办理入会或转入`
  return { ...h, blocking, message }
}

/** members.save's refusal for a new record under a number that already has one, naming who holds it. */
export function holderRefusal(h: IdNumberHolder): AppError {
  return new AppError(h.blocking ? 'MEMBER_ACTIVE_ELSEWHERE' : 'CONFLICT', h.message, { field: 'idNumber' })
}
