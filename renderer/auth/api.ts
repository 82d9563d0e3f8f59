import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import type { SessionState } from '../../shared/contract/auth'
import type { Permission } from '../../shared/contract/types'
import { call } from '../api/client'

const sessionKey = ['auth.me']

/**
 * Who this window is signed in as. Asked again every half minute, so a session the core has locked for idleness (or
 * ended: a disabled account) shows the lock or login screen without waiting for the next click.
 */
export const useSession = () => useQuery({ queryKey: sessionKey, queryFn: () => call('auth.me', {}), refetchInterval: 30_000 })

/** Whether the signed-in user's role holds `permission` (core's table); undefined until the session is known. */
export function useHasPermission(permission: Permission): boolean | undefined {
  const me = useSession()
  return me.data ? (me.data.user?.permissions ?? []).includes(permission) : undefined
}

function useSessionChange<I>(run: (input: I) => Promise<SessionState>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: (state) => {
      // Everything cached belonged to the previous session (or none): start clean, with the new state.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] })
      client.setQueryData(sessionKey, state)
    },
  })
}

export const useLogin = () => useSessionChange((input: Input<'auth.login'>) => call('auth.login', input))
export const useUnlock = () => useSessionChange((input: Input<'auth.unlock'>) => call('auth.unlock', input))
export const useLogout = () => useSessionChange(() => call('auth.logout', {}))
