import type { Enterprise, OrgDetail, OrgSaveInput } from '../../shared/contract/orgs'

export type EnterpriseInput = NonNullable<OrgSaveInput['enterprises']>[number]

export function enterpriseToInput(e: Enterprise): EnterpriseInput {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    economicType: e.economicType,
    address: e.address,
    employeeCount: e.employeeCount,
  }
}

/** orgs.save takes the whole record with its full enterprise list; editing one part resends the rest unchanged. */
export function orgToInput(org: OrgDetail): OrgSaveInput {
  return {
    id: org.id,
    name: org.name,
    creditCode: org.creditCode,
    type: org.type,
    parentId: org.parentId,
    foundedOn: org.foundedOn,
    chairman: org.chairman,
    contactPerson: org.contactPerson,
    contactPhone: org.contactPhone,
    address: org.address,
    enterprises: org.enterprises.map(enterpriseToInput),
  }
}

/** A refusal about one enterprise names e.g. `enterprises.2.creditCode`; the enterprise form shows it by its own name. */
export function enterpriseFieldOf(field: string | undefined): string | undefined {
  if (!field?.startsWith('enterprises')) return undefined
  return field.split('.').pop()
}
