import type { PersonalKind } from '../members/masking'

/**
 * Every contract field that holds personal data, marked once by the name it has in the contract's inputs and results
 * (a member's `idNumber`, a payee's `payeeIdNumber`, a worker's `phone`, a family member's `health`, an upload's
 * `contentBase64`). The audit writer walks each call's input and outcome and masks these wherever they occur, whatever
 * the method, so a new method that reuses a field name is masked without anyone remembering to; a new personal field
 * is added here, beside the schema that declares it. Results are masked by the core's mappers with the same functions
 * (shared/members/masking.ts); only the audited reveal methods skip them.
 */
export const personalFields: Readonly<Record<string, PersonalKind>> = {
  idNumber: 'idNumber',
  payeeIdNumber: 'idNumber',
  memberIdNumber: 'idNumber',
  bankAccount: 'bankAccount',
  phone: 'phone',
  contactPhone: 'phone',
  health: 'health',
  contentBase64: 'file',
}

export function personalKindOf(field: string): PersonalKind | undefined {
  return Object.hasOwn(personalFields, field) ? personalFields[field] : undefined
}
