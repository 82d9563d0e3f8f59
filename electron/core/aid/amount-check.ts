import { z } from 'zod'
import { describeAmountChange, type AmountChange, type BasisClaim } from '../../../shared/aid/amount-change'
import type { Db } from '../db/schema/index'
import type { AidProgramRow } from '../db/schema/aid_program'
import type { MemberRow } from '../db/schema/member'
import { evaluate, type Evaluation } from './evaluation'
import { resolveMember } from './facts'

const basisSchema = z.array(
  z.object({ id: z.string(), date: z.string(), amountFen: z.number().int(), selfPaidFen: z.number().int().nullable() }),
)

/** The basis kept with the application; null when it was saved before bases were kept (or the column was damaged). */
function savedBasis(json: string | null): BasisClaim[] | null {
  if (json === null) return null
  const parsed = basisSchema.safeParse(JSON.parse(json))
  return parsed.success ? parsed.data : null
}

export interface Recomputed extends Evaluation {
  member: MemberRow
  /** Why the amount now differs from the saved one; null when it does not (or the application is no longer eligible). */
  change: AmountChange | null
}

/** A saved application evaluated again on today's records, as review does, with the reason its amount moved. */
export async function recompute(
  db: Db,
  row: { id: string; member_id: string; date: string; amount_fen: number; basis_json: string | null },
  programRow: AidProgramRow,
  input: Readonly<Record<string, unknown>>,
): Promise<Recomputed> {
  const member = await resolveMember(db, { memberId: row.member_id })
  const evaluation = await evaluate(db, programRow, member, input, row.date, { id: row.id, date: row.date })
  const change = evaluation.calc.eligible
    ? describeAmountChange({
        fromFen: row.amount_fen,
        toFen: evaluation.calc.amountFen,
        programName: evaluation.program.name,
        saved: savedBasis(row.basis_json),
        current: evaluation.basis,
      })
    : null
  return { ...evaluation, member, change }
}
