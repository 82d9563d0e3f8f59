import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

export const useAccounts = () => useQuery({ queryKey: ['accounts.list'], queryFn: () => call('accounts.list', {}) })
export const useAccountSettings = () => useQuery({ queryKey: ['accounts.settings'], queryFn: () => call('accounts.settings', {}) })

function useAccountsMutation<I, R>(run: (input: I) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('accounts.') || q.queryKey[0] === 'auth.me' }),
  })
}

export const useAddAccount = () => useAccountsMutation((input: Input<'accounts.add'>) => call('accounts.add', input))
export const useDisableAccount = () => useAccountsMutation((input: Input<'accounts.disable'>) => call('accounts.disable', input))
export const useResetPassword = () => useAccountsMutation((input: Input<'accounts.resetPassword'>) => call('accounts.resetPassword', input))
export const useSaveAccountSettings = () => useAccountsMutation((input: Input<'accounts.saveSettings'>) => call('accounts.saveSettings', input))
