import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

export const useProfile = () => useQuery({ queryKey: ['profile.get'], queryFn: () => call('profile.get', {}) })

export function useSaveProfile() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'profile.save'>) => call('profile.save', input),
    onSuccess: (saved) => client.setQueryData(['profile.get'], saved),
  })
}
