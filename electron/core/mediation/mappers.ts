import type { EnterpriseOption, MediationCase, MediationCaseSummary, MediationEvent, MediationWorker } from '../../../shared/contract/mediation'
import type { WorkCalendar } from '../../../shared/dates'
import { maskIdNumber, maskPhone } from '../../../shared/members/masking'
import { arbitrationLimitEnd, mediationClock } from '../../../shared/mediation/deadlines'
import { allowedActions, isEditable } from '../../../shared/mediation/workflow'
import { CASE_ACTIONS } from '../../../shared/mediation/types'
import type { MediationEventRow } from '../db/schema/mediation_event'
import type { MediationWorkerRow } from '../db/schema/mediation_worker'
import type { CaseRow } from './queries'

/** Every result masks worker ID numbers and phones (domain §13); there is no unmasked read of a case. */
export function toWorker(w: MediationWorkerRow): MediationWorker {
  return {
    memberId: w.member_id,
    name: w.name,
    idNumber: w.id_number === null ? null : maskIdNumber(w.id_number),
    phone: w.phone === null ? null : maskPhone(w.phone),
  }
}

function clockOf(row: CaseRow, today: string, cal: WorkCalendar) {
  return mediationClock({ appliedDate: row.applied_on, closedDate: row.closed_on, status: row.status, today }, cal)
}

export function toSummary(row: CaseRow, workers: MediationWorkerRow[], today: string, cal: WorkCalendar): MediationCaseSummary {
  const clock = clockOf(row, today, cal)
  return {
    id: row.id,
    caseNo: row.case_no,
    status: row.status,
    type: row.type,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    workers: workers.map(toWorker),
    appliedDate: row.applied_on,
    acceptedDate: row.accepted_on,
    closedDate: row.closed_on,
    mediator: row.mediator,
    claimFen: row.claim_fen,
    legalAid: row.legal_aid === 1,
    legalAidKind: row.legal_aid_kind,
    periodEnd: clock.end,
    overdue: clock.overdue,
  }
}

function toEvent(e: MediationEventRow): MediationEvent {
  const action = e.action === '受理' ? '受理' : CASE_ACTIONS.find((a) => a === e.action)
  // The table's CHECK holds the same list; a hand-edited row would be shown as 受理 rather than crash the page.
  return { action: action ?? '受理', date: e.date, operator: e.operator, note: e.note }
}

export function toCase(row: CaseRow, workers: MediationWorkerRow[], events: MediationEventRow[], today: string, cal: WorkCalendar): MediationCase {
  return {
    ...toSummary(row, workers, today, cal),
    claims: row.claims,
    agreement: row.agreement,
    note: row.note,
    events: events.map(toEvent),
    allowedActions: allowedActions(row.status),
    editable: isEditable(row.status),
    clockText: clockOf(row, today, cal).text,
    arbitrationLimitEnd: arbitrationLimitEnd(row.status, row.closed_on),
  }
}

export function toEnterpriseOption(r: { id: string; name: string; credit_code: string | null; org_name: string }): EnterpriseOption {
  return { id: r.id, name: r.name, creditCode: r.credit_code, orgName: r.org_name }
}
