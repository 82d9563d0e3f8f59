import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

/** A registration, an import or a resolution moves every federation view: all their keys go stale together. */
const useInvalidateFederation = () => useInvalidateFeatures('federationViews', 'exchange')

export const useFederationOffices = (overdueDays: number) =>
  useQuery({ queryKey: ['federationViews.offices', { overdueDays }], queryFn: () => call('federationViews.offices', { overdueDays }), placeholderData: keepPreviousData })

export const useFederationConflicts = (input: Input<'federationViews.conflicts'>) =>
  useQuery({ queryKey: ['federationViews.conflicts', input], queryFn: () => call('federationViews.conflicts', input), placeholderData: keepPreviousData })

export const useFederationMembers = (input: Input<'federationViews.members'>) =>
  useQuery({ queryKey: ['federationViews.members', input], queryFn: () => call('federationViews.members', input), placeholderData: keepPreviousData })

export const useFederationStatistics = (input: Input<'federationViews.statistics'>) =>
  useQuery({ queryKey: ['federationViews.statistics', input], queryFn: () => call('federationViews.statistics', input), placeholderData: keepPreviousData })

export function useRegisterOffice() {
  const invalidate = useInvalidateFederation()
  return useMutation({ mutationFn: (input: Input<'federation.registerOffice'>) => call('federation.registerOffice', input), onSuccess: invalidate })
}

export function useImportPackage() {
  const invalidate = useInvalidateFederation()
  return useMutation({ mutationFn: (input: Input<'federation.importPackage'>) => call('federation.importPackage', input), onSuccess: invalidate })
}

export function useResolveConflict() {
  const invalidate = useInvalidateFederation()
  return useMutation({ mutationFn: (input: Input<'federation.resolveConflict'>) => call('federation.resolveConflict', input), onSuccess: invalidate })
}

/** The federation's own card (made on first use), to hand to its offices. */
export function useOwnKeyCard() {
  const invalidate = useInvalidateFederation()
  return useMutation({ mutationFn: () => call('exchange.initKeys', {}), onSuccess: invalidate })
}
