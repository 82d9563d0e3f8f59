import type { Selectable } from 'kysely'

/** Exceptions to Monday–Friday: public holidays and weekend make-up working days (调休上班). */
export interface WorkCalendarDayTable {
  date: string
  kind: 'holiday' | 'workday'
}
export type WorkCalendarDayRow = Selectable<WorkCalendarDayTable>
export interface PartialDB {
  work_calendar_day: WorkCalendarDayTable
}
