import type { GeneratedFile } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { fen, fenToYuanString } from '../../../shared/money'
import type { WriteContext } from '../context'
import { writeTableFile } from '../files/table-file'
import type { Cell } from '../files/xlsx-sheet'
import { batchApplications } from './application-queries'
import { findBatch } from './batch-queries'
import type { ApplicationListRow } from './mappers'
import { hasCompleteAccount, payeeAccount } from './payee-account'

export const TRANSFER_HEADERS = ['户名', '身份证号码', '账号', '开户行', '金额', '摘要'] as const
const AMOUNT_COLUMN = 'E'

/** The account holder's ID number: the member's own, or the one recorded for the named family payee. */
function payeeIdNumber(r: ApplicationListRow): string | null {
  return r.payee_relation === null ? r.member_id_number : r.payee_id_number
}

function refuseMissing(what: string, names: string[], fix: string): never {
  throw new AppError('INVALID_INPUT', `以下人员没有登记${what}，不能生成转账表：${names.join('、')}。${fix}`, { field: 'id' })
}

/**
 * 银行代发表 for one approved batch: one row per approved or paid application, to the real-name payee (the member,
 * or the named family payee of a death benefit), then a total row. Banks pay real-name, so the payee's ID number goes
 * in full beside the full account: the one export that is unmasked by design, behind members.unmask and audited like
 * every unmasked export (writes: true). Names, ID numbers and accounts are text cells (every digit kept); amounts are
 * numbers in yuan shown as 0.00, which the bank's import and the clerk's own SUM can add; the total is a SUM formula.
 */
export async function exportTransferSheet(ctx: WriteContext, id: string): Promise<GeneratedFile> {
  const batch = await findBatch(ctx.trx, id)
  if (!batch) throw new AppError('NOT_FOUND', '没有找到该发放批次', { field: 'id' })
  if (batch.status !== 'approved' && batch.status !== 'paid') {
    throw new AppError('WORKFLOW_STATE', '批次批准后才能导出银行转账表', { field: 'id' })
  }
  const rows = (await batchApplications(ctx.trx, id)).filter((r) => r.status === 'approved' || r.status === 'paid')
  const withoutAccount = rows.filter((r) => !hasCompleteAccount(payeeAccount(r))).map((r) => r.payee_name)
  if (withoutAccount.length > 0) refuseMissing('开户银行或账号', withoutAccount, '请在会员信息中补充账号，或在申请中「更正领款信息」')
  const withoutId = rows.filter((r) => payeeIdNumber(r) === null).map((r) => r.payee_name)
  if (withoutId.length > 0) refuseMissing('身份证号码', withoutId, '请在申请中「更正领款信息」填写领款人身份证号码（银行实名制发放）')

  const totalFen = rows.reduce((sum, r) => sum + r.amount_fen, 0)
  const lines = async function* (): AsyncGenerator<Cell[]> {
    for (const r of rows) {
      const memo = r.payee_name === r.member_name ? batch.program_name : `${batch.program_name}（会员${r.member_name}）`
      const account = payeeAccount(r)
      yield [r.payee_name, payeeIdNumber(r) ?? '', account.bankAccount ?? '', account.bankName ?? '', yuan(r.amount_fen), memo]
    }
    // Data rows are 2 … n + 1 under the header.
    const sum = { formula: `SUM(${AMOUNT_COLUMN}2:${AMOUNT_COLUMN}${rows.length + 1})`, result: yuan(totalFen).yuan, money: true }
    yield [`合计 ${rows.length} 笔`, '', '', '', sum, '']
  }
  const file = await writeTableFile({
    dataDir: ctx.core.dataDir,
    fileName: `${batch.title}-银行转账表.xlsx`,
    format: 'xlsx',
    sheetName: '银行转账',
    columns: TRANSFER_HEADERS.map((header, i) => ({ header, width: [14, 22, 26, 24, 14, 30][i] })),
    rows: lines(),
    now: ctx.now(),
  })
  // The file's rows are the payments; the total row is not one.
  return { ...file, rows: rows.length }
}

/** Fen as a yuan figure, through the decimal string so no float arithmetic touches the amount. */
function yuan(amountFen: number): { yuan: number } {
  return { yuan: Number(fenToYuanString(fen(amountFen))) }
}
