import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

// A new case can add an enterprise to the register (orgs); a case changes the counts (mediation.stats).
const useInvalidateMediation = () => useInvalidateFeatures('mediation', 'orgs')

export const useMediationList = (input: Input<'mediation.list'>) =>
  useQuery({ queryKey: ['mediation.list', input], queryFn: () => call('mediation.list', input), placeholderData: keepPreviousData })

export const useMediationCase = (id: string | undefined) =>
  useQuery({ queryKey: ['mediation.get', { id }], queryFn: () => call('mediation.get', { id: id ?? '' }), enabled: id !== undefined })

export const useMediationStats = (input: Input<'mediation.stats'>) =>
  useQuery({ queryKey: ['mediation.stats', input], queryFn: () => call('mediation.stats', input), placeholderData: keepPreviousData })

export function useEnterpriseOptions(q: string) {
  const query = q.trim()
  return useQuery({
    queryKey: ['mediation.enterprises', { q: query }],
    queryFn: () => call('mediation.enterprises', { q: query }),
    enabled: query !== '' && query.length <= 40,
    placeholderData: keepPreviousData,
  })
}

export function useAddCase() {
  const invalidate = useInvalidateMediation()
  return useMutation({ mutationFn: (input: Input<'mediation.add'>) => call('mediation.add', input), onSuccess: invalidate })
}

export function useUpdateCase() {
  const invalidate = useInvalidateMediation()
  return useMutation({ mutationFn: (input: Input<'mediation.update'>) => call('mediation.update', input), onSuccess: invalidate })
}

export function useAdvanceCase() {
  const invalidate = useInvalidateMediation()
  return useMutation({ mutationFn: (input: Input<'mediation.advance'>) => call('mediation.advance', input), onSuccess: invalidate })
}
