import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

export const useBackups = () => useQuery({ queryKey: ['backup.list'], queryFn: () => call('backup.list', {}) })

export function useCreateBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'backup.create'>) => call('backup.create', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['backup.list'] }),
  })
}

/** After a restore every cached answer belongs to the old database: all of them are dropped. */
export function useRestoreBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'backup.restore'>) => call('backup.restore', input),
    onSuccess: () => client.invalidateQueries(),
  })
}
