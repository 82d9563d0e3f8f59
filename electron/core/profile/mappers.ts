import { unionLevels, type Profile, type UnionLevel } from '../../../shared/contract/profile'
import type { ProfileRow } from '../db/schema/profile'

function toLevel(value: string): UnionLevel {
  return unionLevels.find((l) => l === value) ?? '基层工会'
}

export function toProfile(row: ProfileRow): Profile {
  return {
    name: row.name,
    level: toLevel(row.level),
    creditCode: row.credit_code,
    parentName: row.parent_name,
    address: row.address,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    chairman: row.chairman,
    updatedAt: row.updated_at,
  }
}
