/** Masking defaults (domain §13): bank card first 4 + last 4; mobile 138****1234. */
export function maskBankAccount(account: string): string {
  const chars = Array.from(account)
  if (chars.length <= 8) return '*'.repeat(chars.length)
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`
}

export function maskPhone(phone: string): string {
  const chars = Array.from(phone)
  if (chars.length < 7) return '*'.repeat(chars.length)
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`
}
