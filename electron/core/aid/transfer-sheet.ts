import ExcelJS from 'exceljs'
import type { FilePayload } from '../../../shared/contract/types'
import { AppError } from '../../../shared/errors'
import { fen, fenToYuanString } from '../../../shared/money'
import type { WriteContext } from '../context'
import { batchApplications } from './application-queries'
import { findBatch } from './batch-queries'

export const TRANSFER_HEADERS = ['户名', '账号', '开户行', '金额', '摘要'] as const

/**
 * 银行代发表 for one approved batch: one row per approved or paid application, to the real-name payee (the member,
 * or the named family payee of a death benefit). Amounts are text with two decimals so no spreadsheet rounds them.
 */
export async function exportTransferSheet(ctx: WriteContext, id: string): Promise<FilePayload> {
  const batch = await findBatch(ctx.trx, id)
  if (!batch) throw new AppError('NOT_FOUND', '没有找到该发放批次', { field: 'id' })
  if (batch.status !== 'approved' && batch.status !== 'paid') {
    throw new AppError('WORKFLOW_STATE', '批次批准后才能导出银行转账表', { field: 'id' })
  }
  const rows = (await batchApplications(ctx.trx, id)).filter((r) => r.status === 'approved' || r.status === 'paid')
  const withoutAccount = rows.filter((r) => r.bank_account === null || r.bank_name === null).map((r) => r.payee_name)
  if (withoutAccount.length > 0) {
    throw new AppError('INVALID_INPUT', `以下人员没有登记开户银行或账号，不能生成转账表：${withoutAccount.join('、')}`, { field: 'id' })
  }
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('银行转账')
  sheet.columns = [
    { header: TRANSFER_HEADERS[0], key: 'name', width: 14 },
    { header: TRANSFER_HEADERS[1], key: 'account', width: 26 },
    { header: TRANSFER_HEADERS[2], key: 'bank', width: 24 },
    { header: TRANSFER_HEADERS[3], key: 'amount', width: 14 },
    { header: TRANSFER_HEADERS[4], key: 'memo', width: 30 },
  ]
  for (const r of rows) {
    const memo = r.payee_name === r.member_name ? batch.program_name : `${batch.program_name}（会员${r.member_name}）`
    sheet.addRow({ name: r.payee_name, account: r.bank_account, bank: r.bank_name, amount: fenToYuanString(fen(r.amount_fen)), memo })
  }
  sheet.getColumn('account').numFmt = '@'
  sheet.getColumn('amount').numFmt = '@'
  sheet.getRow(1).font = { bold: true }
  const buffer = Buffer.from(await book.xlsx.writeBuffer())
  return { fileName: `${batch.title}-银行转账表.xlsx`, contentBase64: buffer.toString('base64') }
}

