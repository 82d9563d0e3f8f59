import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'

const overviewKey = ['exchange.overview'] as const

export const useExchangeOverview = () => useQuery({ queryKey: overviewKey, queryFn: () => call('exchange.overview', {}) })

function useExchangeMutation<I, R>(run: (input: I) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: overviewKey }) })
}

export const useInitKeys = () => useExchangeMutation(() => call('exchange.initKeys', {}))
export const useSetUpstream = () => useExchangeMutation((input: Input<'exchange.setUpstream'>) => call('exchange.setUpstream', input))
export const useExportPackage = () => useExchangeMutation((input: Input<'exchange.export'>) => call('exchange.export', input))
export const useImportReceipt = () => useExchangeMutation((input: Input<'exchange.importReceipt'>) => call('exchange.importReceipt', input))
/** Our card's file, fetched when the clerk asks to save it. */
export const useKeyCardFile = () => useMutation({ mutationFn: () => call('exchange.keyCard', {}) })
