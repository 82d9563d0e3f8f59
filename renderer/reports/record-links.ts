import type { ReportRecord } from '../../shared/contract/reports'

/** The page that shows a counted record, where the app has one; members and unions are listed in the drawer itself. */
export function recordPath(r: ReportRecord): string | null {
  switch (r.kind) {
    case 'contract':
      return `/contracts/${encodeURIComponent(r.id)}`
    case 'hardship':
      return `/hardship/${encodeURIComponent(r.id)}`
    case 'mediation':
      return `/mediation/${encodeURIComponent(r.id)}`
    default:
      return null
  }
}
