import { DEFAULT_YEAR_START } from '../../../shared/reports/period'
import type { Db, Trx } from '../db/schema/index'

export async function readYearStart(db: Db): Promise<string> {
  const row = await db.selectFrom('report_setting').select('year_start').where('id', '=', 'self').executeTakeFirst()
  return row?.year_start ?? DEFAULT_YEAR_START
}

export async function writeYearStart(trx: Trx, yearStart: string, at: string): Promise<void> {
  await trx
    .insertInto('report_setting')
    .values({ id: 'self', year_start: yearStart, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ year_start: yearStart, updated_at: at }))
    .execute()
}
