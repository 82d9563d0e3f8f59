import { useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

/** Org changes move members and change the counts the member screens show, so both features' keys go stale. */
const useInvalidateRegister = () => useInvalidateFeatures('orgs', 'members')

export const useOrgs = (includeInactive = false) =>
  useQuery({ queryKey: ['orgs.list', { includeInactive }], queryFn: () => call('orgs.list', { includeInactive }) })

export const useOrg = (id: string | null) =>
  useQuery({
    queryKey: ['orgs.get', { id }],
    queryFn: () => call('orgs.get', { id: id ?? '' }),
    enabled: id !== null,
  })

export function useSaveOrg() {
  const invalidate = useInvalidateRegister()
  return useMutation({
    mutationFn: (input: Input<'orgs.save'>) => call('orgs.save', input),
    onSuccess: invalidate,
  })
}

export function useMergeOrgs() {
  const invalidate = useInvalidateRegister()
  return useMutation({
    mutationFn: (input: Input<'orgs.merge'>) => call('orgs.merge', input),
    onSuccess: invalidate,
  })
}

export function useDissolveOrg() {
  const invalidate = useInvalidateRegister()
  return useMutation({
    mutationFn: (input: Input<'orgs.dissolve'>) => call('orgs.dissolve', input),
    onSuccess: invalidate,
  })
}
