import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

/** A member change moves the org counts too, so the orgs screens' keys go stale along with the members' ones. */
const useInvalidateRegister = () => useInvalidateFeatures('members', 'orgs')

export type ListInput = Input<'members.list'>

/** The previous page stays on screen while the next loads, so paging and sorting 200,000 rows never flashes empty. */
export const useMemberList = (input: ListInput) =>
  useQuery({ queryKey: ['members.list', input], queryFn: () => call('members.list', input), placeholderData: keepPreviousData })

export const useMember = (id: string | null) =>
  useQuery({ queryKey: ['members.get', { id }], queryFn: () => call('members.get', { id: id ?? '' }), enabled: id !== null })

/** Union choices for filters and forms; the same key as the orgs screen, so both share one cached list. */
export const useOrgOptions = () =>
  useQuery({ queryKey: ['orgs.list', { includeInactive: false }], queryFn: () => call('orgs.list', { includeInactive: false }) })

export const useOrgEnterprises = (orgId: string | null | undefined) =>
  useQuery({
    queryKey: ['orgs.get', { id: orgId }],
    queryFn: () => call('orgs.get', { id: orgId ?? '' }),
    enabled: Boolean(orgId),
    select: (org) => org.enterprises,
  })

export function useSaveMember() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'members.save'>) => call('members.save', input), onSuccess: invalidate })
}

export function useMemberEvent() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'members.event'>) => call('members.event', input), onSuccess: invalidate })
}

/** A union created from the members screens (issue 13); the register's and the org tree's caches both refresh. */
export function useCreateOrg() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'orgs.save'>) => call('orgs.save', input), onSuccess: invalidate })
}

export function useVoidEvent() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'members.voidEvent'>) => call('members.voidEvent', input), onSuccess: invalidate })
}

export function useDeleteMember() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'members.delete'>) => call('members.delete', input), onSuccess: invalidate })
}

export function useTransferMember() {
  const invalidate = useInvalidateRegister()
  return useMutation({ mutationFn: (input: Input<'members.transfer'>) => call('members.transfer', input), onSuccess: invalidate })
}

/** Unmasked data is never cached: the caller holds it in component state and drops it when the drawer closes. */
export const useRevealDetail = () => useMutation({ mutationFn: (input: Input<'members.revealDetail'>) => call('members.revealDetail', input) })

/**
 * A preview reads nothing from the database that the page keeps; it is run on demand with the whole file as input,
 * which is too large to serve as a query key, so it is a mutation in TanStack's terms.
 */
export const useImportPreview = () => useMutation({ mutationFn: (input: Input<'members.importPreview'>) => call('members.importPreview', input) })

export function useImportCommit() {
  const invalidate = useInvalidateRegister()
  return useMutation({
    mutationFn: (input: Input<'members.importCommit'>) => call('members.importCommit', input),
    onSuccess: invalidate,
  })
}

export const useExport = () => useMutation({ mutationFn: (input: Input<'members.export'>) => call('members.export', input) })
export const useExportUnmasked = () =>
  useMutation({ mutationFn: (input: Input<'members.exportUnmasked'>) => call('members.exportUnmasked', input) })
