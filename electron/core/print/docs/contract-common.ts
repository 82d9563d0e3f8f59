import type { ContractDetail } from '../../../../shared/contract/contracts'

/** The employer side as printed: the named side, or the enterprise when the contract covers just one. */
export function employerName(c: ContractDetail): string {
  return c.employerSide ?? (c.enterprises.length === 1 ? (c.enterprises[0]?.name ?? '') : '')
}

export function chiefOf(people: ContractDetail['negotiators']['union']): string {
  return people.find((p) => p.chief)?.name ?? '____________'
}

export const kindTitle = (c: ContractDetail): string => `${c.kind}集体合同`
