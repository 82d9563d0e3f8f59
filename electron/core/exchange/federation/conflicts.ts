import type { ImportConflict, ResolvedConflict } from '../../../../shared/contract/federation'
import { AppError } from '../../../../shared/errors'
import type { WriteContext } from '../../context'
import { conflictById, conflictsForIdNumbers, crossOfficeMatches, insertConflicts, updateConflict } from './queries'

/**
 * 冲突清单: one ID number 在会/保留 in two offices (domain §3.3 rule 3, §11.3). The import records the pair for a person
 * to resolve and never chooses: both offices' member rows stay. A pair already recorded (in any state) is not recorded
 * again, so re-sending a package does not reopen what was settled.
 */

const pairKey = (idNumber: string, a: { office: string; member: string }, b: { office: string; member: string }) =>
  [idNumber, ...[`${a.office}/${a.member}`, `${b.office}/${b.member}`].sort()].join('|')

/** Finds and records the conflicts of these (standing) members of the importing office; returns the new ones, unmasked. */
export async function detectConflicts(ctx: WriteContext, officeId: string, memberIds: readonly string[], seen: Set<string>): Promise<ImportConflict[]> {
  const matches = await crossOfficeMatches(ctx.trx, officeId, memberIds)
  if (matches.length === 0) return []
  const recorded = await conflictsForIdNumbers(ctx.trx, [...new Set(matches.map((m) => m.id_number))])
  for (const r of recorded) seen.add(pairKey(r.id_number, { office: r.first_office_id, member: r.first_member_id }, { office: r.second_office_id, member: r.second_member_id }))
  const found: ImportConflict[] = []
  const rows = []
  for (const m of matches) {
    const key = pairKey(m.id_number, { office: officeId, member: m.member_id }, { office: m.other_office_id, member: m.other_member_id })
    if (seen.has(key)) continue
    seen.add(key)
    const id = ctx.newId()
    // first: the office that held the membership already; second: the one whose package brought the clash.
    rows.push({
      id,
      id_number: m.id_number,
      first_office_id: m.other_office_id,
      first_member_id: m.other_member_id,
      second_office_id: officeId,
      second_member_id: m.member_id,
      detected_at: ctx.now(),
      state: 'open' as const,
    })
    found.push({ id, idNumber: m.id_number, memberId: m.member_id, memberName: m.name, otherOffice: m.other_office, otherMemberId: m.other_member_id })
  }
  await insertConflicts(ctx.trx, rows)
  return found
}

/**
 * Keep one (the other office's member is left out of the federation's figures: the condition is federation-views'
 * left-out.ts, read from state and kept_office_id alone) or keep both with a note. Audited by the dispatcher.
 */
export async function resolveConflict(
  ctx: WriteContext,
  input: { id: string; resolution: 'keep_one' | 'keep_both'; keptOfficeId?: string | undefined; note: string | null },
): Promise<ResolvedConflict> {
  const row = await conflictById(ctx.trx, input.id)
  if (!row) throw new AppError('NOT_FOUND', '没有这条冲突记录', { field: 'id' })
  let kept: string | null = null
  if (input.resolution === 'keep_one') {
    kept = input.keptOfficeId ?? null
    if (kept !== row.first_office_id && kept !== row.second_office_id) {
      throw new AppError('INVALID_INPUT', '「保留的单位」应为冲突双方之一', { field: 'keptOfficeId' })
    }
  }
  const state = input.resolution === 'keep_one' ? ('kept_one' as const) : ('kept_both' as const)
  await updateConflict(ctx.trx, row.id, { state, kept_office_id: kept, note: input.note, resolved_at: ctx.now(), resolved_by: ctx.caller.user.name })
  return { id: row.id, state, keptOfficeId: kept }
}
