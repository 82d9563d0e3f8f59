import type { MemberPage } from '../../../shared/contract/members'
import { todayIn } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { checkIdNumber, normalizeIdText } from '../../../shared/identity/id-number'
import type { ReadContext } from '../context'
import { registerConstraintError } from '../db/constraint-errors'
import type { FeatureHandlers } from '../handler-types'
import { exportMembers } from './export'
import { findIdHolder } from './id-holder'
import { commitImport, previewImport, rememberedMapping } from './import-service'
import { toMemberSummary } from './mappers'
import { listMembers, type ListRequest } from './list'
import { search } from './search'
import { deleteMember, loadDetail, recordEvent, saveMember, transferMember, voidLatestEvent } from './service'

// SQLite names the columns of a failed unique index, not the index: member.id_number is only unique in
// member_one_active_per_id (在会/保留), so this message can only come from that index.
registerConstraintError(
  'UNIQUE constraint failed: member.id_number',
  () => new AppError('MEMBER_ACTIVE_ELSEWHERE', '此证件号码已有在会或保留会籍的会员记录，一人只能有一个有效会籍', { field: 'idNumber' }),
)

async function list(ctx: ReadContext, input: ListRequest, unmasked: boolean): Promise<MemberPage> {
  const today = todayIn(ctx.now())
  const { total, rows } = await listMembers(ctx.db, today, input)
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => toMemberSummary(r, { today, unmasked })) }
}

export const membersHandlers = {
  'members.search': async (ctx, input) => search(ctx.db, todayIn(ctx.now()), input),
  'members.list': async (ctx, input) => list(ctx, input, false),
  'members.get': async (ctx, input) => loadDetail(ctx, input.id ? { id: input.id } : { idNumber: normalizeIdText(input.idNumber ?? '') }),
  'members.findByIdNumber': async (ctx, { idNumber, exceptId }) => findIdHolder(ctx.db, normalizeIdText(idNumber), exceptId),
  'members.save': async (ctx, input) => saveMember(ctx, input),
  'members.event': async (ctx, input) => recordEvent(ctx, input),
  'members.transfer': async (ctx, input) => transferMember(ctx, input),
  'members.voidEvent': async (ctx, input) => voidLatestEvent(ctx, input),
  'members.delete': async (ctx, input) => deleteMember(ctx, input),
  'members.idCheck': async (ctx, { value }) => {
    const c = checkIdNumber(value, { today: todayIn(ctx.now()) })
    return { valid: c.valid, normalized: c.normalized, kind: c.kind, birthDate: c.birthDate, gender: c.gender, warnings: c.warnings, error: c.error }
  },
  'members.importPreview': async (ctx, input) => previewImport(ctx, input),
  'members.importCommit': async (ctx, input) => commitImport(ctx, input),
  'members.importMapping': async (ctx) => rememberedMapping(ctx.db),
  'members.export': async (ctx, input) => exportMembers(ctx, input, false),
  'members.exportUnmasked': async (ctx, input) => exportMembers(ctx, input, true),
  'members.revealDetail': async (ctx, input) => loadDetail(ctx, { id: input.id }, true),
  'members.revealList': async (ctx, input) => list(ctx, input, true),
} satisfies FeatureHandlers<'members'>
