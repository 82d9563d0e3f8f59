import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'

const useInvalidateHardship = () => useInvalidateFeatures('hardship')

export const useHardshipList = (input: Input<'hardship.list'>) =>
  useQuery({ queryKey: ['hardship.list', input], queryFn: () => call('hardship.list', input), placeholderData: keepPreviousData })

export const useHardshipFile = (id: string | undefined) =>
  useQuery({ queryKey: ['hardship.get', { id }], queryFn: () => call('hardship.get', { id }), enabled: id !== undefined })

/** Unmasked data is never cached: the page holds it in component state and drops it when the file changes. */
export const useRevealHardshipFile = (id: string) =>
  useMutation({ mutationFn: (reason: string) => call('hardship.revealDetail', { id, reason }) })

export const useDueReviews = () =>
  useQuery({ queryKey: ['hardship.dueReviews', {}], queryFn: () => call('hardship.dueReviews', {}) })

/** Live category figures while the household is typed in; the core holds the rule and the 低保 line. */
export const useCategoryCalculation = (input: Input<'hardship.calculate'> | null) =>
  useQuery({
    queryKey: ['hardship.calculate', input],
    queryFn: () => call('hardship.calculate', input ?? { incomes: [], expenses: [] }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  })

export function useCreateHardshipFile() {
  const invalidate = useInvalidateHardship()
  return useMutation({ mutationFn: (input: Input<'hardship.create'>) => call('hardship.create', input), onSuccess: invalidate })
}

export function useUpdateHardshipFile() {
  const invalidate = useInvalidateHardship()
  return useMutation({ mutationFn: (input: Input<'hardship.update'>) => call('hardship.update', input), onSuccess: invalidate })
}

export function useAdvanceHardshipFile() {
  const invalidate = useInvalidateHardship()
  return useMutation({ mutationFn: (input: Input<'hardship.advance'>) => call('hardship.advance', input), onSuccess: invalidate })
}

export const useHardshipSettings = () => useQuery({ queryKey: ['hardship.settings', {}], queryFn: () => call('hardship.settings', {}) })

export function useSaveHardshipSettings() {
  const invalidate = useInvalidateHardship()
  return useMutation({ mutationFn: (input: Input<'hardship.saveSettings'>) => call('hardship.saveSettings', input), onSuccess: invalidate })
}
