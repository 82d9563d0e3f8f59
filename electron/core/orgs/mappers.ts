import { orgTypes, type Enterprise, type OrgCounts, type OrgSummary, type OrgType } from '../../../shared/contract/orgs'
import type { EnterpriseRow } from '../db/schema/enterprise'
import type { OrgRow } from '../db/schema/org'

const noCounts: OrgCounts = { members: 0, women: 0, migrant: 0, newForm: 0 }

function toType(value: string): OrgType {
  return orgTypes.find((t) => t === value) ?? '其他'
}

export function toOrgSummary(row: OrgRow, counts: OrgCounts | undefined, enterpriseCount: number): OrgSummary {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    type: toType(row.type),
    parentId: row.parent_id,
    foundedOn: row.founded_on,
    chairman: row.chairman,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    address: row.address,
    status: row.status,
    mergedInto: row.merged_into,
    enterpriseCount,
    counts: counts ?? noCounts,
    updatedAt: row.updated_at,
  }
}

export function toEnterprise(row: EnterpriseRow): Enterprise {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    creditCode: row.credit_code,
    industry: row.industry,
    economicType: row.economic_type,
    address: row.address,
    employeeCount: row.employee_count,
  }
}
