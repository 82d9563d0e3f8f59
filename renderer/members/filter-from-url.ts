import type { z } from 'zod'
import type { listFilter } from '../../shared/contract/members'
import { genders, memberEventTypes, memberStatuses, newFormTypes } from '../../shared/members/fields'

// MemberFilters.tsx's type, named here from the contract so that plain .ts (the workbench's integration test) can load this.
type MemberFilter = z.input<typeof listFilter>

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => values.find((x) => x === v)
const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v)

/** ?event=join,withdraw&eventFrom=…&eventTo=… (a workbench month's bar): all three well-formed, or no event filter. */
function eventFromUrl(params: URLSearchParams): MemberFilter['event'] {
  const names = params.get('event')?.split(',') ?? []
  const types = names.flatMap((n) => oneOf(memberEventTypes, n) ?? [])
  const from = params.get('eventFrom')
  const to = params.get('eventTo')
  if (types.length === 0 || types.length !== names.length || !isDay(from) || !isDay(to) || from > to) return undefined
  return { types, from, to }
}

/**
 * The register's starting filter from the URL, as the workbench's links write it (issue 16: ?status=active&orgId=…).
 * Checked against the code lists here rather than with the contract's zod schema, which would pull zod into the
 * first screen's script; anything unknown is left out (core checks the dates themselves).
 */
export function memberFilterFromUrl(params: URLSearchParams): MemberFilter {
  const migrant = params.get('migrant')
  const filter: MemberFilter = {
    orgId: params.get('orgId') ?? undefined,
    status: oneOf(memberStatuses, params.get('status')),
    gender: oneOf(genders, params.get('gender')),
    migrant: migrant === 'true' ? true : migrant === 'false' ? false : undefined,
    newFormType: oneOf(newFormTypes, params.get('newFormType')),
    event: eventFromUrl(params),
  }
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
}
