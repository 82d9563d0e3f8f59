import { useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useHasPermission } from '../auth/api'
import { useInvalidateFeatures } from '../api/invalidate'

/** What an export would hold (counts only, never a person), asked as the clerk picks the union and period. */
export const useProvincialPreview = (input: Input<'provincial.preview'>) =>
  useQuery({ queryKey: ['provincial.preview', input], queryFn: () => call('provincial.preview', input) })

/** The export leaves an audit row, so the 操作日志's cached pages go stale with it. */
export function useProvincialExport() {
  const invalidate = useInvalidateFeatures('audit')
  return useMutation({ mutationFn: (input: Input<'provincial.export'>) => call('provincial.export', input), onSuccess: invalidate })
}

/** Whether the signed-in role may write full ID numbers (permission members.unmask), as core says. */
export const useCanUnmask = (): boolean | undefined => useHasPermission('members.unmask')
