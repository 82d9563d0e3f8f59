import { maskIdNumber } from '../../../shared/identity/id-number'
import { AppError } from '../../../shared/errors'
import type { ReadContext } from '../context'
import type { ProfileRow } from '../db/schema/profile'
import type { NoticeData } from './docs/types'
import { applicationsForPrint, batchForPrint } from './queries'

/**
 * The 公示 list for a batch: names, masked IDs, unit, amount; never bank numbers or diagnoses. The contact line
 * comes from the profile the caller has read for the letterhead.
 */
export async function batchNotice(ctx: ReadContext, batchId: string, profile: ProfileRow | undefined): Promise<NoticeData> {
  const batch = await batchForPrint(ctx.db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', '找不到这个发放批次', { field: 'batchId' })
  const rows = await applicationsForPrint(ctx.db, { batchId })
  const contact = [profile?.contact_person, profile?.contact_phone, profile?.address].filter((x): x is string => !!x).join('，')
  return {
    title: `${batch.title}公示`,
    programName: batch.program_name,
    start: batch.notice_start,
    end: batch.notice_end,
    contact: contact || '本会办公室',
    rows: rows.map((r) => ({
      name: r.member_name,
      idNumber: maskIdNumber(r.id_number),
      unit: r.employer_name ?? r.org_name,
      programName: r.program_name,
      amountFen: r.amount_fen,
    })),
  }
}
