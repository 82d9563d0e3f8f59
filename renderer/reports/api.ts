import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { useHasPermission } from '../auth/api'
import { useInvalidateFeatures } from '../api/invalidate'
import { downloadFile } from '../ui/download'

export const useAnnualReturn = (year: number, orgId?: string) =>
  useQuery({
    queryKey: ['reports.annual', { year, orgId }],
    queryFn: () => call('reports.annual', { year, ...(orgId ? { orgId } : {}) }),
    placeholderData: keepPreviousData,
  })

export const useReportSettings = () => useQuery({ queryKey: ['reports.getSettings', {}], queryFn: () => call('reports.getSettings', {}) })

/** The reporting year's first day moves every year's period: the return, its records, the provincial sheet's default. */
export function useSaveReportSettings() {
  const invalidate = useInvalidateFeatures('reports', 'provincial', 'audit')
  return useMutation({ mutationFn: (input: Input<'reports.saveSettings'>) => call('reports.saveSettings', input), onSuccess: invalidate })
}

/** Whether the signed-in role may change the office's settings (permission profile.write), as core says. */
export const useCanChangeSettings = (): boolean => useHasPermission('profile.write') === true

export const useReportRecords = (input: Input<'reports.records'> | null) =>
  useQuery({
    queryKey: ['reports.records', input],
    queryFn: () => call('reports.records', input ?? { key: '', year: 0 }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  })

/** Makes the file in core and downloads it from the outbox; nothing of its content passes through the page. */
export function useExportAnnual() {
  return useMutation({
    mutationFn: async ({ format, ...input }: Input<'reportsExport.annualXlsx'> & { format: 'xlsx' | 'pdf' }) => {
      const file = format === 'xlsx' ? await call('reportsExport.annualXlsx', input) : await call('reportsExport.annualPdf', input)
      downloadFile(file)
      return file
    },
  })
}
