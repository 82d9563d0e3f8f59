import { AppError } from '../../../shared/errors'
import { cleanBankAccount } from '../../../shared/members/validate-row'

// Which account an application is paid into (domain §7.2, real-name payment). An application may name an account;
// one that names none is paid into the member's account as the register holds it on the day of payment, so an account
// added to the member after the application was entered is the one used. A family payee (death benefit) is not the
// account holder of the member's account, so for them only a named account will do.

export interface PayeeAccountRow {
  payee_name: string
  payee_relation: string | null
  bank_name: string | null
  bank_account: string | null
  member_bank_name: string | null
  member_bank_account: string | null
}

export interface PayeeAccount {
  bankName: string | null
  bankAccount: string | null
  /** 'application' when the application names it, 'member' when it is the member's registered one, null when none. */
  source: 'application' | 'member' | null
}

export function payeeAccount(row: PayeeAccountRow): PayeeAccount {
  if (row.bank_name !== null || row.bank_account !== null) return { bankName: row.bank_name, bankAccount: row.bank_account, source: 'application' }
  if (row.payee_relation === null && (row.member_bank_name !== null || row.member_bank_account !== null)) {
    return { bankName: row.member_bank_name, bankAccount: row.member_bank_account, source: 'member' }
  }
  return { bankName: null, bankAccount: null, source: null }
}

export function hasCompleteAccount(account: PayeeAccount): boolean {
  return account.bankName !== null && account.bankAccount !== null
}

/** The clerk's warning while the application can still be put right; null when an account is there. */
export function missingAccountWarning(row: PayeeAccountRow): string | null {
  if (hasCompleteAccount(payeeAccount(row))) return null
  const where = row.payee_relation === null ? '请在会员信息中补充开户银行和账号，或在本申请中「更正领款信息」' : '请在本申请中「更正领款信息」填写领款家属本人的账号'
  return `「${row.payee_name}」没有登记开户银行和银行账号，不能银行转账发放：${where}`
}

/**
 * An account typed on an application: both parts or neither (neither = the member's registered account). The number
 * is cleaned as the register cleans it (spaces, dashes, full-width digits) and must be 8–30 digits.
 */
export function namedAccount(bankName: string | null, bankAccount: string | null): { bank_name: string | null; bank_account: string | null } {
  if (bankName === null && bankAccount === null) return { bank_name: null, bank_account: null }
  if (bankName === null) throw new AppError('INVALID_INPUT', '「开户银行」不能为空：填写银行账号时须同时填写开户银行（都留空则用会员登记的账号）', { field: 'bankName' })
  if (bankAccount === null) throw new AppError('INVALID_INPUT', '「银行账号」不能为空：填写开户银行时须同时填写账号（都留空则用会员登记的账号）', { field: 'bankAccount' })
  const cleaned = cleanBankAccount(bankAccount)
  if (cleaned.warning) throw new AppError('INVALID_INPUT', cleaned.warning, { field: 'bankAccount' })
  return { bank_name: bankName, bank_account: cleaned.value }
}
