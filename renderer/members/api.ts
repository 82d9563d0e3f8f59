import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

/** A member change moves the org counts too, so the orgs screens' keys go stale along with the members' ones. */
const useInvalidateRegister = () => useInvalidateFeatures('members', 'orgs')

export type ListInput = Input<'members.list'>

/** The register as it opens: no filter, by name, the first 100. */
export const firstListPage = { sort: 'name', order: 'asc', page: 1, pageSize: 100 } as const satisfies ListInput

const memberListQuery = (input: ListInput) => ({ queryKey: ['members.list', input], queryFn: () => call('members.list', input) })

/** The previous page stays on screen while the next loads, so paging and sorting 200,000 rows never flashes empty. */
export const useMemberList = (input: ListInput) => useQuery({ ...memberListQuery(input), placeholderData: keepPreviousData })

/**
 * Asks for the register's first page once, as soon as the app's frame starts to render, instead of after the whole
 * frame has rendered and the list has mounted: on a busy office PC that first render alone takes hundreds of
 * milliseconds, and the rows' request now runs during it (the list then finds the answer under the same key).
 */
export function usePrefetchFirstListPage(wanted: boolean): void {
  const client = useQueryClient()
  const started = useRef(false)
  if (wanted && !started.current) {
    started.current = true
    void client.prefetchQuery(memberListQuery(firstListPage))
  }
}

/** Issue 13: who already holds the typed ID number (asked once the number is complete and valid). */
export const useIdHolder = (idNumber: string, exceptId: string | undefined) =>
  useQuery({
    queryKey: ['members.findByIdNumber', { idNumber, exceptId }],
    queryFn: () => call('members.findByIdNumber', { idNumber, exceptId }),
    enabled: idNumber !== '',
  })

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
export const useRevealDetail = (id: string) => useMutation({ mutationFn: (reason: string) => call('members.revealDetail', { id, reason }) })

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
