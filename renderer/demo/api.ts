import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DemoResult } from '../../shared/contract/demo'
import { call } from '../api/client'

interface Callbacks {
  onSuccess?: (result: DemoResult) => void
  onError?: (err: Error) => void
}

/**
 * Callbacks are given to the hook, not to mutate(): the first-run screen that starts the load is replaced by the
 * app as soon as the profile is saved, and only hook-level callbacks still run after that.
 */
export function useLoadDemo({ onSuccess, onError }: Callbacks = {}) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('demo.load', {}),
    onSuccess: async (result) => {
      // The demo fills members, orgs, aid and hardship at once: every cached answer is stale.
      await client.invalidateQueries()
      onSuccess?.(result)
    },
    onError,
  })
}

export const useDemoStatus = () => useQuery({ queryKey: ['demo.status', {}], queryFn: () => call('demo.status', {}) })

export function useClearDemo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (includeAdded: boolean) => call('demo.clear', { includeAdded }),
    // Everything went, the profile too: the app falls back to the first-run screen when profile.get answers null.
    onSuccess: () => client.invalidateQueries(),
  })
}
