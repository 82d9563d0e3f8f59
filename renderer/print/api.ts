import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import type { PrintedFile, PrintedFiles } from '../../shared/contract/print'
import { AppError } from '../../shared/errors'
import { call } from '../api/client'
import { copy } from './copy'

/** Every method that answers with one printed PDF. */
type PrintedFileMethod = { [M in MethodName]: Result<M> extends PrintedFile ? M : never }[MethodName]

/**
 * What the preview component may show: read-only methods. The numbering ones (print.certificate, print.roster,
 * print.memberForm) take a serial, so they run only when the clerk presses 打印 or 导出PDF.
 */
export type PrintMethod = Exclude<PrintedFileMethod, 'print.certificate' | 'print.roster' | 'print.memberForm'>

type PrintCalls = { [M in PrintMethod]: (input: Input<M>) => Promise<PrintedFile> }

/** One entry per method, so each call is typed by its own contract entry. */
const previewCalls: PrintCalls = {
  'print.previewCertificate': (input) => call('print.previewCertificate', input),
  'print.previewCertificates': (input) => call('print.previewCertificates', input),
  'print.previewRoster': (input) => call('print.previewRoster', input),
  'print.previewMemberForm': (input) => call('print.previewMemberForm', input),
  'print.notice': (input) => call('print.notice', input),
  'print.hardshipFile': (input) => call('print.hardshipFile', input),
  'print.congress': (input) => call('print.congress', input),
  'print.contract': (input) => call('print.contract', input),
  'print.calibration': (input) => call('print.calibration', input),
}

async function firstFile(files: Promise<PrintedFiles>): Promise<PrintedFile> {
  const out = await files
  const file = out.files[0]
  if (!file) throw new AppError('INTERNAL', copy.noFile)
  return { file, pages: out.pages, serials: out.serials, reprint: false }
}

/** 打印 / 导出PDF: a numbered document is rendered again with its serial; an unnumbered one is the preview itself. */
const finalCalls: PrintCalls = {
  'print.previewCertificate': (input) => call('print.certificate', input),
  'print.previewCertificates': (input) => firstFile(call('print.certificates', { ...input, split: false })),
  'print.previewRoster': (input) => call('print.roster', input),
  'print.previewMemberForm': (input) => call('print.memberForm', input),
  'print.notice': (input) => call('print.notice', input),
  'print.hardshipFile': (input) => call('print.hardshipFile', input),
  'print.congress': (input) => call('print.congress', input),
  'print.contract': (input) => call('print.contract', input),
  'print.calibration': (input) => call('print.calibration', input),
}

/** Methods whose preview is already the final file: 打印 reuses it instead of rendering again. */
const unnumbered = new Set<PrintMethod>(['print.notice', 'print.hardshipFile', 'print.congress', 'print.contract', 'print.calibration'])

/** Shows the preview for this input; read-only, so it may be fetched as often as the screen needs. */
export function usePrintedFile<M extends PrintMethod>(method: M, input: Input<M>) {
  return useQuery({
    queryKey: [method, input],
    queryFn: () => {
      const run: PrintCalls[M] = previewCalls[method]
      return run(input)
    },
    refetchOnWindowFocus: false,
    retry: false,
  })
}

/**
 * 打印 / 导出PDF: takes the serial (or prints 补打) through the numbering method; refreshes the print log. The input
 * is the mutation's variables, so the caller can tell which input the numbered file (`data`) belongs to.
 */
export function useFinalFile<M extends PrintMethod>(method: M, preview: PrintedFile | undefined) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => {
      if (preview && unnumbered.has(method)) return Promise.resolve(preview)
      const run: PrintCalls[M] = finalCalls[method]
      return run(input)
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['print.log'] }),
  })
}

/** 每人一个文件: the batch's certificates, numbered, one PDF per recipient. */
export function useSplitCertificates() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'print.certificates'>) => call('print.certificates', { ...input, split: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['print.log'] }),
  })
}

export const usePrintOffsets = () => useQuery({ queryKey: ['print.offsets'], queryFn: () => call('print.offsets', {}) })
export const usePrintLog = () => useQuery({ queryKey: ['print.log'], queryFn: () => call('print.log', { limit: 50 }) })

export function useSaveOffset() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'print.saveOffset'>) => call('print.saveOffset', input),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('print.') }),
  })
}
