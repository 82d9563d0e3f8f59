import type { GeneratedFile } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { fen, fenToYuanString } from '../../../shared/money'
import type { WriteContext } from '../context'
import { writeTableFile } from '../files/table-file'
import { batchApplications } from './application-queries'
import { findBatch } from './batch-queries'
import { hasCompleteAccount, payeeAccount } from './payee-account'

export const TRANSFER_HEADERS = ['户名', '账号', '开户行', '金额', '摘要'] as const

/**
 * 银行代发表 for one approved batch: one row per approved or paid application, to the real-name payee (the member,
 * or the named family payee of a death benefit). Every cell is text: amounts keep two decimals and accounts every digit.
 */
export async function exportTransferSheet(ctx: WriteContext, id: string): Promise<GeneratedFile> {
  const batch = await findBatch(ctx.trx, id)
  if (!batch) throw new AppError('NOT_FOUND', '没有找到该发放批次', { field: 'id' })
  if (batch.status !== 'approved' && batch.status !== 'paid') {
    throw new AppError('WORKFLOW_STATE', '批次批准后才能导出银行转账表', { field: 'id' })
  }
  const rows = (await batchApplications(ctx.trx, id)).filter((r) => r.status === 'approved' || r.status === 'paid')
  const withoutAccount = rows.filter((r) => !hasCompleteAccount(payeeAccount(r))).map((r) => r.payee_name)
  if (withoutAccount.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `以下人员没有登记开户银行或账号，不能生成转账表：${withoutAccount.join('、')}。请在会员信息中补充账号，或在申请中「更正领款信息」`,
      { field: 'id' },
    )
  }
  const lines = async function* () {
    for (const r of rows) {
      const memo = r.payee_name === r.member_name ? batch.program_name : `${batch.program_name}（会员${r.member_name}）`
      const account = payeeAccount(r)
      yield [r.payee_name, account.bankAccount ?? '', account.bankName ?? '', fenToYuanString(fen(r.amount_fen)), memo]
    }
  }
  return writeTableFile({
    dataDir: ctx.core.dataDir,
    fileName: `${batch.title}-银行转账表.xlsx`,
    format: 'xlsx',
    sheetName: '银行转账',
    columns: TRANSFER_HEADERS.map((header, i) => ({ header, width: [14, 26, 24, 14, 30][i] })),
    rows: lines(),
    now: ctx.now(),
  })
}
