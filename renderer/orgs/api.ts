import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

/** Org changes move members and change the counts the member screens show, so both features' keys go stale. */
function invalidateRegister(client: QueryClient) {
  return client.invalidateQueries({
    predicate: (q) => {
      const key = q.queryKey[0]
      return typeof key === 'string' && (key.startsWith('orgs.') || key.startsWith('members.'))
    },
  })
}

export const useOrgs = (includeInactive = false) =>
  useQuery({ queryKey: ['orgs.list', { includeInactive }], queryFn: () => call('orgs.list', { includeInactive }) })

export const useOrg = (id: string | null) =>
  useQuery({
    queryKey: ['orgs.get', { id }],
    queryFn: () => call('orgs.get', { id: id ?? '' }),
    enabled: id !== null,
  })

export function useSaveOrg() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'orgs.save'>) => call('orgs.save', input),
    onSuccess: () => invalidateRegister(client),
  })
}

export function useMergeOrgs() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'orgs.merge'>) => call('orgs.merge', input),
    onSuccess: () => invalidateRegister(client),
  })
}

export function useDissolveOrg() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'orgs.dissolve'>) => call('orgs.dissolve', input),
    onSuccess: () => invalidateRegister(client),
  })
}
