import { z } from 'zod'
import type { WorkCalendar } from '../../../shared/dates'
import type { WorkCalendarYear } from '../../../shared/aid/types'
import { countAccounts } from '../accounts/queries'
import type { Db, Trx } from '../db/schema/index'

// Settings shared by aid and hardship, stored in the database so an office can edit them (aid_setting), and the
// working-day calendar for 公示 periods (work_calendar_day).

interface SettingValues {
  dibaoLineFen: number
  separationOfDuties: boolean
  noticeDays: number
}
type SettingKey = keyof SettingValues
type SettingValue<K extends SettingKey> = SettingValues[K]

export const SETTING_DEFAULTS: SettingValues = {
  /** 低保标准 per person per month; an illustrative default (domain §5.1), every office sets its own. */
  dibaoLineFen: 80_000,
  /** Off while one operator works alone; on as soon as a second person reviews (issue 5). */
  separationOfDuties: false,
  noticeDays: 5,
}

const settingSchemas: { [K in SettingKey]: z.ZodType<SettingValues[K]> } = {
  dibaoLineFen: z.number().int().min(1),
  separationOfDuties: z.boolean(),
  noticeDays: z.number().int().min(5),
}

export interface StoredSetting<K extends SettingKey> {
  value: SettingValue<K>
  updatedAt: string | null
  updatedBy: string | null
}

export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<StoredSetting<K>> {
  const row = await db.selectFrom('aid_setting').selectAll().where('key', '=', key).executeTakeFirst()
  const parsed = row ? settingSchemas[key].safeParse(JSON.parse(row.value_json)) : undefined
  if (!row || !parsed?.success) {
    // Separation of duties is on by default once two people sign in; an explicit setting (either way) wins.
    const defaults = key === 'separationOfDuties' ? { ...SETTING_DEFAULTS, separationOfDuties: (await countAccounts(db, { active: true })) >= 2 } : SETTING_DEFAULTS
    return { value: defaults[key], updatedAt: null, updatedBy: null }
  }
  return { value: parsed.data, updatedAt: row.updated_at, updatedBy: row.updated_by }
}

export async function writeSetting<K extends SettingKey>(
  trx: Trx,
  key: K,
  value: SettingValue<K>,
  at: string,
  by: string,
): Promise<void> {
  const row = { key, value_json: JSON.stringify(value), updated_at: at, updated_by: by }
  await trx
    .insertInto('aid_setting')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, updated_at: at, updated_by: by }))
    .execute()
}

/** The whole calendar; it holds a few dozen rows per year. */
export async function readCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.selectFrom('work_calendar_day').selectAll().orderBy('date').execute()
  return {
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
  }
}

export async function readCalendarYear(db: Db, year: number): Promise<WorkCalendarYear> {
  const rows = await db
    .selectFrom('work_calendar_day')
    .selectAll()
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute()
  return {
    year,
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
  }
}

export async function replaceCalendarYear(trx: Trx, cal: WorkCalendarYear): Promise<void> {
  await trx
    .deleteFrom('work_calendar_day')
    .where('date', '>=', `${cal.year}-01-01`)
    .where('date', '<=', `${cal.year}-12-31`)
    .execute()
  const rows = [
    ...cal.holidays.map((date) => ({ date, kind: 'holiday' as const })),
    ...cal.workdays.map((date) => ({ date, kind: 'workday' as const })),
  ]
  if (rows.length > 0) await trx.insertInto('work_calendar_day').values(rows).execute()
}
