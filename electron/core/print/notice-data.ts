import { maskIdNumber } from '../../../shared/members/masking'
import { AppError } from '../../../shared/errors'
import type { ReadContext } from '../context'
import type { ProfileRow } from '../db/schema/profile'
import type { NoticeData } from './docs/types'
import { applicationsForPrint, batchForPrint } from './queries'
import { workUnit } from './service'

/**
 * The 公示 list for a batch: names, masked IDs, unit, amount; never bank numbers or diagnoses. The contact line
 * comes from the profile the caller has read for the letterhead.
 */
export async function batchNotice(ctx: ReadContext, batchId: string, profile: ProfileRow | undefined): Promise<NoticeData> {
  const batch = await batchForPrint(ctx.db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', '找不到这个发放批次', { field: 'batchId' })
  const rows = await applicationsForPrint(ctx.db, { batchId })
  // Objections are taken by phone or in person (domain §7.2, §12): a notice without a number to call cannot be posted.
  const phone = profile?.contact_phone?.trim()
  if (!phone) throw new AppError('NOT_SET_UP', '公示名单要写明受理异议的联系电话：请先在「本单位信息」中填写联系电话，再打印公示名单', { field: 'batchId' })
  const contact = [profile?.contact_person ? `联系人：${profile.contact_person}` : null, `电话：${phone}`, profile?.address ? `地址：${profile.address}` : null]
    .filter((x): x is string => x !== null)
    .join('，')
  return {
    title: `${batch.title}公示`,
    programName: batch.program_name,
    start: batch.notice_start,
    end: batch.notice_end,
    contact,
    rows: rows.map((r) => ({
      name: r.member_name,
      idNumber: maskIdNumber(r.id_number),
      unit: workUnit(r),
      programName: r.program_name,
      amountFen: r.amount_fen,
    })),
  }
}
