import type { ContractKind } from '../../../shared/contract/contracts'
import type { MemberEventType } from '../../../shared/members/fields'
import type { WorkbenchLink } from '../../../shared/contract/workbench'
import type { NewFormType } from '../../../shared/members/fields'

/*
 * The lists a to-do, figure or bar opens, as the renderer's routes and the filters those lists read from the URL. The
 * query keys are the list's own filter names (members.list, aid.listApplications, contracts.list, hardship.list,
 * aid.listBatches, congress.overview), so a link is that list's filter written out, not a second vocabulary. The one
 * nested filter, members.list's `event: { types, from, to }`, is written flat as event=join,withdraw&eventFrom&eventTo.
 */
const to = (path: string, query: Record<string, string> = {}): WorkbenchLink => ({ path, query })

export const links = {
  members: (filter: { orgId?: string; gender?: '女'; migrant?: true; newFormType?: NewFormType } = {}) =>
    to('/members', {
      status: 'active',
      ...(filter.orgId ? { orgId: filter.orgId } : {}),
      ...(filter.gender ? { gender: filter.gender } : {}),
      ...(filter.migrant ? { migrant: 'true' } : {}),
      ...(filter.newFormType ? { newFormType: filter.newFormType } : {}),
    }),
  /** Members with a live event of these types in [from, to], whatever their status now (a joiner may have left since). */
  membersWithEvent: (types: readonly MemberEventType[], from: string, until: string) =>
    to('/members', { event: types.join(','), eventFrom: from, eventTo: until }),
  unions: () => to('/orgs'),
  aidPaid: (programId: string) => to('/aid/applications', { programId, status: 'paid' }),
  /** Paid in [from, to] under any version of the program (the chart sums a program's code over its versions). */
  aidPaidIn: (programCode: string, from: string, until: string) =>
    to('/aid/applications', { programCode, status: 'paid', paidFrom: from, paidTo: until }),
  aidReview: () => to('/aid/review'),
  aidNotice: () => to('/aid/batches', { status: 'notice' }),
  hardshipReview: (reviewDueBy: string) => to('/hardship', { reviewDueBy }),
  contracts: (kind?: ContractKind) => to('/contracts', kind ? { kind } : {}),
  contractsExpiring: (days: number) => to('/contracts', { expiringDays: String(days) }),
  congressTerms: (termEndBy: string) => to('/congress', { termEndBy }),
  backup: () => to('/backup'),
  exchange: () => to('/exchange'),
}
