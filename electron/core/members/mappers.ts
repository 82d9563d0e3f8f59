import type { MemberDetail, MemberEvent, MemberSummary } from '../../../shared/contract/members'
import { ageOn } from '../../../shared/dates'
import { shownPersonal } from '../../../shared/members/masking'
import { newFormTypes, type NewFormType } from '../../../shared/members/fields'
import { allowedEvents } from '../../../shared/members/lifecycle'
import type { MemberRow } from '../db/schema/member'
import type { MemberEventRow } from '../db/schema/member_event'

/** A member row as the list queries return it: the member plus its union's and enterprise's names. */
export type MemberListRow = Pick<
  MemberRow,
  'id' | 'name' | 'id_number' | 'id_kind' | 'gender' | 'birth_date' | 'org_id' | 'enterprise_id' | 'status' | 'phone' | 'is_migrant' | 'new_form_type'
> & { org_name: string | null; enterprise_name: string | null }

export interface MaskOptions {
  /** Core's today (YYYY-MM-DD), for ages. */
  today: string
  /** Only the members.reveal* / exportUnmasked handlers pass true. */
  unmasked?: boolean
}

function toNewFormType(value: string | null): NewFormType | null {
  return newFormTypes.find((t) => t === value) ?? null
}

/** How every feature shows a member: ID masked unless the caller went through an audited unmask method. */
export function toMemberSummary(row: MemberListRow, opts: MaskOptions): MemberSummary {
  return {
    id: row.id,
    name: row.name,
    idNumber: shownPersonal('idNumber', row.id_number, opts.unmasked === true),
    idKind: row.id_kind,
    gender: row.gender,
    birthDate: row.birth_date,
    age: row.birth_date ? ageOn(row.birth_date, opts.today) : null,
    orgId: row.org_id,
    orgName: row.org_name ?? '',
    enterpriseName: row.enterprise_name,
    status: row.status,
    phone: shownPersonal('phone', row.phone, opts.unmasked === true),
    isMigrant: row.is_migrant === 1,
    newFormType: toNewFormType(row.new_form_type),
  }
}

export type MemberEventListRow = MemberEventRow & { org_name: string; to_org_name: string | null }

export function toMemberEvent(row: MemberEventListRow): MemberEvent {
  return {
    id: row.id,
    type: row.type,
    date: row.date,
    reason: row.reason,
    orgId: row.org_id,
    orgName: row.org_name ?? '',
    operator: row.operator,
    createdAt: row.created_at,
    toOrgId: row.to_org_id,
    toOrgName: row.to_org_name,
    toText: row.to_text,
    voided: row.voided_at !== null && row.void_reason !== null ? { at: row.voided_at, by: row.voided_by ?? '', reason: row.void_reason } : null,
  }
}

export function toMemberDetail(
  row: MemberRow & { org_name: string; enterprise_name: string | null },
  events: MemberEventListRow[],
  opts: MaskOptions,
): MemberDetail {
  return {
    ...toMemberSummary(row, opts),
    enterpriseId: row.enterprise_id,
    ethnicity: row.ethnicity,
    employmentStatus: row.employment_status,
    education: row.education,
    skillLevel: row.skill_level,
    // Issue 14: the detail used to carry the full number; only an audited reveal shows it now.
    phone: shownPersonal('phone', row.phone, opts.unmasked === true),
    hukouType: row.hukou_type,
    hukouPlace: row.hukou_place,
    politicalStatus: row.political_status,
    employerName: row.employer_name,
    nativePlace: row.native_place,
    bankName: row.bank_name,
    bankAccount: shownPersonal('bankAccount', row.bank_account, opts.unmasked === true),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    events: events.map(toMemberEvent),
    allowedEvents: allowedEvents(row.status),
  }
}
