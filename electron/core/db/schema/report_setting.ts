import type { Selectable } from 'kysely'

/** 统计报表 settings: exactly one row, id 'self' (migration 0140). */
export interface ReportSettingTable {
  id: 'self'
  /** MM-DD: the statistical year's first day. */
  year_start: string
  updated_at: string | null
}
export type ReportSettingRow = Selectable<ReportSettingTable>
export interface PartialDB {
  report_setting: ReportSettingTable
}
