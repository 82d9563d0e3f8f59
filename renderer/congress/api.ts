import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

export const useCongressOverview = (input: Input<'congress.overview'>) =>
  useQuery({ queryKey: ['congress.overview', input], queryFn: () => call('congress.overview', input), placeholderData: keepPreviousData })

export const useEstablishmentRates = () => useQuery({ queryKey: ['congress.rates', {}], queryFn: () => call('congress.rates', {}) })

export const useCongress = (enterpriseId: string | undefined) =>
  useQuery({ queryKey: ['congress.get', { enterpriseId }], queryFn: () => call('congress.get', { enterpriseId }), enabled: enterpriseId !== undefined })

export function useSaveCongress() {
  // Saving may add nothing to the register (the form picks an existing enterprise), but the org pages count enterprises.
  const invalidate = useInvalidateFeatures('congress', 'orgs')
  return useMutation({ mutationFn: (input: Input<'congress.save'>) => call('congress.save', input), onSuccess: invalidate })
}
