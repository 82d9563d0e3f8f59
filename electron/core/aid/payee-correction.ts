import { maskBankAccount, maskIdNumber } from '../../../shared/members/masking'
import type { AidApplicationDetail } from '../../../shared/aid/types'
import { AppError } from '../../../shared/errors'
import type { WriteContext } from '../context'
import { applicationDetail, inputOf, payeeCorrectionRefusal } from './application-detail'
import { insertEvents, updateApplication } from './application-queries'
import { applicationEvent, loadApplication } from './application-service'
import { namedAccount } from './payee-account'

export interface PayeeCorrection {
  id: string
  payeeName?: string | undefined
  payeeRelation?: string | undefined
  payeeIdNumber?: string | undefined
  bankName: string | null
  bankAccount: string | null
  reason: string
}

/**
 * 更正领款信息: the account (and, for a family payee, who the payee is) may be put right at any step until payment,
 * with a reason kept in the application's history beside the masked old and new values. Money goes to the person
 * named (real-name payment), so a member's own benefit cannot be redirected to someone else.
 */
export async function correctPayee(ctx: WriteContext, p: PayeeCorrection): Promise<AidApplicationDetail> {
  const { row } = await loadApplication({ ...ctx, db: ctx.trx }, p.id)
  const refusal = payeeCorrectionRefusal(row.status)
  if (refusal !== null) throw new AppError('WORKFLOW_STATE', refusal, { field: 'id' })
  const family = row.payee_relation !== null
  const changesPayee = p.payeeName !== undefined || p.payeeRelation !== undefined || p.payeeIdNumber !== undefined
  if (changesPayee && !family) {
    throw new AppError('INVALID_INPUT', `实名制发放：本项救助的领款人是会员「${row.member_name}」本人，只能更正其开户银行和账号`, { field: 'payeeName' })
  }
  const account = namedAccount(p.bankName, p.bankAccount)
  const payee = {
    payee_name: p.payeeName ?? row.payee_name,
    payee_relation: p.payeeRelation ?? row.payee_relation,
    payee_id_number: p.payeeIdNumber ?? row.payee_id_number,
  }
  // The input keeps the family payee too, so a later edit of a returned application does not bring the old one back.
  const input = family ? { ...inputOf(row), payeeName: payee.payee_name, payeeRelation: payee.payee_relation, payeeIdNumber: payee.payee_id_number } : null
  await updateApplication(ctx.trx, row.id, { ...payee, ...account, ...(input ? { input_json: JSON.stringify(input) } : {}), updated_at: ctx.now() })
  const shown = (a: { payee_name: string; payee_id_number: string | null; bank_name: string | null; bank_account: string | null }) =>
    [
      a.payee_name,
      a.payee_id_number === null ? null : maskIdNumber(a.payee_id_number),
      a.bank_account === null ? '会员登记的账号' : `${a.bank_name ?? ''} ${maskBankAccount(a.bank_account)}`,
    ]
      .filter((v): v is string => v !== null)
      .join('，')
  const note = `${p.reason}（原：${shown(row)}；现：${shown({ ...payee, ...account })}）`
  await insertEvents(ctx.trx, [applicationEvent(ctx, row.id, 'correct_payee', null, note)])
  return applicationDetail(ctx.trx, row.id, ctx.caller.user.name)
}
