import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input } from '../../shared/contract/index'
import { call } from '../api/client'
import { downloadFile } from '../ui/download'

export const useAnnualReturn = (year: number, orgId?: string) =>
  useQuery({
    queryKey: ['reports.annual', { year, orgId }],
    queryFn: () => call('reports.annual', { year, ...(orgId ? { orgId } : {}) }),
    placeholderData: keepPreviousData,
  })

export const useReportSettings = () => useQuery({ queryKey: ['reports.getSettings', {}], queryFn: () => call('reports.getSettings', {}) })

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
