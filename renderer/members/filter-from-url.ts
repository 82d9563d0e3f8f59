import { genders, memberStatuses, newFormTypes } from '../../shared/members/fields'
import type { MemberFilter } from './MemberFilters'

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => values.find((x) => x === v)

/**
 * The register's starting filter from the URL, as the workbench's links write it (issue 16: ?status=active&orgId=…).
 * Checked against the code lists here rather than with the contract's zod schema, which would pull zod into the
 * first screen's script; anything unknown is left out.
 */
export function memberFilterFromUrl(params: URLSearchParams): MemberFilter {
  const migrant = params.get('migrant')
  const filter: MemberFilter = {
    orgId: params.get('orgId') ?? undefined,
    status: oneOf(memberStatuses, params.get('status')),
    gender: oneOf(genders, params.get('gender')),
    migrant: migrant === 'true' ? true : migrant === 'false' ? false : undefined,
    newFormType: oneOf(newFormTypes, params.get('newFormType')),
  }
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
}
