import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'
import { readFilePayload } from '../ui/download'

export const useContractList = (input: Input<'contracts.list'>) =>
  useQuery({ queryKey: ['contracts.list', input], queryFn: () => call('contracts.list', input), placeholderData: keepPreviousData })

export const useContract = (id: string | undefined) =>
  useQuery({ queryKey: ['contracts.get', { id }], queryFn: () => call('contracts.get', { id: id ?? '' }), enabled: id !== undefined })

export const useContractReminders = () => useQuery({ queryKey: ['contracts.reminders', {}], queryFn: () => call('contracts.reminders', {}) })

export const useContractCoverage = () => useQuery({ queryKey: ['contracts.coverage', {}], queryFn: () => call('contracts.coverage', {}) })

export const useEnterpriseOptions = (q: string) =>
  useQuery({ queryKey: ['contracts.enterpriseOptions', { q }], queryFn: () => call('contracts.enterpriseOptions', { q }), placeholderData: keepPreviousData })

export function useSaveContract() {
  const invalidate = useInvalidateFeatures('contracts', 'orgs')
  return useMutation({ mutationFn: (input: Input<'contracts.save'>) => call('contracts.save', input), onSuccess: invalidate })
}

export function useAttachContractFile() {
  const invalidate = useInvalidateFeatures('contracts')
  return useMutation({
    mutationFn: async ({ contractId, file }: { contractId: string; file: File }) => call('contracts.attachFile', { contractId, file: await readFilePayload(file) }),
    onSuccess: invalidate,
  })
}
