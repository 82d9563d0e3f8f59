import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

export const useAuditList = (input: Input<'audit.list'>) =>
  useQuery({ queryKey: ['audit.list', input], queryFn: () => call('audit.list', input), placeholderData: keepPreviousData })

export const useAuditFilters = () => useQuery({ queryKey: ['audit.filters', {}], queryFn: () => call('audit.filters', {}) })

/** Verification walks the whole chain: run when asked, never on its own. */
export const useAuditVerify = () => useMutation({ mutationFn: () => call('audit.verify', {}) })

export function useAuditExport() {
  const client = useQueryClient()
  // The export leaves its own row: the list shows it once the file is made.
  return useMutation({ mutationFn: (input: Input<'audit.export'>) => call('audit.export', input), onSuccess: () => void client.invalidateQueries({ queryKey: ['audit.list'] }) })
}
