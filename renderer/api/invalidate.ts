import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { MethodName } from '../../shared/contract/index'

/** A feature is the part of a method name before the dot: members, orgs, aid, hardship, print… */
export type Feature = MethodName extends `${infer F}.${string}` ? F : never

/**
 * Marks stale every cached query of the given features (query keys start with the method name). A write that moves
 * another feature's figures names that feature too, e.g. a member change moves the org counts.
 */
export function invalidateFeatures(client: QueryClient, features: readonly Feature[]) {
  return client.invalidateQueries({
    predicate: (q) => {
      const key = q.queryKey[0]
      return typeof key === 'string' && features.some((f) => key.startsWith(`${f}.`))
    },
  })
}

/** The same, as a callback for a mutation's onSuccess. */
export function useInvalidateFeatures(...features: Feature[]) {
  const client = useQueryClient()
  return () => invalidateFeatures(client, features)
}
